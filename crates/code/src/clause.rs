//! Cutting a sentence into clauses at conjunctions, relative pronouns and "dat"/"that".

use kroniek_lexicon::{CountField, Lexicon, WordClass};
use kroniek_recognise::{Analysis, MentionKind};

/// How a clause hangs on the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClauseKind {
    /// The sentence's first clause, or one after a coordinating or subordinating conjunction.
    Main,
    /// Opened by a relative pronoun after a comma ("..., die doelen aanvielen").
    Relative,
    /// Opened by "dat"/"that" after a verb ("afgesproken dat er hulp wordt gestuurd").
    Complement,
    /// The main clause going on after a relative clause closed by a comma ("Mali, which is run
    /// by the army, warned ..."), or after what a speaker reported ("said that ... and urged"):
    /// its subject stands before the relative clause or the report.
    Resumed,
    /// The main clause after an opening subordinate clause ("Nadat de rebellen de stad
    /// innamen, bombardeerde het leger de wijk"): its subject is its own, in Dutch after the verb.
    Opened,
}

/// A clause: words `[first, last)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clause {
    pub first: u32,
    pub last: u32,
    pub kind: ClauseKind,
}

impl Clause {
    /// Whether word `w` lies in this clause.
    pub(crate) fn holds(&self, w: u32) -> bool {
        self.first <= w && w < self.last
    }
}

/// The clauses of the sentence spanning words `[first, last)`.
pub(crate) fn clauses(analysis: &Analysis, lexicon: &Lexicon, first: u32, last: u32) -> Vec<Clause> {
    let mut out = vec![Clause { first, last, kind: ClauseKind::Main }];
    let from = analysis.mentions.partition_point(|m| m.first <= first);
    let to = analysis.mentions.partition_point(|m| m.first < last).max(from);
    let push = |out: &mut Vec<Clause>, at: u32, kind: ClauseKind| {
        let cur = out.last_mut().expect("one clause at least");
        if at > cur.first {
            cur.last = at;
            out.push(Clause { first: at, last, kind });
        }
    };
    let closing_comma = |after: u32| (after + 1..last).find(|&w| analysis.words[w as usize].comma_before);
    // "After rebels seized the town, the army bombed it": a sentence that opens with a
    // subordinate clause has its main clause after the comma that closes it.
    // Clause words inside the opening clause are passed over.
    let at_first = analysis.mentions.partition_point(|m| m.first < first);
    let fronted = analysis.mentions[at_first..from].iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Fronted)));
    if let Some(w) = fronted.then(|| closing_comma(first)).flatten() {
        push(&mut out, w, ClauseKind::Opened);
    }
    let in_sentence = &analysis.mentions[from..to];
    for m in in_sentence {
        let MentionKind::Word(class) = m.kind else { continue };
        // A relative clause runs to the comma that closes it: conjunctions before that comma
        // are its own ("which has been fighting since April, said ..."); after it the main
        // clause resumes.
        if let Some(cur) = out.last().copied().filter(|c| c.kind == ClauseKind::Relative) {
            match closing_comma(cur.first) {
                Some(w) if w <= m.first => push(&mut out, w, ClauseKind::Resumed),
                _ => continue,
            }
        }
        let comma = analysis.words[m.first as usize].comma_before;
        // "pakte sinds woensdag vijftien verdachten op": before a date the word is a preposition.
        let before_date = || in_sentence.iter().any(|d| d.first == m.last && matches!(d.kind, MentionKind::Date(_)));
        // "More than 1,500 residents have since fled": between an auxiliary and its verb the
        // word is an adverb.
        let adverb = || {
            let at = |w: u32, wanted: fn(&MentionKind) -> bool| in_sentence.iter().any(|x| x.first == w && wanted(&x.kind));
            !comma
                && at(m.first, |k| matches!(k, MentionKind::Word(WordClass::Since)))
                && m.first > first
                && at(m.first - 1, |k| matches!(k, MentionKind::Word(WordClass::Have)))
                && at(m.last, |k| matches!(k, MentionKind::Trigger { .. } | MentionKind::Word(WordClass::Passive)))
        };
        // "two men died and nine other people were detained": "and" before a number whose
        // noun suffers another kind of count within a few words joins two clauses. Killed and
        // wounded are one attack's counts ("three killed and nine others wounded").
        let new_subject = || {
            let trigger_count = |x: &kroniek_recognise::Mention| match x.kind {
                MentionKind::Trigger { verb, part: 0 } => lexicon.verbs[verb as usize].flags.count,
                _ => None,
            };
            let attack = |c: CountField| matches!(c, CountField::Fatalities | CountField::Injured);
            if !in_sentence.iter().any(|x| x.first == m.last && matches!(x.kind, MentionKind::Number(_))) {
                return false;
            }
            let cur_first = out.last().map_or(first, |c| c.first);
            let Some(before) = in_sentence.iter().filter(|x| cur_first <= x.first && x.last <= m.first).find_map(trigger_count) else { return false };
            let end = (m.last + 6).min(last);
            let stop = (m.last + 1..end).find(|&w| analysis.words[w as usize].comma_before).unwrap_or(end);
            let after = in_sentence.iter().filter(|x| m.last < x.first && x.first < stop).find_map(trigger_count);
            after.is_some_and(|a| a != before && !(attack(a) && attack(before)))
        };
        // "said that the Taliban were committing war crimes and urged the world not to
        // recognise them": "and" right before a verb of saying, asking or warning in a
        // complement goes back to the speaker.
        let speaker_goes_on = || {
            out.last().is_some_and(|c| c.kind == ClauseKind::Complement)
                && in_sentence.iter().any(|x| match x.kind {
                    MentionKind::Trigger { verb, part: 0 } => {
                        let v = &lexicon.verbs[verb as usize];
                        x.first == m.last && !v.flags.noun && matches!(v.cameo.get(..2), Some("10" | "11" | "12" | "13"))
                    }
                    _ => false,
                })
        };
        let kind = match class {
            WordClass::Coord if new_subject() => ClauseKind::Main,
            WordClass::Coord if speaker_goes_on() => ClauseKind::Resumed,
            WordClass::Clause if before_date() || adverb() => continue,
            WordClass::Clause => ClauseKind::Main,
            WordClass::Relative if comma => ClauseKind::Relative,
            WordClass::Complement => ClauseKind::Complement,
            _ => continue,
        };
        // A word of both kinds after a comma opens a relative clause: "Het museum, dat in 1998
        // openging, ...".
        let cur = out.last_mut().expect("one clause at least");
        if cur.first == m.first && cur.kind == ClauseKind::Complement && kind == ClauseKind::Relative {
            cur.kind = kind;
            continue;
        }
        push(&mut out, m.first, kind);
    }
    if let Some(w) = out.last().copied().filter(|c| c.kind == ClauseKind::Relative).and_then(|c| closing_comma(c.first)) {
        push(&mut out, w, ClauseKind::Resumed);
    }
    out
}
