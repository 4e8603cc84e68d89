//! Triggers to events: roles, intent, counts, place, date; then one event per happening.

use crate::clause::{clauses, Clause, ClauseKind};
use kroniek_lexicon::{Codebook, CountField, Country, Lexicon, VerbFlags, WordClass};
use kroniek_recognise::{is_history, ActorMention, Analysis, Mention, MentionKind, NumberMention, Word};
use kroniek_text::SentenceKind;
use kroniek_types::{stable_hex, Actor, Article, Event, EventType, Intent, Place, PlacePrecision, SmolStr};

/// Words between a role marker ("door", "op") and the actor it marks ("door de Russische ...").
const MARKER_REACH: u32 = 3;
/// How far before a trigger a negation or modal still governs it.
const MODAL_REACH: u32 = 6;
/// How far after the anchor the other parts of a split trigger may stand: a Dutch particle
/// closes its clause ("trok ... een ongekende hoeveelheid troepen, tanks en artillerie samen").
const PART_REACH: u32 = 14;

/// Words after a trigger within which a recent year dates it.
const YEAR_REACH: u32 = 5;

/// How many days before publication the lead's day may lie and still date the report's
/// undated happenings: a report tells of the last week.
const LEAD_DAY_REACH: i64 = 7;

/// The body sentences, title included, that may name the lead's day.
const LEAD_SENTENCES: usize = 3;

/// One trigger being turned into an event, with what it needs from its sentence.
struct Draft {
    verb: u32,
    first: u32,
    last: u32,
    /// One past the last word of the pattern's last part ("troepen ... te sturen").
    end: u32,
    sentence: usize,
    clause: usize,
    source: Option<Actor>,
    target: Option<Actor>,
    others: Vec<Actor>,
    counts: [Option<u64>; 4],
    location: Option<(Place, bool)>,
    intent: Intent,
    date: Option<kroniek_types::Date>,
    time: Option<(u8, u8)>,
    number_spans: Vec<kroniek_types::Span>,
    date_span: Option<kroniek_types::Span>,
    /// The draft's own date is when it was told ("killed 14, officials said on Wednesday"),
    /// so a later sentence that pins the happening's day ("bombed the village on Monday")
    /// tells the truer date.
    told_on: bool,
    /// Set when a later sentence shows what an agreement was about ("Dat hebben ... afgesproken").
    mode: Option<String>,
    topic: Option<String>,
    starts_with_pronoun: bool,
    /// A condemnation's object is an attack ("condemned the strikes"): the word the attack
    /// noun starts at, whose author the condemnation targets.
    condemns: Option<u32>,
    /// The subject is a pronoun ("It accused Hamas of ..."): the actor it stands for comes from
    /// an earlier sentence.
    pronoun_subject: bool,
    dropped: bool,
}

impl Draft {
    /// Whether this happened over a year before the report was published.
    fn is_background(&self, published: Option<kroniek_types::Date>) -> bool {
        self.date.zip(published).is_some_and(|(date, published)| date != published && is_background(date, published))
    }

    /// Whether the text names the day this happened, not only when it was told.
    fn pinned(&self) -> bool {
        self.date_span.is_some() && !self.told_on && self.date.is_some_and(|x| x.precision == kroniek_types::Precision::Day)
    }

    /// Drops this draft for `later`, which tells the same happening more fully, giving it the
    /// narrower actors and a finer place.
    fn give_way_to(&mut self, later: &mut Draft) {
        later.source = narrower(later.source.take(), self.source.take());
        later.target = narrower(later.target.take(), self.target.take());
        if let Some(place) = self.location.take_if(|(place, _)| refines(later.location.as_ref().map(|l| &l.0), place)) {
            later.location = Some(place);
        }
        self.dropped = true;
    }

    /// Takes the day (and a finer place) of `later`, a sentence telling this same happening.
    fn take_day_of(&mut self, later: &mut Draft) {
        self.date = later.date;
        self.date_span = later.date_span;
        self.told_on = false;
        if let Some(place) = later.location.take_if(|(place, own)| *own && refines(self.location.as_ref().map(|l| &l.0), place)) {
            self.location = Some(place);
        }
    }
}

fn field_index(f: CountField) -> usize {
    match f {
        CountField::Fatalities => 0,
        CountField::Injured => 1,
        CountField::Arrested => 2,
        CountField::Displaced => 3,
    }
}

/// Codes every body sentence of `article`, analysed as `analysis` with `lexicon`.
pub fn code_article(article: &Article, language: &str, analysis: &Analysis, lexicon: &Lexicon, codebook: &Codebook) -> Vec<Event> {
    if is_off_topic(analysis) {
        return Vec::new();
    }
    let mut drafts: Vec<Draft> = Vec::new();
    // The subject of each sentence that names one: what a later "It ..." stands for.
    let mut subjects: Vec<(usize, Actor)> = Vec::new();
    // The date the previous body sentence named: a sentence without a date of its own goes on
    // telling that day ("... rallied on Thursday. Security forces briefly detained Machado ...").
    let mut previous_date: Option<kroniek_types::Date> = None;
    let mut previous_end = 0;
    // Body sentences so far, whether this one is in the lead, and whether the lead was dated
    // decades back.
    let (mut body_sentences, mut in_lead, mut history_lead) = (0, true, false);
    // The day the lead tells of ("gisteren", "on Monday"), named in its first sentences: what
    // the report tells later without a date of its own happened then, not on the day it was
    // published. The drafts dated by nothing else wait for it.
    let mut lead_day: Option<kroniek_types::Date> = None;
    let mut undated: Vec<usize> = Vec::new();
    // A sentence's mentions, in a buffer every sentence reuses.
    let mut ms: Vec<&Mention> = Vec::new();
    for (si, sentence) in analysis.sentences.iter().enumerate() {
        if sentence.kind != SentenceKind::Body {
            continue;
        }
        let (sw, ew) = analysis.sentence_words[si];
        // Mentions are sorted by first word, so a sentence's are one slice.
        let from = analysis.mentions.partition_point(|m| m.first < sw);
        let to = analysis.mentions.partition_point(|m| m.first < ew).max(from);
        ms.clear();
        ms.extend(&analysis.mentions[from..to]);
        // "the 2009 massacre": a year between an article and a trigger dates that event alone.
        let sentence_mentions = &analysis.mentions[from..to];
        let attached_year = |m: &Mention| {
            matches!(&m.kind, MentionKind::Date(d) if d.date.precision == kroniek_types::Precision::Year)
                && m.first > 0
                && is_definite_at(&analysis.words, &article.text, m.first - 1, lexicon)
                && sentence_mentions.iter().any(|t| t.first == m.last && matches!(t.kind, MentionKind::Trigger { part: 0, .. }))
        };
        // Each such year by the word its trigger starts at.
        let attached_years: Vec<(u32, (kroniek_types::Date, kroniek_types::Span))> = sentence_mentions
            .iter()
            .filter(|m| attached_year(m))
            .filter_map(|m| match &m.kind {
                MentionKind::Date(d) => Some((m.last, (d.date, m.span))),
                _ => None,
            })
            .collect();
        if !attached_years.is_empty() {
            ms.retain(|m| !attached_year(m));
        }
        // "Ukraine war live: ...", "Libya: fighting ... kills five": a short label before a
        // colon names the story, not who acts in it.
        // A speech word or a trigger before the colon makes it a quote ("Zelensky said: ...").
        if let Some(label_end) = label_end(&article.text[sentence.start..sentence.end]).map(|end| sentence.start + end) {
            let said = ms.iter().any(|m| m.span[1] <= label_end && matches!(m.kind, MentionKind::Trigger { .. } | MentionKind::Word(WordClass::Speech)));
            if !said {
                ms.retain(|m| !(matches!(m.kind, MentionKind::Actor(_)) && m.span[1] <= label_end));
            }
        }
        // Most sentences have no trigger: they lend a subject and a date, and that is all; a
        // sentence with neither a trigger nor an actor needs no clauses.
        let has_trigger = ms.iter().any(|m| matches!(m.kind, MentionKind::Trigger { part: 0, .. }));
        let has_actor = ms.iter().any(|m| matches!(m.kind, MentionKind::Actor(_)));
        let own_date = date_of(&ms);
        let historic = |d: &kroniek_types::Date| article.date.is_some_and(|p| is_history(d.year, p));
        let cls = if has_trigger || has_actor || own_date.is_some_and(|d| historic(&d)) { clauses(analysis, lexicon, sw, ew) } else { Vec::new() };
        // A quotation ("Russia drops bombs on ...") names who is spoken of; a "He" after it is
        // the speaker, named before or after the quote.
        let quoted = article.text[sentence.start..sentence.end].starts_with(['"', '\u{201c}', '\u{201e}']);
        if let Some(subject) = cls.first().filter(|_| has_actor && !quoted).and_then(|main| first_subject(&ms, main)) {
            subjects.push((si, subject));
        }
        // An event's date is its own clause's, else the sentence's outside relative clauses:
        // "sancties ingesteld tegen Niger, waar militairen vorige week de macht grepen" is not
        // dated last week.
        let sentence_date_by = |keep: &dyn Fn(&Mention) -> bool| {
            let outside_relatives = |m: &Mention| !cls.iter().any(|c| c.kind == ClauseKind::Relative && c.holds(m.first));
            date_mention_by(&ms, |m| keep(m) && outside_relatives(m))
        };
        let sentence_date_of = || sentence_date_by(&|_| true);
        // A day or a week carries over to the next sentence, and a day on to the end of its
        // paragraph ("Gunmen attacked a church on Sunday. ... Shortly afterwards, ..."):
        // "sinds de oorlog van vorig jaar" is background, not when the next sentence's events
        // happened. History decades old carries on to the end of its paragraph: "In the summer
        // of 1683, an Ottoman army surrounded Vienna. For two months, sappers dug tunnels ..."
        // tells 1683 throughout; "The museum, which opened in 1998, ..." does not. A feature
        // that opens in the past ("Precies 193 jaar geleden, in augustus 1831, ...") stays
        // there across paragraphs until it names the present.
        let same_paragraph = !article.text[previous_end.min(sentence.start)..sentence.start].contains('\n');
        body_sentences += 1;
        // The lead is the first two body sentences and the rest of their paragraph ("Het is
        // stil op de dijk bij Hoofdplaat. ... hier in oktober 1944 ...").
        in_lead = body_sentences <= 2 || in_lead && same_paragraph;
        if in_lead && own_date.is_some_and(|d| historic(&d)) {
            history_lead = true;
        }
        if body_sentences <= LEAD_SENTENCES && lead_day.is_none() {
            lead_day = own_date.filter(|d| d.precision == kroniek_types::Precision::Day && article.date.is_some_and(|p| d.days() <= p.days() && p.days() - d.days() < LEAD_DAY_REACH));
        }
        let inherited_date = own_date.is_none().then_some(previous_date).flatten().filter(|d| d.precision <= kroniek_types::Precision::Week || (same_paragraph || history_lead) && historic(d));
        // "Friday was the bloodiest day. At least 56 people were killed, bringing the total
        // since Tuesday to 105": a day told just before inside the span dates what happened;
        // without one, the span's start does.
        let tally = tally_start(&ms).filter(|_| own_date.is_none());
        let inherited_date = match tally {
            Some(start) => inherited_date.filter(|d| *d >= start).or(Some(start)),
            None => inherited_date,
        };
        previous_date = match own_date {
            // History told in a relative clause leaves the history around it as it was.
            Some(d) if historic(&d) => sentence_date_of().map(|s| s.0).filter(historic).or(previous_date.filter(historic)),
            // Background told only in a relative clause ("the airport, where 18 people were
            // killed on 9 January 2023,") dates nothing after it.
            Some(d) if article.date.is_some_and(|p| is_background(d, p)) && sentence_date_of().is_none() => {
                previous_date.filter(|d| same_paragraph && d.precision == kroniek_types::Precision::Day)
            }
            Some(d) => Some(d),
            None if tally.is_some() => inherited_date,
            None => inherited_date.filter(|d| historic(d) || same_paragraph && d.precision == kroniek_types::Precision::Day),
        };
        previous_end = sentence.end;
        if !has_trigger {
            continue;
        }
        let sentence_date = sentence_date_of();
        let truce_sentence = ms.iter().any(|m| match m.kind {
            MentionKind::Trigger { verb, part: 0 } => {
                let v = &lexicon.verbs[verb as usize];
                v.flags.mode.as_deref().or_else(|| codebook.cameo(&v.cameo).and_then(|c| c.mode.as_deref())) == Some("ceasefire")
            }
            _ => false,
        });
        let first_drafts = drafts.len();
        for (ci, clause) in cls.iter().enumerate() {
            let in_clause = mentions_in(&ms, clause);
            let triggers = triggers_in(in_clause, &ms, &analysis.words, &article.text, lexicon);
            // A noun that a verb of the clause takes as its object is that verb's event; a
            // participle adjunct takes only what follows it ("held a sit-in, demanding an
            // arrest": the sit-in stands, the arrest is what is demanded).
            let verbal_before = |noun_at: u32| {
                triggers.iter().any(|t| {
                    let flags = &lexicon.verbs[t.verb as usize].flags;
                    !flags.noun && (!flags.adjunct || t.first < noun_at)
                })
            };
            // Who acts in a clause that does not name its subject: after a relative clause,
            // the actor before it ("Mali, which is run by the army, warned ..."); after "and"
            // right before the verb ("..., said it welcomed ... and urged both sides"), the
            // actor of the clause before.
            let inherited: Option<Vec<Actor>> = match clause.kind {
                // Nothing to give a subject to.
                ClauseKind::Main | ClauseKind::Resumed | ClauseKind::Relative if triggers.is_empty() => None,
                ClauseKind::Resumed => (0..ci).rev().filter(|&k| !matches!(cls[k].kind, ClauseKind::Relative | ClauseKind::Complement)).find_map(|k| clause_subject(&ms, &cls[k])),
                // "The RSF, which has been attacking the army": the relative pronoun stands for
                // the actor named last before it.
                ClauseKind::Relative if ci > 0 => clause_subject(&ms, &cls[ci - 1]).and_then(|a| a.last().cloned()).map(|a| vec![a]),
                ClauseKind::Main => (0..ci).rev().find_map(|k| {
                    drafts[first_drafts..]
                        .iter()
                        .rev()
                        .find(|p| p.clause == k && p.source.is_some())
                        .and_then(|p| p.source.clone().map(|a| vec![a]))
                        .or_else(|| clause_subject(&ms, &cls[k]))
                }),
                ClauseKind::Complement => {
                    // "demanded that the RSF end its siege": who is asked is the complement's
                    // subject.
                    let host = drafts[first_drafts..].iter_mut().rev().find(|p| p.clause < ci && !p.dropped);
                    if let Some(host) = host.filter(|h| h.target.is_none() && type_of(h, lexicon, codebook) != Some(EventType::Agree)) {
                        host.target = clause_subject(&ms, clause).and_then(|a| a.into_iter().next()).filter(|a| host.source.as_ref().is_none_or(|s| s.code != a.code));
                    }
                    // "Servië kondigde aan dat het troepen terugtrekt": "het" is Servië, also in a
                    // second complement ("... that it would step up raids, and that it would
                    // deploy troops"), whose pronoun goes back past the first.
                    (pronoun_opens(&ms, clause) && !triggers.is_empty())
                        .then(|| (0..ci).rev().filter(|&k| cls[k].kind != ClauseKind::Relative).find_map(|k| clause_subject(&ms, &cls[k])))
                        .flatten()
                }
                _ => None,
            };
            for &Trigger { verb, first, last, end } in &triggers {
                // "maandagochtend vroeg": after a day or time the word is an adverb.
                let after_time = |m: &&Mention| m.last == first && matches!(m.kind, MentionKind::Date(_));
                if last == first + 1 && in_clause.iter().any(|m| m.first == first && matches!(m.kind, MentionKind::Word(WordClass::TimeAdverb))) && in_clause.iter().any(after_time) {
                    continue;
                }
                let flags = &lexicon.verbs[verb as usize].flags;
                // "a monastery sheltering displaced families": the participle describes people,
                // it does not report them fleeing (that takes a number: "displaced 5,000").
                let describes_people = || in_clause.iter().any(|m| m.first == last && actor_of(m).is_some_and(|a| a.persons && a.count.is_none()));
                if flags.count == Some(CountField::Displaced) && !flags.noun && describes_people() {
                    continue;
                }
                // "the banned BLA", "de aangehouden demonstranten": a participle between an
                // article and the actor it describes is an adjective, not an event.
                let describes_actor = || in_clause.iter().any(|m| m.first == last && actor_of(m).is_some());
                if !flags.noun && last == first + 1 && after_definite(analysis, &article.text, first, lexicon) && describes_actor() {
                    continue;
                }
                // "het Twaalfjarig Bestand", "the Good Friday Agreement": a capitalised noun
                // after another capitalised word mid-sentence names a past treaty or war.
                let named = |w: u32| analysis.words[w as usize].capital && w > sw && analysis.words[w as usize - 1].capital;
                if flags.noun && named(first) {
                    continue;
                }
                // "In Mali namen militairen eerder al de macht over": background, unless dated.
                let earlier = in_clause.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Earlier)) && m.last + EARLIER_REACH >= first && m.first <= last + EARLIER_REACH);
                if earlier && date_mention(in_clause).is_none() {
                    continue;
                }
                // "Workers will strike on Monday": right after "will"/"to" a noun trigger is a
                // verb of another sense.
                if flags.noun && in_clause.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Planned)) && m.last == first) {
                    continue;
                }
                // "and urged": only the conjunction stands before the verb.
                let elided = matches!(clause.kind, ClauseKind::Resumed | ClauseKind::Relative)
                    || (clause.kind == ClauseKind::Main && ci > 0 && first <= clause.first + 1)
                    || (clause.kind == ClauseKind::Complement && pronoun_opens(&ms, clause));
                let inherited = inherited.as_deref().filter(|_| elided);
                if flags.noun && verbal_before(first) && !noun_has_own_actor(in_clause, first, last) {
                    continue;
                }
                let restates = flags.noun && after_definite(analysis, &article.text, first, lexicon) && !noun_has_own_actor(in_clause, first, last);
                // "De aanval vond maandagochtend plaats bij Eteringbang", "The attack happened
                // on the road to Kayes": a definite noun restating the event of the sentences
                // just before, with no count of its own, tells when and where that event (and
                // the counts told of it) happened.
                if restates && !counts_people(in_clause) {
                    let kind = codebook.cameo(&lexicon.verbs[verb as usize].cameo).and_then(|c| c.event_type);
                    let date = date_mention(in_clause).or(sentence_date);
                    let place = location(in_clause, &ms, first, false, &analysis.words, &article.text, lexicon).map(|(p, _)| p);
                    let mut restated = false;
                    for told in drafts.iter_mut().filter(|p| !p.dropped && p.sentence < si && p.sentence + 3 >= si) {
                        let reported = told.source.is_some() || told.target.is_some() || told.counts.iter().any(Option::is_some);
                        if !reported || kind.is_none() || type_of(told, lexicon, codebook) != kind {
                            continue;
                        }
                        restated = true;
                        if let Some((date, span)) = date.filter(|_| told.date_span.is_none()) {
                            told.date = Some(date);
                            told.date_span = Some(span);
                        }
                        if let Some(place) = place.as_ref().filter(|p| refines(told.location.as_ref().map(|l| &l.0), p)) {
                            told.location = Some((place.clone(), true));
                        }
                    }
                    if restated {
                        continue;
                    }
                }
                // "claimed the attack", "since the truce began": a noun after a definite article
                // refers to a happening told before, unless it brings its own actor, count or
                // date ("het staakt-het-vuren ging om middernacht in").
                if restates && !counts_or_dates(in_clause, &ms) {
                    continue;
                }
                let mut d = Draft {
                    verb,
                    first,
                    last,
                    end,
                    sentence: si,
                    clause: ci,
                    source: None,
                    target: None,
                    others: Vec::new(),
                    counts: [None; 4],
                    location: None,
                    intent: Intent::Actual,
                    date: article.date,
                    time: None,
                    number_spans: Vec::new(),
                    date_span: None,
                    told_on: false,
                    mode: None,
                    topic: truce_sentence.then(|| "ceasefire".to_string()),
                    starts_with_pronoun: starts_with(&ms, sw, WordClass::Pronoun),
                    condemns: None,
                    pronoun_subject: false,
                    dropped: false,
                };
                let pronoun_subject = (d.starts_with_pronoun && ci == 0)
                    || elided
                    || ((ci == 0 || clause.kind == ClauseKind::Opened) && (pronoun_after_fronted_phrase(in_clause, &analysis.words, first) || pronoun_after_verb(in_clause, analysis, &article.text, lexicon, first, last)));
                // A noun trigger takes a left-out subject only where the main clause resumes
                // ("Israël, dat ..., voerde luchtaanvallen uit"): in a relative clause the
                // antecedent is rarely who strikes ("people sheltering since fighting began").
                let inherited = inherited.filter(|_| !flags.noun || clause.kind == ClauseKind::Resumed);
                let word_at = |w: u32| analysis.words.get(w as usize).map_or("", |x| &article.text[x.ostart as usize..x.oend as usize]);
                let subject = SubjectClues {
                    pronoun: pronoun_subject,
                    unknown_name: unknown_name_before(in_clause, &analysis.words, &article.text, lexicon, clause.first, first),
                    active_form: lexicon.is_progressive(word_at(first)) || first.checked_sub(1).is_some_and(|w| lexicon.is_infinitive_marker(word_at(w))),
                    infinitive: (first.saturating_sub(3)..first).any(|w| lexicon.is_infinitive_marker(word_at(w))),
                    after_article: determined_before(&analysis.words, &article.text, first, lexicon),
                };
                assign_roles(&mut d, in_clause, &analysis.words, lexicon, subject, inherited);
                // "Death toll rises to 15, Russia blames Ukraine": the dead are no count of the
                // blaming; only material events carry counts.
                if !matches!(type_of(&d, lexicon, codebook), Some(EventType::Accuse | EventType::Request | EventType::Reject | EventType::Support | EventType::Consult | EventType::Agree | EventType::Threaten)) {
                    assign_counts(&mut d, in_clause, flags, &analysis.words, &article.text, lexicon);
                }
                d.intent = intent(in_clause, &ms, first, flags.planned, lexicon, codebook, verb);
                // Forces are deployed where they are sent ("stuurde militairen naar Kebbi").
                let whither = type_of(&d, lexicon, codebook) == Some(EventType::Mobilize);
                d.location = location(in_clause, &ms, first, whither, &analysis.words, &article.text, lexicon);
                // A recent year after the trigger dates it only from close by ("killed three
                // soldiers in 2023"), not from a phrase further on ("..., in line with rules
                // set in 2020"); a year of history only from the same stretch of the clause
                // ("..., een Hutu-militie met wortels in de genocide van 1994").
                let recent_year = |m: &Mention| match &m.kind {
                    MentionKind::Date(x) if x.date.precision == kroniek_types::Precision::Year && m.first >= last => {
                        let far = m.first > last + YEAR_REACH;
                        let parted = (last..=m.first).any(|w| analysis.words[w as usize].comma_before);
                        if article.date.is_some_and(|p| is_history(x.date.year, p)) { far && parted } else { far || parted }
                    }
                    _ => false,
                };
                let far_year = |date: Option<(kroniek_types::Date, kroniek_types::Span)>| {
                    date.is_some_and(|(_, span)| ms.iter().any(|m| m.span == span && recent_year(m)))
                };
                let own = if far_year(date_mention(in_clause)) || far_year(sentence_date) {
                    date_mention_by(in_clause, |m| !recent_year(m)).or_else(|| sentence_date_by(&|m| !recent_year(m)))
                } else {
                    date_mention(in_clause).or(sentence_date)
                };
                // "imposed a curfew on Wednesday, two days after a riot left 17 dead": of two days
                // named before the trigger, the nearer one is its own.
                let days_before = || {
                    in_clause.iter().filter(|m| m.last <= first).filter_map(|m| match &m.kind {
                        MentionKind::Date(x) if x.time.is_none() && x.date.precision == kroniek_types::Precision::Day => Some((x.date, m.span)),
                        _ => None,
                    })
                };
                let own = if days_before().nth(1).is_some() { days_before().next_back() } else { own };
                let own = attached_years.iter().find(|y| y.0 == first).map(|y| y.1).or(own);
                // A plan told without a day of its own is not dated by the day told before.
                let planned = d.intent == Intent::Planned;
                let inherited_date = inherited_date.filter(|_| !planned);
                d.date = own.map(|o| o.0).or(inherited_date).or(article.date);
                if own.is_none() && inherited_date.is_none() && !planned {
                    undated.push(drafts.len());
                }
                d.date_span = own.map(|o| o.1);
                d.told_on = own.is_some_and(|(_, span)| told_on(&ms, span));
                d.time = time_of(&ms);
                let event_type = codebook.cameo(&lexicon.verbs[verb as usize].cameo).and_then(|c| c.event_type);
                if truce_sentence && event_type == Some(EventType::Agree) {
                    d.mode = Some("ceasefire".to_string()); // "agreed to a ceasefire"
                }
                // A weekday named in a plan ("will start on Saturday") is the coming one; one
                // named outside the plan's clause dates the telling ("announced on Friday that
                // police would be deployed").
                let in_plan = own.is_some_and(|(_, span)| in_clause.iter().any(|m| m.span == span));
                if let (Intent::Planned, Some(day), Some(published), true) = (d.intent, d.date, article.date, in_plan) {
                    if day.precision == kroniek_types::Precision::Day && published.precision == kroniek_types::Precision::Day && day.days() < published.days() && published.days() - day.days() < 7 {
                        d.date = Some(day.add_days(7));
                    }
                }
                drafts.push(d);
            }
        }
        inherit_within_sentence(&mut drafts[first_drafts..], &cls, &ms, lexicon, codebook);
        drop_what_was_asked(&mut drafts[first_drafts..], &ms, &analysis.words, &article.text, lexicon, codebook);
        blame_the_accused(&mut drafts[first_drafts..], &ms, &analysis.words, lexicon, codebook);
        find_condemned_attacks(&mut drafts[first_drafts..], &ms, lexicon, codebook);
        speakers_speak(&mut drafts[first_drafts..], &cls, &ms, lexicon, codebook);
        merge_same_happening(&mut drafts[first_drafts..], lexicon, codebook);
    }
    if let Some(day) = lead_day {
        for &i in &undated {
            if drafts[i].intent != Intent::Planned {
                drafts[i].date = Some(day);
            }
        }
    }
    // History is no news, and lends neither counts nor subjects to the news after it ("For two
    // months, Ottoman artillery pounded the walls. On Thursday ... killed 11 soldiers"). The
    // text dates it decades back ("on 25 October 1854"); a date carried over from the sentence
    // before counts too, the article's own does not. Background of recent years ("in March
    // 2019") is coded on its own date, as ACLED dates an event, with less confidence.
    if let Some(published) = article.date {
        for d in drafts.iter_mut().filter(|d| d.date.is_some_and(|date| date != published && is_history(date.year, published))) {
            d.dropped = true;
        }
    }
    // The title of a feature whose lead tells history tells it too ("450 jaar Leidens Ontzet:
    // hoe het water de Spanjaarden verdreef"), unless it names a date of its own.
    if history_lead {
        let title = analysis.sentences.iter().position(|s| s.kind == SentenceKind::Body);
        for d in drafts.iter_mut().filter(|d| Some(d.sentence) == title && d.date_span.is_none()) {
            d.dropped = true;
        }
    }
    link_pronoun_sentences(&mut drafts, lexicon, codebook);
    resolve_pronoun_subjects(&mut drafts, &subjects, lexicon, codebook);
    answer_accusations(&mut drafts, lexicon, codebook);
    condemn_the_attacker(&mut drafts, article.date, lexicon, codebook);
    merge_follow_up_counts(&mut drafts, article.date, lexicon, codebook);
    credit_claims(&mut drafts, article.date, lexicon, codebook);
    let lead_end = analysis.sentences.iter().enumerate().filter(|(_, s)| s.kind == SentenceKind::Body).nth(2).map_or(analysis.sentences.len(), |(i, _)| i);
    date_by_follow_up(&mut drafts, lead_end, lexicon, codebook);
    // An event without a place of its own happened where the happening told just before it did
    // (the same or the previous sentence), else where the article is mostly about. Only
    // happenings on the ground lend their place: where an agreement was made ("in Moskou
    // afgesproken") says nothing of where the fighting is.
    let on_the_ground = |d: &Draft| {
        matches!(type_of(d, lexicon, codebook), Some(EventType::Assault | EventType::Coerce | EventType::Protest | EventType::Mobilize | EventType::Retreat | EventType::Aid))
    };
    let mut prev_location: Option<(usize, Place)> = None;
    let mut events = Vec::new();
    for d in drafts.iter_mut().filter(|d| !d.dropped) {
        // "in Sagaing Region ... Kyun Taw village, Kanbalu Township": a town the next sentences
        // name inside the province the event names is where it happened.
        if let Some((p, own)) = d.location.take() {
            d.location = Some((town_within(analysis, d.sentence, &p).unwrap_or(p), own));
        }
        match &d.location {
            // Background happened elsewhere, as often as not: the next sentence's news keeps
            // the article's place rather than the coup's capital.
            Some((p, true)) if on_the_ground(d) && !d.is_background(article.date) => prev_location = Some((d.sentence, p.clone())),
            Some(_) => {}
            None => {
                let recent = prev_location.as_ref().filter(|(s, _)| *s + 1 >= d.sentence && on_the_ground(d)).map(|(_, p)| p.clone());
                d.location = recent.or_else(|| analysis.focus_place.clone()).map(|p| (p, false));
            }
        }
        if let Some(e) = finish(d, article, language, analysis, lexicon, codebook) {
            if !events.iter().any(|x: &Event| same_event(x, &e)) {
                events.push(e);
            }
        }
    }
    events
}

/// The first town named in sentence `si`, the two after it or the one before that lies in
/// `province`, when `province` is a first-level area.
fn town_within(analysis: &Analysis, si: usize, province: &Place) -> Option<Place> {
    if province.precision != PlacePrecision::Admin1 {
        return None;
    }
    // Inside the sentences, not in a dateline between them ("MAIDUGURI, Nigeria (Reuters) -"
    // says where the report was filed).
    let after = analysis.sentences[si..(si + 3).min(analysis.sentences.len())].iter();
    after.chain(si.checked_sub(1).map(|p| &analysis.sentences[p])).find_map(|s| {
        // Mentions are in text order: a sentence's start at its first.
        let from = analysis.mentions.partition_point(|m| m.span[0] < s.start);
        analysis.mentions[from..].iter().take_while(|m| m.span[0] < s.end).find_map(|m| match &m.kind {
            MentionKind::Place(p) if m.span[1] <= s.end && p.precision == PlacePrecision::City && within(p, province) => Some(Place::clone(p)),
            _ => None,
        })
    })
}

/// The byte length of a label opening a sentence: at most 40 bytes of words, no sentence or
/// quote marks, then a colon and a space.
fn label_end(sentence: &str) -> Option<usize> {
    let head = sentence.get(..sentence.len().min(42))?;
    let colon = head.find(": ")?;
    (colon >= 2 && !head[..colon].contains(['.', ';', '"', '“', '”', '(', ')'])).then_some(colon)
}

/// How many mentions of police make a report dense with sport words news of riots.
const RIOT_POLICE: usize = 3;

/// Sport reports, film reviews: many such words and no state or armed actor at all.
fn is_off_topic(analysis: &Analysis) -> bool {
    if analysis.off_topic_words < 3 {
        return false;
    }
    let mentions_of = |sector: &str| analysis.mentions.iter().filter(|m| matches!(&m.kind, MentionKind::Actor(a) if a.actors.iter().any(|x| x.sector.as_deref() == Some(sector)))).count();
    // A film or match report dense with such words (one in sixty or more) is one even when its
    // story has soldiers in it; riots after a match, with police at work and officials
    // speaking, are news.
    let policed = mentions_of("COP") >= RIOT_POLICE && mentions_of("GOV") >= 1;
    if analysis.off_topic_words >= 5 && analysis.off_topic_words as usize * 60 >= analysis.words.len() && !policed {
        return true;
    }
    !analysis.mentions.iter().any(|m| match &m.kind {
        MentionKind::Actor(a) => a.actors.iter().any(|x| {
            x.org.is_some() || matches!(x.sector.as_deref(), Some("GOV" | "MIL" | "REB" | "COP" | "IGO" | "OPP"))
        }),
        _ => false,
    })
}

/// "After the warning shots, they retreated": a pronoun right after the comma that closes an
/// opening phrase, with no actor between it and the trigger at word `trigger`, is the subject.
fn pronoun_after_fronted_phrase(clause: &[&Mention], words: &[Word], trigger: u32) -> bool {
    clause.iter().any(|p| {
        matches!(p.kind, MentionKind::Word(WordClass::Pronoun))
            && p.last <= trigger
            && words[p.first as usize].comma_before
            && !clause.iter().any(|m| matches!(m.kind, MentionKind::Actor(_)) && p.last <= m.first && m.first < trigger)
    })
}

/// "In zijn videoboodschap roept hij de bondgenoten op": a personal pronoun right after the
/// verb, with no actor before it, is the subject a verb-second clause put after its verb. An
/// article ("roept het leger op") is no such pronoun.
fn pronoun_after_verb(clause: &[&Mention], analysis: &Analysis, text: &str, lexicon: &Lexicon, trigger_first: u32, trigger_last: u32) -> bool {
    let at = trigger_last;
    let tagged = |w: u32, class: WordClass| clause.iter().any(|m| m.first == w && matches!(m.kind, MentionKind::Word(c) if c == class));
    // "warned that it would": after a complement the pronoun is that clause's subject.
    tagged(at, WordClass::Pronoun)
        && !tagged(at - 1, WordClass::Complement)
        && !is_definite_at(&analysis.words, text, at, lexicon)
        && !clause.iter().any(|m| matches!(m.kind, MentionKind::Actor(_)) && (m.first < trigger_first || (m.first <= at && at < m.last)))
}

fn starts_with(ms: &[&Mention], first_word: u32, class: WordClass) -> bool {
    ms.iter().any(|m| m.first == first_word && matches!(m.kind, MentionKind::Word(c) if c == class))
}

/// A pattern found in a clause: its verb, its anchor's words `[first, last)`, and where its last
/// part ends (one past its last word).
#[derive(Clone, Copy)]
struct Trigger {
    verb: u32,
    first: u32,
    last: u32,
    end: u32,
}

/// Anchors whose other parts follow in order.
fn triggers_in(clause: &[&Mention], sentence: &[&Mention], words: &[Word], text: &str, lexicon: &Lexicon) -> Vec<Trigger> {
    let mut out = Vec::new();
    // Where each found pattern's last part ends.
    let mut ends: Vec<u32> = Vec::new();
    // Words a longer pattern has taken as one of its later parts, with that pattern.
    let mut parts_taken: Vec<(u32, u32)> = Vec::new();
    for m in clause {
        let MentionKind::Trigger { verb, part: 0 } = m.kind else { continue };
        let parts = lexicon.verbs[verb as usize].parts;
        let flags = &lexicon.verbs[verb as usize].flags;
        let mut at = m.last;
        let mut ok = true;
        let taken_from = parts_taken.len();
        for p in 1..parts {
            let next = sentence.iter().find(|x| {
                matches!(x.kind, MentionKind::Trigger { verb: v, part } if v == verb && part == p)
                    && x.first >= at + u32::from(flags.apart)
                    && x.first <= at + PART_REACH
                    && !(p + 1 == parts && (opens_phrase(sentence, x) || opens_purpose(words, text, lexicon, x.first)))
                    && (!flags.scene_gap || only_scene(sentence, at, x.first, words, text, lexicon))
            });
            match next {
                Some(x) => {
                    at = x.last;
                    parts_taken.push((x.first, verb));
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            out.push((verb, m.first, m.last));
            ends.push(at);
        } else {
            parts_taken.truncate(taken_from);
        }
    }
    // "Eritrea heeft alle reservisten opgeroepen": a word that is a later part of a longer
    // pattern ("reservisten ... opgeroepen") is no trigger of its own ("opgeroepen", called on)
    // when it would tell another kind of event; of the same kind, it may carry the counts
    // ("raakten er 15 gewond").
    let root = |v: u32| lexicon.verbs[v as usize].cameo.get(..2).unwrap_or("");
    let mut found: Vec<((u32, u32, u32), u32)> = out.into_iter().zip(ends).filter(|&((v, first, _), _)| !parts_taken.iter().any(|&(at, by)| at == first && root(by) != root(v))).collect();
    // Of two patterns on one anchor word, the one with more parts is the more specific reading:
    // "zette traangas ... in" (used tear gas) over "zette ... in" (deployed). Of two as long,
    // the one that closes sooner: "Het leger trok Wad Madani binnen, ... in december" entered
    // the town and withdrew nothing.
    if found.len() > 1 {
        let parts = |v: u32| lexicon.verbs[v as usize].parts;
        let outread = |&((v, first, _), end): &((u32, u32, u32), u32)| {
            found.iter().any(|&((w, f, _), e)| f == first && (parts(w) > parts(v) || parts(w) == parts(v) && parts(v) > 1 && e < end))
        };
        let keep: Vec<bool> = found.iter().map(|t| !outread(t)).collect();
        let mut k = keep.into_iter();
        found.retain(|_| k.next().unwrap_or(true));
    }
    found.into_iter().map(|((verb, first, last), end)| Trigger { verb, first, last, end }).collect()
}

/// Whether every word in `[from, to)` tells when or where: a date, a place, a locative or an
/// article ("maandag in Pristina", "vorige week in de hoofdstad Naypyidaw").
fn only_scene(sentence: &[&Mention], from: u32, to: u32, words: &[Word], text: &str, lexicon: &Lexicon) -> bool {
    (from..to).all(|w| {
        is_definite_at(words, text, w, lexicon)
            || sentence.iter().any(|m| {
            m.first <= w
                && w < m.last
                && matches!(m.kind, MentionKind::Date(_) | MentionKind::Place(_) | MentionKind::Word(WordClass::Locative))
        })
    })
}

/// Whether the pattern part `part` is a locative word that opens a phrase naming a place,
/// actor or date: "zet zijn missie in Finland voort" has the preposition "in", not the particle
/// of "zet ... in" (deploys).
fn opens_phrase(sentence: &[&Mention], part: &Mention) -> bool {
    let at = |w: u32, kind: fn(&MentionKind) -> bool| sentence.iter().any(|m| m.first == w && kind(&m.kind));
    at(part.first, |k| matches!(k, MentionKind::Word(WordClass::Locative)))
        && at(part.last, |k| matches!(k, MentionKind::Place(_) | MentionKind::Actor(_) | MentionKind::Date(_)))
}

/// Whether word `at` is "om" opening a purpose clause ("kwam bijeen om over de kwestie te
/// praten"): an infinitive marker follows before the next comma.
fn opens_purpose(words: &[Word], text: &str, lexicon: &Lexicon, at: u32) -> bool {
    let word = |w: &Word| &text[w.ostart as usize..w.oend as usize];
    let at = at as usize;
    words.get(at).is_some_and(|w| lexicon.is_purpose(word(w)))
        && words.iter().skip(at + 1).take(PART_REACH as usize).take_while(|w| !w.comma_before).any(|w| lexicon.is_infinitive_marker(word(w)))
}

/// A noun trigger with an actor of its own: "Russische bombardementen", "aanval van X op Y",
/// "aanval van de paramilitaire RSF".
fn noun_has_own_actor(clause: &[&Mention], first: u32, last: u32) -> bool {
    clause.iter().any(|m| match &m.kind {
        MentionKind::Actor(a) => {
            let after = m.first >= last && !a.locative;
            (a.adjectival && m.last == first) || (after && m.first <= last + 1) || (after && m.first <= last + MARKER_REACH && marker(clause, m) == Some(WordClass::From))
        }
        _ => false,
    })
}

/// Whether a pronoun stands right after the word that opens `clause` ("dat het ...", "that
/// they ...").
fn pronoun_opens(sentence: &[&Mention], clause: &Clause) -> bool {
    sentence.iter().any(|m| m.first == clause.first + 1 && matches!(m.kind, MentionKind::Word(WordClass::Pronoun)))
}

/// Whether the word before word `first` is a definite article or demonstrative.
fn after_definite(analysis: &Analysis, text: &str, first: u32, lexicon: &Lexicon) -> bool {
    first.checked_sub(1).is_some_and(|w| is_definite_at(&analysis.words, text, w, lexicon))
}

/// Whether word `w` is a definite article or demonstrative ("de", "the"); the lexicon keeps
/// them as a list, not as matched words.
fn is_definite_at(words: &[Word], text: &str, w: u32, lexicon: &Lexicon) -> bool {
    words.get(w as usize).is_some_and(|x| lexicon.is_definite(&text[x.ostart as usize..x.oend as usize]))
}

/// Whether the word before `first` makes it a noun of someone else's: an article or a name's
/// genitive ("rejected Tokyo's protest"; a lowercase "auto's" is a Dutch plural). A possessive
/// pronoun does not: "reaffirmed its support" is the subject's own act.
fn determined_before(words: &[Word], text: &str, first: u32, lexicon: &Lexicon) -> bool {
    let Some(w) = first.checked_sub(1).map(|w| w as usize) else { return false };
    let genitive = || {
        w > 0 && words[w - 1].capital && &text[words[w].ostart as usize..words[w].oend as usize] == "s" && matches!(&text[words[w - 1].oend as usize..words[w].ostart as usize], "'" | "\u{2019}")
    };
    is_definite_at(words, text, w as u32, lexicon) || genitive()
}

/// Whether the clause counts people (a number, a count noun, counted actors) or the sentence
/// names a date.
fn counts_or_dates(clause: &[&Mention], sentence: &[&Mention]) -> bool {
    let counts = clause.iter().any(|m| match &m.kind {
        MentionKind::Number(_) | MentionKind::Count(_) => true,
        MentionKind::Actor(a) => a.count.is_some(),
        _ => false,
    });
    counts || sentence.iter().any(|m| matches!(m.kind, MentionKind::Date(_)))
}

/// Whether the clause counts people ("zeven doden", "12 killed"): unlike [`counts_or_dates`],
/// a number that counts no people ("veertig kilometer") does not count.
fn counts_people(clause: &[&Mention]) -> bool {
    clause.iter().any(|m| match &m.kind {
        MentionKind::Number(n) => n.field.is_some(),
        MentionKind::Count(_) => true,
        MentionKind::Actor(a) => a.count.is_some(),
        _ => false,
    })
}

/// Whether `place` says better where an event happened than `known`: there is none yet, or
/// the known place is a whole country and this one lies in it.
fn refines(known: Option<&Place>, place: &Place) -> bool {
    match known {
        None => true,
        Some(k) => k.precision == PlacePrecision::Country && place.precision != PlacePrecision::Country && k.country == place.country,
    }
}

fn actor_of(m: &Mention) -> Option<&ActorMention> {
    match &m.kind {
        MentionKind::Actor(a) if !a.locative => Some(a),
        _ => None,
    }
}

/// The first actors of the two actor mentions after a "between" word in the clause, when that
/// word stands near the trigger: within three words after it, or anywhere before it.
fn between_sides<'m>(clause: &[&'m Mention], d: &Draft) -> Option<(&'m Actor, &'m Actor)> {
    let word = clause.iter().find(|m| matches!(m.kind, MentionKind::Word(WordClass::Between)) && m.first <= d.last + 3 && (m.first >= d.last || m.last <= d.first))?;
    let mut sides = clause.iter().filter(|m| m.first >= word.last && m.first <= word.last + 8).filter_map(|m| actor_of(m)?.actors.first());
    let a = sides.next()?;
    let b = sides.find(|b| b.code != a.code)?;
    Some((a, b))
}

/// Whether "and"/"en" stands right before word `first`: a verb sharing the subject of the one
/// before it ("... and wounded 41 others").
fn coordinated(clause: &[&Mention], first: u32) -> bool {
    clause.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Coord)) && m.last == first)
}

/// How far before a trigger, in words, a count still belongs to it.
const COUNT_REACH: u32 = 8;

/// How far after a trigger, in words, a "by X" agent still belongs to it.
const AGENT_REACH: u32 = 4;
/// How many words a passive auxiliary may stand before its participle ("werd woensdag door de
/// politie in Minsk gearresteerd").
const PASSIVE_REACH: u32 = 8;

/// The role word ("door", "van", "op") right before an actor, if any; not one that a date or
/// place after it takes ("On Tuesday, the army attacked").
fn marker(clause: &[&Mention], actor: &Mention) -> Option<WordClass> {
    let taken = |m: &Mention| clause.iter().any(|o| o.first >= m.last && o.last <= actor.first && matches!(o.kind, MentionKind::Date(_) | MentionKind::Place(_)));
    // "by hundreds of protesters": "of" after a number counts the people, it marks nothing.
    let counting = |m: &Mention| clause.iter().any(|n| n.last == m.first && matches!(n.kind, MentionKind::Number(_)));
    clause
        .iter()
        .filter(|m| m.last <= actor.first && m.last + MARKER_REACH > actor.first && !taken(m))
        .filter_map(|m| match m.kind {
            MentionKind::Word(WordClass::From) if counting(m) => None,
            MentionKind::Word(c @ (WordClass::Agent | WordClass::From | WordClass::Against | WordClass::Toward | WordClass::Locative)) => {
                Some((m.last, c))
            }
            _ => None,
        })
        .max_by_key(|(last, _)| *last)
        .map(|(_, c)| c)
        // "door Iran gesteunde milities": the agent of an attributive participle qualifies the
        // noun after it.
        .map(|c| {
            let attributive = clause.iter().any(|m| m.first == actor.last && matches!(m.kind, MentionKind::Word(WordClass::Attributive)));
            if c == WordClass::Agent && attributive { WordClass::Attributive } else { c }
        })
}

/// An actor who only reports the event: the speaker of a speech verb standing after the trigger
/// ("X attacked Y, medics said"), or the actor right after a speech word ("according to the
/// UN", "volgens de VN", "said the minister"). A speaker before the trigger ("Zelenskiy said
/// ..., accusing Russia") is often its subject, and stays.
fn is_speaker(clause: &[&Mention], actor: &Mention, trigger: u32, words: &[Word]) -> bool {
    // Before the trigger, an actor right after a speech word is what is said ("Mujahid said
    // Pakistani jets had bombed"), unless a comma closes the attribution ("According to the UN,
    // ...").
    let attribution_closed = || actor.first >= trigger || words.get(actor.last as usize).is_some_and(|w| w.comma_before);
    // "regional governor Oleh Syniehubov said": a name the lexicons lack may stand between the
    // title and the speech word.
    let name = (actor.last..actor.last + 3).take_while(|&w| words.get(w as usize).is_some_and(|w| w.capital && !w.comma_before)).count() as u32;
    clause.iter().any(|m| match m.kind {
        MentionKind::Word(WordClass::Speech) => {
            (m.first > trigger && m.first >= actor.last && m.first <= actor.last + 1 + name)
                || (m.last <= actor.first && m.last + MARKER_REACH > actor.first && attribution_closed())
        }
        // "volgens de EU heeft Iran ...": after an attribution word, always the source.
        MentionKind::Word(WordClass::Attribution) => {
            m.last <= actor.first && m.last + MARKER_REACH > actor.first && !(m.last..=actor.first).any(|w| words.get(w as usize).is_some_and(|w| w.comma_before))
        }
        _ => false,
    })
}

/// The anchor of a noun trigger ("aanval", "raid").
fn is_noun_trigger(m: &Mention, lexicon: &Lexicon) -> bool {
    matches!(m.kind, MentionKind::Trigger { verb, part: 0 } if lexicon.verbs[verb as usize].flags.noun)
}

/// The mentions of a sentence (in word order) that start in `clause`: one slice of them.
fn mentions_in<'s, 'm>(sentence: &'s [&'m Mention], clause: &Clause) -> &'s [&'m Mention] {
    debug_assert!(sentence.is_sorted_by_key(|m| m.first));
    let from = sentence.partition_point(|m| m.first < clause.first);
    let to = sentence.partition_point(|m| m.first < clause.last).max(from);
    &sentence[from..to]
}

/// The actor mentions that can be a clause's subject: not after a marker, not adjectives, not
/// places.
fn subject_mentions<'c, 'm>(in_clause: &'c [&'m Mention]) -> impl Iterator<Item = &'m ActorMention> + 'c {
    in_clause.iter().filter_map(|m| actor_of(m).filter(|a| !a.adjectival && !a.locative && marker(in_clause, m).is_none()))
}

/// The actors a clause names as its subject: "Mali and Burkina Faso, which ...".
fn clause_subject(sentence: &[&Mention], clause: &Clause) -> Option<Vec<Actor>> {
    let in_clause = mentions_in(sentence, clause);
    let actors: Vec<Actor> = subject_mentions(in_clause).flat_map(|a| a.actors.iter().cloned()).collect();
    (!actors.is_empty()).then_some(actors)
}

/// The first actor of [`clause_subject`], without gathering the rest: every sentence asks.
fn first_subject(sentence: &[&Mention], clause: &Clause) -> Option<Actor> {
    let in_clause = mentions_in(sentence, clause);
    let first = subject_mentions(in_clause).find_map(|a| a.actors.first().cloned());
    first
}

/// Whether `o` is the subject of what is said: an actor right after the speech word and before
/// the trigger ("residents said soldiers detained 14 men", "a Thai spokesman said
/// Cambodian forces opened fire"), not the speaker.
fn reported_subject(o: &Mention, said: u32, trigger: u32) -> bool {
    actor_of(o).is_some_and(|reported| o.first >= said && o.first <= said + 2 && o.last <= trigger && !reported.adjectival)
}

/// What the words around a trigger say about its subject, beyond the actors recognised.
#[derive(Clone, Copy)]
struct SubjectClues {
    /// The clause's subject is a pronoun or left out, so an actor after the verb is its
    /// object, never its subject.
    pronoun: bool,
    /// The same for a name the lexicon lacks right before the verb.
    unknown_name: bool,
    /// The trigger is a progressive form or an infinitive ("were protesting", "was ordered to
    /// attack"), so an auxiliary before it does not make it passive.
    active_form: bool,
    /// An infinitive marker stands in the three words before the trigger ("te hebben
    /// gearresteerd", "to have killed").
    infinitive: bool,
    /// An article or a genitive stands right before the trigger: a verb form used as a noun
    /// ("the sanctions", "Tokyo's protest").
    after_article: bool,
}

/// Source and target by position and markers; `inherited`: who a pronoun or left-out subject
/// is, when the sentence says it elsewhere.
fn assign_roles(d: &mut Draft, clause: &[&Mention], words: &[Word], lexicon: &Lexicon, clues: SubjectClues, inherited: Option<&[Actor]>) {
    let (pronoun_subject, unknown_subject) = (clues.pronoun, clues.unknown_name);
    let flags = &lexicon.verbs[d.verb as usize].flags;
    let mut left: Vec<(&Mention, &ActorMention, Option<WordClass>)> = Vec::new();
    let mut right: Vec<(&Mention, &ActorMention, Option<WordClass>)> = Vec::new();
    // "X said Y attacked ...": the speaker before a speech word is not the subject of what
    // follows it.
    let said = clause.iter().filter(|m| matches!(m.kind, MentionKind::Word(WordClass::Speech)) && m.last <= d.first).map(|m| m.last).max();
    // "Police said the bomb killed 23 people", "UNHCR said 20,000 people had fled": a reported
    // verb that counts people, with no pronoun for its subject ("said it killed") and not an
    // infinitive ("zegt 45 mensen te hebben gearresteerd"), is not the speaker's act either.
    let reported_unnamed = !flags.noun
        && (flags.victim || flags.count.is_some())
        && !clues.infinitive
        && said.is_some_and(|s| !clause.iter().any(|o| matches!(o.kind, MentionKind::Word(WordClass::Pronoun)) && o.first >= s && o.last <= d.first));
    let mut speakers: Vec<&ActorMention> = Vec::new();
    for m in clause {
        let Some(a) = actor_of(m) else { continue };
        // An actor adjective belongs to the noun trigger it qualifies: for that trigger, and for
        // a verb after it whose subject that noun phrase is ("Pakistani air strikes killed").
        let qualifies_noun = |t: &&Mention| is_noun_trigger(t, lexicon) && t.first == m.last;
        let subject_noun = !flags.noun && clause.iter().any(|t| qualifies_noun(t) && t.last <= d.first);
        if a.adjectival && !(flags.noun && m.last == d.first) && !subject_noun {
            continue;
        }
        if said.is_some_and(|s| m.last <= s) && (clause.iter().any(|o| reported_subject(o, said.unwrap_or(0), d.first)) || reported_unnamed) {
            speakers.push(a);
            continue;
        }
        // "..., medics said", "according to the UN", "volgens de VN": the speaker is not a role.
        if is_speaker(clause, m, d.first, words) {
            speakers.push(a);
            continue;
        }
        // "In a speech, Kenya called on ...": a comma after a common noun closes the locative's
        // phrase before the actor; after a name ("in Kenya, Somalia and Ethiopia", "In Koya,
        // residents said") the actor may go on a list or name the place's people.
        let phrase_closed = || m.first > 0 && words[m.first as usize].comma_before && !words[m.first as usize - 1].capital;
        let mk = marker(clause, m).filter(|c| !(*c == WordClass::Locative && phrase_closed()));
        if m.last <= d.first {
            left.push((m, a, mk));
        } else if m.first >= d.last && !a.weapon {
            // "struck the ship with two missiles": a weapon after the verb is how, not whom.
            right.push((m, a, mk));
        }
    }
    let all = || left.iter().chain(right.iter());
    let agent = all().find(|x| x.2 == Some(WordClass::Agent)).map(|x| x.1);
    let from = all().find(|x| x.2 == Some(WordClass::From)).map(|x| x.1);
    let against = all().find(|x| x.2 == Some(WordClass::Against)).map(|x| x.1);
    let unmarked_left: Vec<&ActorMention> = left.iter().filter(|x| x.2.is_none() || x.2 == Some(WordClass::From) && !flags.recv).map(|x| x.1).collect();
    let unmarked_right: Vec<&ActorMention> = right.iter().filter(|x| x.2.is_none()).map(|x| x.1).collect();
    let first = |a: Option<&ActorMention>| a.and_then(|a| a.actors.first().cloned());
    // "Reporters zonder Grenzen veroordeelde de arrestaties", "Iran condemned the sanctions":
    // the subject of a verb of saying before a noun (or a verb form after an article)
    // condemned, demanded or rejected it; it did not arrest. (An accusation's content goes to
    // the accused later, in `blame_the_accused`.)
    let said_of = |x: &(&Mention, &ActorMention, Option<WordClass>)| {
        clause.iter().any(|t| match t.kind {
            MentionKind::Trigger { verb, part: 0 } => {
                let v = &lexicon.verbs[verb as usize];
                let saying = matches!(v.cameo.get(..2), Some("10" | "12")) || v.cameo.starts_with("111");
                v.parts == 1 && !v.flags.noun && saying && x.0.last <= t.first && t.last <= d.first
            }
            _ => false,
        })
    };
    let said_before = |a: &&ActorMention| clues.after_article && left.iter().any(|x| std::ptr::eq(x.1, *a) && said_of(x));

    // "Bij de schietpartij werd de student doodgeschoten", "zijn 112 mensen opgepakt": a passive
    // auxiliary before a counting participle makes it a victim verb; "zijn" only when the people
    // did not flee, since "zijn op de vlucht geslagen" is a perfect of what they did.
    let aux_before = |class: WordClass| clause.iter().any(|m| matches!(m.kind, MentionKind::Word(c) if c == class) && m.last <= d.first);
    let passive = !flags.victim
        && !flags.noun
        && flags.count.is_some_and(|c| aux_before(WordClass::Passive) || c != CountField::Displaced && aux_before(WordClass::Perfect));
    // "Russische diplomaten werden uitgezet", "Russian soldiers were attacked near Kursk": the
    // subject of any other passive suffers the act; only an agent ("door", "by") does it.
    // Moving forces keep their senders ("troops were deployed"), and an auxiliary joined to
    // the verb by "and"/"en" belongs to another verb.
    let moves_forces = matches!(lexicon.verbs[d.verb as usize].cameo.get(..2), Some("15"));
    let aux_just_before = |class: WordClass| {
        clause.iter().any(|m| {
            matches!(m.kind, MentionKind::Word(c) if c == class)
                && m.last <= d.first
                && d.first - m.last <= PASSIVE_REACH
                && !clause.iter().any(|c| matches!(c.kind, MentionKind::Word(WordClass::Coord | WordClass::Clause)) && m.last <= c.first && c.last <= d.first)
        })
    };
    // "dat door honderden demonstranten was bestormd": with an agent, a perfect auxiliary
    // makes a passive too.
    let general_passive = !flags.victim
        && !flags.noun
        && !flags.recv
        && !flags.sym
        && flags.count.is_none()
        && !clues.active_form
        && !moves_forces
        && (aux_just_before(WordClass::Passive) || agent.is_some() && aux_just_before(WordClass::Perfect));
    let (source, target) = if general_passive {
        let sufferer = unmarked_left.first().or(unmarked_right.first()).and_then(|a| a.actors.first().cloned());
        (first(agent), sufferer.or_else(|| inherited.filter(|_| pronoun_subject).and_then(|a| a.first().cloned())))
    } else if flags.victim || passive {
        // The first two groups of people after the verb with no role word before them.
        let mut people_after = right.iter().filter(|x| x.2.is_none() && x.1.persons);
        let (first_after, second_after) = (people_after.next(), people_after.next());
        // "X killed 15 civilians" (active: the people after the verb suffer) or "15 civilians
        // were killed (by X)" (passive: the subject suffers).
        let counted_right = first_after.map(|x| x.1);
        // "... and wounded 41 others": a bare number right after the verb is its object, so the
        // verb is active even without an actor after it.
        let number_after = clause.iter().any(|m| {
            matches!(m.kind, MentionKind::Number(_)) && m.first == d.last && !clause.iter().any(|a| actor_of(a).is_some() && a.first == m.last)
        }) || coordinated(clause, d.first);
        let doer = || first(agent.or(unmarked_left.iter().find(|a| !a.persons || a.count.is_none()).copied()));
        // "In juni doodden drie schutters in Konduga 30 mensen": a verb-second clause puts its
        // subject after the verb, and the people after that suffered. Two groups joined by
        // "and" or a comma are both victims ("killed three soldiers and two civilians").
        let parted = |from: u32, to: u32| (from..=to).any(|w| words[w as usize].comma_before) || clause.iter().any(|c| matches!(c.kind, MentionKind::Word(WordClass::Coord)) && c.first >= from && c.last <= to);
        // The subject right after the whole pattern (a number may count it), the victims
        // counted.
        let inverted = match (first_after, second_after) {
            (Some(subject), Some(victim)) if agent.is_none() && unmarked_left.is_empty() && (d.end..=d.end + 2).contains(&subject.0.first) && !parted(d.last, subject.0.first) && victim.1.count.is_some() && !parted(subject.0.last, victim.0.first) => Some((subject.1, victim.1)),
            _ => None,
        };
        // "Three gunmen killed 30 people": armed people counted before the verb did it when
        // the people counted right after it suffered.
        let counted_object = first_after.is_some_and(|x| x.1.count.is_some() && (d.end..=d.end + 1).contains(&x.0.first) && !parted(d.last, x.0.first));
        match counted_right {
            Some(_) if let Some((subject, victim)) = inverted => (first(Some(subject)), first(Some(victim))),
            // Active: whoever stands before the verb did it, people too ("militants killed"),
            // but not people counted there ("nine Palestinians were killed"): those suffered,
            // unless others suffered after the verb ("Three gunmen killed 30 people").
            Some(victim) => {
                let armed = |a: &&ActorMention| a.count.is_some() && a.actors.iter().all(|x| !matches!(x.sector.as_deref(), Some("CVL" | "REF")));
                let counted_doer = unmarked_left.iter().copied().find(armed).filter(|_| counted_object && !aux_just_before(WordClass::Passive));
                (doer().or_else(|| first(counted_doer)), first(Some(victim)))
            }
            None if number_after => (doer(), None),
            // "Bij een aanval van de RSF ... zijn 31 burgers omgekomen": who died is the people
            // counted, not the attacker named with the noun.
            None => {
                let counted = unmarked_left.iter().chain(unmarked_right.iter()).find(|a| a.persons && a.count.is_some());
                // "Soldaten hebben gisteren drie burgers gedood": in a Dutch verb-final clause an
                // actor before the people counted is who killed them.
                let counted_at = left.iter().find(|x| x.2.is_none() && x.1.persons && x.1.count.is_some()).map(|x| x.0.first);
                // Not a speaker: "the ministry said four people were killed".
                let said_between = |from: u32, to: u32| clause.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Speech)) && from <= m.first && m.first < to);
                let doer = counted_at.and_then(|at| left.iter().find(|x| x.2.is_none() && x.0.last <= at && x.1.count.is_none() && !said_between(x.0.last, at)).map(|x| x.1));
                // "Bij een inval van het Israëlische leger ... zijn drie Palestijnen om het leven
                // gekomen": who raided, when no one else is named as the killer.
                let raider = left.iter().find(|x| x.2 == Some(WordClass::From) && clause.iter().any(|t| is_noun_trigger(t, lexicon) && t.last <= x.0.first && x.0.first <= t.last + MARKER_REACH));
                (first(agent.or(doer).or(raider.map(|x| x.1))), first(counted.or(unmarked_left.first()).or(unmarked_right.first()).copied()))
            }
        }
    } else if flags.recv {
        let receiver = unmarked_left.first().or(unmarked_right.first()).copied();
        (first(from.or(agent)), first(receiver))
    } else if flags.noun {
        let own = left.iter().rev().find(|x| x.0.last == d.first && x.1.adjectival).map(|x| x.1);
        // "aanval van X op Y": "van X" right after the noun is who attacks. Further on it
        // qualifies another noun, the target's ("voerde luchtaanvallen uit op tanks van het
        // Syrische leger").
        let of = |near: bool| right.iter().find(|x| x.2 == Some(WordClass::From) && (x.0.first <= d.last + MARKER_REACH) == near).map(|x| x.1);
        // "the arrest of X": whom an arrest is of is who was arrested.
        let of_arrested = flags.count == Some(CountField::Arrested);
        let subject = left.iter().find(|x| (x.2.is_none() || x.2 == Some(WordClass::From) && !flags.recv) && !said_of(x)).map(|x| x.1);
        let src = first(own.or(agent).or(of(true).filter(|_| !of_arrested)).or(subject));
        // "Israël, dat ..., voerde dinsdag luchtaanvallen uit": a left-out subject is the
        // sentence's.
        let src = src.or_else(|| inherited.filter(|_| pronoun_subject).and_then(|a| a.first().cloned()));
        (src, first(against.or(of(of_arrested)).or(of(false))))
    } else {
        // "by X" makes X the subject of a passive trigger right before it ("were struck by"),
        // not of an active verb whose subject stands before it ("exchanged ... in a swap
        // mediated by the UAE").
        // Only after the trigger: "na bemiddeling door Rusland kwamen beide landen ... overeen"
        // is mediated by Russia, agreed by both countries.
        let near_agent = right.iter().find(|x| x.2 == Some(WordClass::Agent) && x.0.first <= d.last + AGENT_REACH).map(|x| x.1);
        match (near_agent, inherited.filter(|_| pronoun_subject)) {
            // The subject is left out or a pronoun and the sentence says who it is: actors
            // before the verb are then objects ("dat het een deel van de militairen terugtrekt").
            (None, Some([head, rest @ ..])) => {
                d.others.extend(rest.iter().cloned());
                let object = against.or(unmarked_left.first().copied()).or(unmarked_right.first().copied());
                (Some(head.clone()), first(object))
            }
            _ => {
                // A pronoun subject right before the verb ("Hij riep Israël op de hulpverlening
                // door de VN toe te laten") is not the agent of a noun further on.
                let pronoun_before = clause.iter().any(|m| m.last == d.first && matches!(m.kind, MentionKind::Word(WordClass::Pronoun)));
                // After a preposition the verb form is a noun ("Bij schoten zijn 34 Palestijnen
                // om het leven gekomen"): the people after it did not shoot.
                let after_preposition = clause.iter().any(|m| m.last == d.first && matches!(m.kind, MentionKind::Word(WordClass::Locative)));
                // Civilians after an attack verb suffered it ("An air strike hit a cluster of
                // tents housing displaced families"), whatever the clause's subject is.
                let violent = matches!(lexicon.verbs[d.verb as usize].cameo.get(..2), Some("18" | "19"));
                let sufferers = |a: &&ActorMention| violent && a.actors.iter().all(|x| matches!(x.sector.as_deref(), Some("CVL" | "REF")));
                let subject = near_agent
                    .or(unmarked_left.iter().find(|a| !said_before(a)).copied())
                    .or(agent.filter(|_| !pronoun_before))
                    .or(unmarked_right.first().copied().filter(|a| !pronoun_subject && !after_preposition && !sufferers(a) && !unknown_subject && !unmarked_left.iter().any(said_before)));
                let object = against.or_else(|| unmarked_right.iter().copied().find(|a| subject.is_none_or(|s| !std::ptr::eq(*a, s)))).or_else(|| {
                    // A verb-final clause ("Nederland heeft twee Russische diplomaten
                    // uitgewezen"): the object stands between the subject and the verb, not
                    // joined to the subject by "en"/"and" or a comma.
                    let (subject_mention, _, _) = left.iter().find(|x| subject.is_some_and(|s| std::ptr::eq(x.1, s)))?;
                    let joined = |m: &Mention| {
                        words[m.first as usize].comma_before
                            || clause.iter().any(|c| matches!(c.kind, MentionKind::Word(WordClass::Coord)) && c.first >= subject_mention.last && c.last <= m.first)
                    };
                    // "van" there is "of" ("medewerkers van de Russische ambassade"), unless it
                    // qualifies the subject itself ("de president van Turkije").
                    let unmarked = |x: &(&Mention, &ActorMention, Option<WordClass>)| x.2.is_none() || (x.2 == Some(WordClass::From) && x.0.first > subject_mention.last + 1);
                    left.iter().rev().find(|x| unmarked(x) && !x.1.weapon && x.0.first >= subject_mention.last && !joined(x.0)).map(|x| x.1)
                });
                d.pronoun_subject = pronoun_subject && subject.is_none();
                (first(subject), first(object))
            }
        }
    };
    // "clashes between the army and the RSF", "gevechten tussen Armenië en Azerbeidzjan": the
    // two actors after "between" are the two sides, whoever else the clause names.
    let (source, target) = match between_sides(clause, d) {
        Some((a, b)) if source.is_none() || source.as_ref().is_some_and(|s| s.code == a.code || s.code == b.code) => {
            let (a, b) = (a.clone(), b.clone());
            if source.as_ref().is_some_and(|s| s.code == b.code) { (Some(b), Some(a)) } else { (Some(a), Some(b)) }
        }
        _ => (source, target),
    };
    // "Er worden 40.000 Poolse militairen naar de grens gestuurd": a pattern anchored on the
    // forces it moves ("militairen ... gestuurd") names its actor inside itself when the
    // clause names no other.
    let source = source.or_else(|| {
        if flags.victim || target.is_some() {
            return None;
        }
        let inside = clause.iter().find(|m| m.first <= d.first && m.last > d.first && actor_of(m).is_some_and(|a| a.persons && !a.adjectival))?;
        first(actor_of(inside))
    });
    // "Volgens de politie zijn 104 mensen gearresteerd", "104 people had been arrested, police
    // said": the police or army reporting arrests that name no arrester made them.
    let source = source.or_else(|| {
        let arrests = flags.count == Some(CountField::Arrested);
        let force = |x: &&Actor| matches!(x.sector.as_deref(), Some("COP" | "MIL"));
        speakers.iter().filter(|_| arrests).filter_map(|a| a.actors.first()).find(force).cloned()
    });
    d.source = source;
    d.target = target;
    // Co-actors: the rest of a group ("de twee landen"), and coordinated subjects.
    let mut others: Vec<Actor> = Vec::new();
    for x in left.iter().chain(right.iter()) {
        for actor in x.1.actors.iter() {
            let used = [&d.source, &d.target].iter().any(|r| r.as_ref().is_some_and(|r| r.code == actor.code && r.span == actor.span));
            if !used && !others.iter().any(|o| o.code == actor.code) {
                others.push(actor.clone());
            }
        }
    }
    if flags.sym && d.target.is_none() && !others.is_empty() {
        // The other side of a symmetric act is first the rest of the subject's own group
        // ("beide landen kwamen overeen"), then anyone else named.
        let same_group = |a: &Actor| {
            all().any(|x| x.1.actors.iter().any(|s| d.source.as_ref().is_some_and(|src| src.code == s.code && src.span == s.span)) && x.1.actors.iter().any(|o| o.code == a.code))
        };
        let at = others.iter().position(same_group).unwrap_or(0);
        d.target = Some(others.remove(at));
    }
    // Nobody acts on themselves: the same mention twice, or the same government, army, police or
    // international body named twice ("VN-secretaris-generaal António Guterres"). Groups of one
    // code (two rebel groups, civilians) can still face each other.
    let same_body = |s: &Actor, t: &Actor| s.code == t.code && (s.span == t.span || !matches!(t.sector.as_deref(), Some("REB" | "CVL" | "OPP" | "UAF" | "CRM")));
    if d.source.as_ref().zip(d.target.as_ref()).is_some_and(|(s, t)| same_body(s, t)) {
        d.target = None;
    }
    others.extend(std::mem::take(&mut d.others).into_iter().filter(|a| [&d.source, &d.target].iter().all(|r| r.as_ref().is_none_or(|r| r.code != a.code))));
    d.others = others;
}

/// "Katz threatened to disarm Hezbollah", "On Monday, Smith condemned Hamas": a capitalised
/// word the lexicon does not know, right before the verb and after no preposition, is a name
/// and the subject, so the actor after the verb is its object, not who acts. Capitalised
/// sentence openers and stopwords ("Daarna viel Rusland ... aan") leave a verb-second
/// subject after the verb.
fn unknown_name_before(clause: &[&Mention], words: &[Word], text: &str, lexicon: &Lexicon, clause_first: u32, trigger: u32) -> bool {
    let covered = |w: u32| clause.iter().any(|m| m.first <= w && w < m.last);
    let name_word = |w: u32| words[w as usize].capital && !covered(w);
    let Some(last) = trigger.checked_sub(1).filter(|&w| w >= clause_first && name_word(w)) else { return false };
    let mut first = last;
    while first > clause_first && name_word(first - 1) && !words[first as usize].comma_before {
        first -= 1;
    }
    let marked = first.checked_sub(1).is_some_and(|w| clause.iter().any(|m| m.first <= w && w < m.last && matches!(m.kind, MentionKind::Word(_))));
    let word = &words[first as usize];
    let folded = text[word.ostart as usize..word.oend as usize].to_lowercase();
    !marked && !(first == last && (lexicon.stopwords.contains(&folded) || lexicon.sentence_rules.openers.contains(&folded)))
}

/// How many words ("were") may stand between "of them" and the verb its part is the subject of.
const PART_SUBJECT_REACH: u32 = 2;

/// Counts from the clause's numbers and counted people. A participle counts only what follows
/// it ("killing two soldiers and wounding five": five are wounded, not two).
fn assign_counts(d: &mut Draft, clause: &[&Mention], flags: &VerbFlags, words: &[Word], text: &str, lexicon: &Lexicon) {
    let field = flags.count;
    // "shot dead two officers and wounded a third": after "and", people counted before the
    // verb belong to the verb before it.
    let coordinated = coordinated(clause, d.first);
    // People counted far before the trigger are not its victims ("reach 1.3 million people in
    // Hodeidah with food aid, call for the release of detained staff").
    // An aside naming some of them does not part the count from its verb ("Three civilians,
    // including a woman and her grandson, were killed").
    let aside = |m: &Mention| clause.iter().any(|x| x.first == m.last && matches!(x.kind, MentionKind::Word(WordClass::Subset)) && d.first.saturating_sub(x.first) <= 2 * COUNT_REACH);
    let near = |m: &Mention| m.first >= d.last || d.first.saturating_sub(m.last) <= COUNT_REACH || aside(m);
    // Where a number counts for the trigger on its own: right after it, or before it across
    // a single noun the lexicons do not know, as Dutch verb-final clauses put it ("527
    // klimaatactivisten aangehouden", "32 anderen gewond geraakt").
    // A stopword may stand between ("two other miners were wounded").
    let unknown = |w: u32| !clause.iter().any(|x| x.first <= w && w < x.last && !matches!(x.kind, MentionKind::Word(WordClass::Member)));
    let stopword = |w: u32| words.get(w as usize).is_some_and(|w| lexicon.stopwords.contains(&text[w.ostart as usize..w.oend as usize].to_lowercase()));
    // "Negen mensen raakten gewond, drie van hen ernstig": after a count, a number of them is a
    // part; alone it is the count ("killing nine of them").
    let counted_before = |n: &Mention| {
        clause.iter().filter(|x| x.last <= n.first).any(|x| match &x.kind {
            MentionKind::Number(_) => true,
            MentionKind::Actor(a) => a.count.is_some(),
            _ => false,
        })
    };
    let part_of_them = |n: &Mention| clause.iter().any(|x| x.first == n.last && matches!(x.kind, MentionKind::Word(WordClass::PartOf))) && counted_before(n);
    // "kidnapped four Americans, two of whom were killed", "twee van hen kwamen om het leven":
    // a part right before the verb is who it befell, and the total before it counts no more.
    let part_subject = clause.iter().find(|n| {
        matches!(n.kind, MentionKind::Number(_))
            && clause.iter().any(|x| x.first == n.last && matches!(x.kind, MentionKind::Word(WordClass::PartOf)) && x.last <= d.first && d.first - x.last <= PART_SUBJECT_REACH && !(x.last..=d.first).any(|w| words[w as usize].comma_before))
    });
    if let (Some(f), Some(n)) = (field, part_subject) {
        if let MentionKind::Number(NumberMention { value: Some(v), .. }) = &n.kind {
            d.counts[field_index(f)] = Some(*v);
            d.number_spans.push(n.span);
        }
    }
    let after_part = |m: &Mention| part_subject.is_none_or(|n| m.first > n.last);
    // "Two gunmen shot dead a man", "was beaten by three men": who did it is not who it was
    // done to. Only for armed groups, whom the roles rarely mistake for victims, or the agent
    // of a verb whose subject suffers it, and where the clause names other people the act was
    // done to: the source of a displacement is who fled, and a headline's "Three villagers
    // shot dead" has no other. The number that counts the doers stands right before them, one
    // word at most between ("schoten twee gemaskerde schutters een man dood").
    let source_span = d.source.as_ref().filter(|s| flags.victim || matches!(s.sector.as_deref(), Some("REB" | "CRM"))).and_then(|s| s.span).filter(|&[start, _]| {
        field.is_some_and(|f| f != CountField::Displaced)
            && clause.iter().any(|m| actor_of(m).is_some_and(|a| a.persons || a.single) && (start < m.span[0] || start >= m.span[1]))
    });
    let is_source = |m: &Mention| {
        source_span.is_some_and(|[start, end]| {
            let counts_them = || {
                let gap = &text[m.span[1]..start];
                gap.split_whitespace().count() <= 1 && !gap.contains([',', ';', ':', '.'])
            };
            (start >= m.span[0] && end <= m.span[1]) || (matches!(m.kind, MentionKind::Number(_)) && m.span[1] <= start && counts_them())
        })
    };
    let bare_place = |n: &Mention| n.first == d.last || (n.last + 1 == d.first && unknown(n.last)) || (n.last + 2 == d.first && stopword(n.last) && unknown(n.last + 1));
    for m in clause.iter().filter(|m| (!flags.adjunct || m.first >= d.last) && near(m) && after_part(m)) {
        if matches!(m.kind, MentionKind::Number(_)) && (part_of_them(m) || is_source(m)) {
            continue;
        }
        match &m.kind {
            MentionKind::Number(n) => {
                // A bare number right after the trigger counts for it ("wounding 20").
                // It wins over people counted elsewhere in the clause ("killed 55 people and
                // wounded 146": 146 are wounded).
                // Right before it too ("waarbij negen soldaten omkwamen en vier gewond raakten"),
                // unless it reads as a year ("in 2024 aangehouden").
                let right_before = m.last == d.first && n.value.is_some_and(|v| !(1900..=2100).contains(&v));
                // "The number of people killed ... rose to 15".
                let risen = d.last <= m.first && clause.iter().any(|x| x.last == m.first && matches!(x.kind, MentionKind::Word(WordClass::RiseTo)));
                let bare = field.filter(|_| n.field.is_none() && (bare_place(m) || right_before || risen));
                if let (Some(f), Some(v)) = (n.field.or(bare), n.value) {
                    let slot = &mut d.counts[field_index(f)];
                    *slot = if bare.is_some() { Some(v) } else { slot.or(Some(v)) };
                    d.number_spans.push(m.span);
                }
            }
            MentionKind::Actor(a) if a.count.is_some() && !(coordinated && m.last <= d.first) && !is_source(m) => {
                let bare_follows = clause.iter().any(|n| bare_place(n) && !part_of_them(n) && !is_source(n) && matches!(&n.kind, MentionKind::Number(x) if x.field.is_none() && x.value.is_some()));
                if let Some(f) = field.filter(|_| !bare_follows) {
                    d.counts[field_index(f)].get_or_insert(a.count.unwrap_or(0));
                    // The number stands just before the counted people.
                    if let Some(n) = clause.iter().find(|n| matches!(n.kind, MentionKind::Number(_)) && (n.last == m.first || n.last + 1 == m.first)) {
                        d.number_spans.push(n.span);
                    }
                }
            }
            _ => {}
        }
    }
    // "killed three soldiers and two civilians", "drie militairen en twee burgers kwamen om":
    // groups of people joined by "and" add up.
    if let Some(f) = field {
        add_listed_groups(d, clause, f);
    }
    // Nothing counted them, but "a police officer was killed" is one person.
    if let Some(f) = field.filter(|f| *f != CountField::Displaced) {
        let slot = &mut d.counts[field_index(f)];
        if slot.is_none() && clause.iter().any(|m| actor_of(m).is_some_and(|a| a.single) && (!flags.adjunct || m.first >= d.last)) {
            *slot = Some(1);
        }
    }
}

/// Adds to the count in `field` the people of groups listed after the first counted one.
fn add_listed_groups(d: &mut Draft, clause: &[&Mention], field: CountField) {
    let slot = &mut d.counts[field_index(field)];
    let Some(total) = *slot else { return };
    // Each counted group with the word it starts at (its number, or its article).
    let groups: Vec<(u32, u32, u64)> = clause
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Actor(a) if a.persons && (a.count.is_some() || a.single) => {
                let number = clause.iter().find(|n| n.last == m.first && matches!(n.kind, MentionKind::Number(_)));
                let start = number.map_or(m.first.saturating_sub(u32::from(a.single)), |n| n.first);
                Some((start, m.last, a.count.unwrap_or(1)))
            }
            _ => None,
        })
        .collect();
    // Only "and" joins: after a comma the groups may spell out the count before ("killing two
    // people, a soldier and a YBS fighter").
    let joined = |end: u32, start: u32| start == end + 1 && coordinated(clause, start);
    // The list must start with the group the count was read from.
    let Some(first) = groups.iter().position(|g| g.2 == total) else { return };
    let mut sum = total;
    for pair in groups[first..].windows(2) {
        if !joined(pair[0].1, pair[1].0) {
            break;
        }
        sum += pair[1].2;
    }
    *slot = Some(sum);
}

fn intent(clause: &[&Mention], sentence: &[&Mention], trigger: u32, planned_flag: bool, lexicon: &Lexicon, codebook: &Codebook, verb: u32) -> Intent {
    let before = |class: WordClass, reach: u32| {
        clause.iter().any(|m| matches!(m.kind, MentionKind::Word(k) if k == class) && m.first < trigger + 2 && m.first + reach >= trigger)
    };
    let event_type = codebook.cameo(&lexicon.verbs[verb as usize].cameo).and_then(|c| c.event_type);
    // "X denied attacking": the denial governs the trigger right after it, not a verb after "and".
    let denial = sentence.iter().filter(|m| matches!(m.kind, MentionKind::Word(WordClass::Deny)) && m.first < trigger).map(|m| m.last).max();
    if let Some(d) = denial {
        let coordinated = sentence.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Coord | WordClass::Clause)) && m.first >= d && m.first < trigger);
        if !coordinated && d + MODAL_REACH >= trigger {
            return Intent::Denied;
        }
    }
    if before(WordClass::Negation, MODAL_REACH) {
        return Intent::Negated;
    }
    if event_type != Some(EventType::Threaten) && before(WordClass::Threat, MODAL_REACH + 4) {
        return Intent::Threatened;
    }
    // "zouden tientallen terroristen zijn geneutraliseerd", "zou gewond zijn geraakt": a modal of
    // hearsay before a perfect at the trigger reports a past happening at second hand.
    let hearsay = clause.iter().find(|m| matches!(m.kind, MentionKind::Word(WordClass::Hearsay)) && m.first < trigger && m.first + MODAL_REACH + 4 >= trigger);
    let reported_past = hearsay.is_some_and(|q| clause.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Perfect)) && m.first > q.first && (m.last == trigger || m.first == trigger + 1)));
    if !planned_flag && reported_past {
        return Intent::Actual;
    }
    if planned_flag || before(WordClass::Planned, MODAL_REACH + 4) {
        // "would target U.S. warships if the strikes continued", "would kill the hostages
        // unless ...": violence promised on a condition is threatened.
        let violent = matches!(event_type, Some(EventType::Assault | EventType::Coerce));
        if violent && sentence.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Condition)) && m.first > trigger) {
            return Intent::Threatened;
        }
        return Intent::Planned;
    }
    Intent::Actual
}

/// How many words nearer to the trigger a place after a locative counts as.
const LOCATED: i64 = 20;

/// The place where it happened: in the clause after a locative, else anywhere in the sentence;
/// never a place in the attribution after the trigger ("..., according to mediators in
/// Jeddah"), which is where it was said. The flag is false for a place only guessed from where
/// someone came from or was taken. With `whither`, a place after "to"/"naar" is located too:
/// forces are deployed where they are sent.
fn location(clause: &[&Mention], sentence: &[&Mention], trigger: u32, whither: bool, words: &[Word], text: &str, lexicon: &Lexicon) -> Option<(Place, bool)> {
    let first_after = |class: WordClass, from: u32| sentence.iter().find(|m| matches!(m.kind, MentionKind::Word(c) if c == class) && m.first > from);
    // After "said" comes who said it ("..., said a teacher who joined the march in Uruapan").
    let speech = first_after(WordClass::Speech, trigger).map_or(u32::MAX, |m| m.first);
    // After "volgens" or "according to" the source's words run to a comma, or in Dutch to the
    // object the clause goes on with ("troffen volgens de generale staf in Kyiv een raffinaderij
    // in Saratov").
    let (source_from, source_to) = match first_after(WordClass::Attribution, trigger) {
        Some(a) => {
            let comma = (a.last as usize + 1..words.len()).find(|&w| words[w].comma_before).map_or(u32::MAX, |w| w as u32);
            let object = (a.last as usize + 1..words.len().min(a.last as usize + 12))
                .find(|&w| lexicon.is_indefinite(&text[words[w].ostart as usize..words[w].oend as usize]))
                .map_or(u32::MAX, |w| w as u32);
            (a.first, comma.min(object))
        }
        None => (u32::MAX, u32::MAX),
    };
    let places = |ms: &[&Mention]| -> Option<(Place, bool)> {
        let mut best: Option<(&Place, i64, bool)> = None;
        for m in ms {
            if m.first > speech || (m.first > source_from && m.first < source_to) {
                continue;
            }
            if let MentionKind::Place(p) = &m.kind {
                if bears_on_place(sentence, m) {
                    continue;
                }
                // Finer places win; nearer to the trigger wins among equals. A place someone
                // came from ("stuurde politie vanuit Bagdad naar Kirkuk") only when there is no other.
                let origin = sentence.iter().any(|o| o.last == m.first && matches!(o.kind, MentionKind::Word(WordClass::Origin)));
                let fine = if origin { -2000 } else if p.precision == PlacePrecision::Country { 0 } else { 1000 };
                // A place a locative opens ("embassies in Kinshasa", "In Brussels, ...") says
                // where; one without may be whence, whither or part of a name ("the
                // Belgrade-Pristina Dialogue").
                let located = sentence.iter().any(|o| o.last == m.first && matches!(o.kind, MentionKind::Word(c) if c == WordClass::Locative || whither && c == WordClass::Toward));
                let score = fine + if located { LOCATED } else { 0 } - (m.first as i64 - trigger as i64).abs();
                if best.is_none_or(|(_, s, _)| score > s) {
                    best = Some((p, score, !origin));
                }
            }
        }
        best.map(|(p, _, own)| (p.clone(), own))
    };
    // A place someone was only brought from or to is the event's as a guess, like an inherited
    // one: it lends itself to no later event.
    places(clause).or_else(|| places(sentence))
}

/// How many words a distance ("about 50 km") may put between a place and the bearing after it.
const BEARING_REACH: u32 = 5;

/// Whether the place `m` follows "north of" or "ten noorden van" just after another place of
/// its country ("near Tarmiyah, 50 km north of Baghdad"): it tells where that place lies, not
/// where it happened. A place of another country there is a namesake the gazetteer found for a
/// village it lacks ("Bani, north of Dori" read as Baní in the Dominican Republic), so the
/// bearing's place stays the best guess.
fn bears_on_place(sentence: &[&Mention], m: &Mention) -> bool {
    let MentionKind::Place(here) = &m.kind else { return false };
    let Some(bearing) = sentence.iter().find(|o| o.last == m.first && matches!(o.kind, MentionKind::Word(WordClass::Bearing))) else { return false };
    sentence.iter().any(|p| matches!(&p.kind, MentionKind::Place(q) if q.country == here.country) && p.last <= bearing.first && bearing.first - p.last <= BEARING_REACH)
}

fn time_of(sentence: &[&Mention]) -> Option<(u8, u8)> {
    sentence.iter().find_map(|m| match &m.kind {
        MentionKind::Date(d) => d.time,
        _ => None,
    })
}

fn date_of(sentence: &[&Mention]) -> Option<kroniek_types::Date> {
    date_mention(sentence).map(|(date, _)| date)
}

/// The first date (not a clock time) among `mentions`, with the words it was read from.
/// A year alone yields to a day, week or month named in the same words ("The group, formed
/// in 2011, attacked a base on Monday"), and a month to a day within it. A day or week after
/// "since" starts a tally and is skipped ("killed, bringing the total since Tuesday to 105").
fn date_mention(mentions: &[&Mention]) -> Option<(kroniek_types::Date, kroniek_types::Span)> {
    date_mention_by(mentions, |_| true)
}

/// Like [`date_mention`], among the mentions `keep` accepts.
fn date_mention_by(mentions: &[&Mention], keep: impl Fn(&Mention) -> bool) -> Option<(kroniek_types::Date, kroniek_types::Span)> {
    let dates = || {
        mentions.iter().filter(|m| keep(m)).filter_map(|m| match &m.kind {
            MentionKind::Date(d) if d.time.is_none() && !starts_tally(mentions, m, d.date) && !ends_period(mentions, m) => Some((d.date, m.span)),
            _ => None,
        })
    };
    let first = dates().find(|(d, _)| d.precision != kroniek_types::Precision::Year).or_else(|| dates().next())?;
    // "Earlier this month, on Feb. 3": a finer date within the first one says when.
    Some(dates().find(|(d, _)| d.precision < first.0.precision && d.overlaps(first.0)).unwrap_or(first))
}

/// How many words from its trigger "eerder al" or "previously" may stand to make it background.
const EARLIER_REACH: u32 = 2;

/// Whether the date mention `m` follows "until" or "tot en met": the end of a period ("the
/// curfew holds until Sunday"), not when anything happened.
fn ends_period(mentions: &[&Mention], m: &Mention) -> bool {
    mentions.iter().any(|w| matches!(w.kind, MentionKind::Word(WordClass::Until)) && opens_date(mentions, w, m))
}

/// Whether the date mention `m` comes right after the word `w`, a day number before its month
/// included: the month is where a date mention starts, so "until 30 November" has "30" between.
fn opens_date(mentions: &[&Mention], w: &Mention, m: &Mention) -> bool {
    w.last == m.first || mentions.iter().any(|n| matches!(n.kind, MentionKind::Number(_)) && n.first == w.last && n.last == m.first)
}

/// Whether `date`, read at `m`, is a day or week right after "since": the start of a tally.
fn starts_tally(mentions: &[&Mention], m: &Mention, date: kroniek_types::Date) -> bool {
    date.precision <= kroniek_types::Precision::Week && mentions.iter().any(|w| matches!(w.kind, MentionKind::Word(WordClass::Since)) && w.last == m.first)
}

/// The day or week a tally in `sentence` starts from ("since Tuesday").
fn tally_start(sentence: &[&Mention]) -> Option<kroniek_types::Date> {
    sentence.iter().find_map(|m| match &m.kind {
        MentionKind::Date(d) if d.time.is_none() && starts_tally(sentence, m, d.date) => Some(d.date),
        _ => None,
    })
}

/// Whether the date read at `span` follows a speech word ("said on Wednesday", "zei
/// woensdag"): it dates the telling, not what was told.
fn told_on(sentence: &[&Mention], span: kroniek_types::Span) -> bool {
    let Some(date) = sentence.iter().find(|m| m.span == span) else { return false };
    sentence.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Speech)) && m.last <= date.first && date.first <= m.last + 2)
}

/// Relative clauses take their subject from the clause before ("militairen, die doelen
/// aanvielen"); complements of agreements are planned and take the agreeing parties.
/// `sentence`: the sentence's mentions.
/// "Pakistan's foreign office rejected the accusation": a rejection that names no one rejects
/// what the last accuser of another country said, so that accuser is its target.
fn answer_accusations(drafts: &mut [Draft], lexicon: &Lexicon, codebook: &Codebook) {
    let country = |a: &Option<Actor>| a.as_ref().and_then(|x| x.country.clone());
    let mut accusers: Vec<Actor> = Vec::new();
    for d in drafts.iter_mut().filter(|d| !d.dropped) {
        match type_of(d, lexicon, codebook) {
            Some(EventType::Accuse) => accusers.extend(d.source.clone().filter(|a| a.country.is_some())),
            Some(EventType::Reject) if d.target.is_none() => {
                let own = country(&d.source);
                if own.is_some() {
                    d.target = accusers.iter().rev().find(|a| a.country != own).cloned();
                }
            }
            _ => {}
        }
    }
}

fn inherit_within_sentence(drafts: &mut [Draft], cls: &[Clause], sentence: &[&Mention], lexicon: &Lexicon, codebook: &Codebook) {
    let speech_between = |from: u32, to: u32| sentence.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Speech)) && from <= m.first && m.first < to);
    let agrees = |d: &Draft| type_of(d, lexicon, codebook) == Some(EventType::Agree);
    let material = |d: &Draft| matches!(type_of(d, lexicon, codebook), Some(EventType::Assault | EventType::Coerce | EventType::Retreat | EventType::Mobilize | EventType::Aid | EventType::Protest));
    // "de Colombiaanse president Gustavo Petro, die Peru beschuldigde van ...": in a relative
    // clause about an actor, the pronoun is the subject, and an actor before a verb at the
    // clause's end is its object. About a thing ("het dorp, dat rebellen innamen") the actor
    // is the subject.
    for d in drafts.iter_mut() {
        let clause = cls[d.clause];
        let flags = &lexicon.verbs[d.verb as usize].flags;
        if clause.kind != ClauseKind::Relative || d.target.is_some() || flags.victim || flags.noun {
            continue;
        }
        if !sentence.iter().any(|m| m.first == clause.first && matches!(m.kind, MentionKind::Word(WordClass::SubjectRelative))) {
            continue;
        }
        let Some(span) = d.source.as_ref().and_then(|a| a.span) else { continue };
        let before_verb = sentence.iter().any(|m| m.first > clause.first && m.last <= d.first && m.span[0] <= span[0] && span[1] <= m.span[1] && actor_of(m).is_some());
        let antecedent = sentence.iter().rev().find(|m| m.last == clause.first && actor_of(m).is_some()).and_then(|m| actor_of(m)?.actors.first());
        if let Some(antecedent) = antecedent.filter(|a| before_verb && d.source.as_ref().is_some_and(|s| s.code != a.code)) {
            d.target = d.source.replace(antecedent.clone());
        }
    }
    for i in 0..drafts.len() {
        let ci = drafts[i].clause;
        if ci == 0 || drafts[i].source.is_some() {
            continue;
        }
        let Some(host) = drafts[..i].iter().rposition(|p| p.clause < ci && (p.source.is_some() || p.target.is_some())) else { continue };
        let prev = &drafts[host];
        let (src, tgt, others) = (prev.source.clone(), prev.target.clone(), prev.others.clone());
        match cls[ci].kind {
            ClauseKind::Relative => {
                drafts[i].source = last_named(prev).or(src);
            }
            // "..., and the ministry said that 43 people had been detained": what someone said
            // after the host is a report of its own.
            ClauseKind::Complement if speech_between(prev.last, cls[ci].first) => {}
            // "said more than 700 people had fled ..., and that its volunteers had distributed
            // food": after a happening, "that" goes back to the speech verb.
            ClauseKind::Complement if material(&drafts[host]) => {}
            ClauseKind::Complement if !agrees(&drafts[host]) => {
                // "warned that an intervention would mean war", "demanded that the RSF end its
                // siege": what is threatened or asked for is the content, not a second event.
                drafts[i].dropped = true;
            }
            ClauseKind::Complement => {
                drafts[i].source = src;
                if drafts[i].target.is_none() {
                    drafts[i].others.extend(tgt);
                }
                drafts[i].others.extend(others);
                if drafts[i].intent == Intent::Actual {
                    drafts[i].intent = Intent::Planned;
                }
                // The agreement is the complement's planned event, not a second one.
                let j = drafts[..i].iter().rposition(|p| p.clause < ci).expect("found above");
                drafts[j].dropped = true;
            }
            // An opening subordinate clause lends its actors to nothing after it.
            ClauseKind::Opened => {}
            ClauseKind::Main | ClauseKind::Resumed => {
                // A pronoun subject ("waarbij ze ...") continues the previous clause's actor.
                if drafts[i].target.is_none() && drafts[i].counts.iter().all(Option::is_none) {
                    drafts[i].source = src;
                }
            }
        }
    }
}

/// "called on the government to send more soldiers", "riep de regering op meer soldaten te
/// sturen": a trigger that is an infinitive after a request is what was asked, not a happening
/// of its own. A clause or coordination word between ends the request ("..., as Israel struck
/// Gaza again").
fn drop_what_was_asked(drafts: &mut [Draft], sentence: &[&Mention], words: &[Word], text: &str, lexicon: &Lexicon, codebook: &Codebook) {
    let infinitive = |d: &Draft| (d.first.saturating_sub(1)..d.end).any(|w| words.get(w as usize).is_some_and(|x| lexicon.is_infinitive_marker(&text[x.ostart as usize..x.oend as usize])));
    for j in 0..drafts.len() {
        if drafts[j].dropped || type_of(&drafts[j], lexicon, codebook) != Some(EventType::Request) {
            continue;
        }
        let asked_at = drafts[j].last;
        for d in drafts.iter_mut().skip(j + 1) {
            if d.first < asked_at {
                continue;
            }
            if sentence.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Coord | WordClass::Clause)) && m.first >= asked_at && m.first < d.first) {
                break;
            }
            if type_of(d, lexicon, codebook) != Some(EventType::Request) && infinitive(d) {
                d.dropped = true;
            }
        }
    }
}

/// How many words after a condemning verb the attack it condemns may start ("veroordeelde de
/// Israëlische aanvallen", "condemned the deadly Israeli strikes").
const CONDEMNED_REACH: u32 = 4;

/// Marks condemnations whose object is an attack noun ("condemned the strikes"), in one
/// sentence's drafts, when they name no target of their own.
fn find_condemned_attacks(drafts: &mut [Draft], sentence: &[&Mention], lexicon: &Lexicon, codebook: &Codebook) {
    let attack_noun = |m: &Mention| match m.kind {
        MentionKind::Trigger { verb, part: 0 } => {
            let v = &lexicon.verbs[verb as usize];
            v.flags.noun && codebook.cameo(&v.cameo).and_then(|c| c.event_type) == Some(EventType::Assault)
        }
        _ => false,
    };
    for d in drafts.iter_mut().filter(|d| !d.dropped && d.target.is_none() && d.source.is_some()) {
        if type_of(d, lexicon, codebook) == Some(EventType::Accuse) {
            d.condemns = sentence.iter().find(|m| m.first >= d.end && m.first <= d.end + CONDEMNED_REACH && attack_noun(m)).map(|m| m.first);
        }
    }
}

/// "Israeli jets struck the port on Monday. Iran condemned the strikes ...": a condemnation
/// of an attack targets who carried it out, told with the attack noun ("de Israëlische
/// aanvallen") or, when the noun names no one and a state condemns, in the last attack of the
/// news told before, when another country carried it out (civilians are no attackers here). An
/// international body condemns attacks of a country's own forces as often as of its enemies:
/// only the noun's actor says which.
fn condemn_the_attacker(drafts: &mut [Draft], published: Option<kroniek_types::Date>, lexicon: &Lexicon, codebook: &Codebook) {
    for i in 0..drafts.len() {
        let Some(noun) = drafts[i].condemns.filter(|_| !drafts[i].dropped && drafts[i].target.is_none()) else { continue };
        let own = drafts[i].source.as_ref().and_then(|a| a.country.clone());
        let other = |a: &Actor| a.country.is_some() && a.country != own;
        let sentence = drafts[i].sentence;
        let attacker = drafts
            .iter()
            .find(|d| d.sentence == sentence && d.first == noun)
            .and_then(|d| d.source.clone())
            .filter(other)
            .or_else(|| {
                own.as_ref()?;
                let last = drafts[..i].iter().rev().find(|d| !d.dropped && d.sentence < sentence && type_of(d, lexicon, codebook) == Some(EventType::Assault) && !d.is_background(published))?;
                last.source.clone().filter(|a| other(a) && a.sector.as_deref() != Some("CVL"))
            });
        drafts[i].target = attacker;
    }
}

/// How many sentences back a claim of responsibility may reach for the deed it claims.
const CLAIM_REACH: usize = 6;

/// "Gunmen killed 137 people at a concert hall. Islamic State claimed responsibility": a claim
/// is no event of its own; the claimer did the deed of its kind told last before it (or, when
/// none was, after it in its sentence), and the deeds of that kind told before on its day
/// (the headline's, the wounded's), where those name no doer or only a generic one
/// ("gunmen"). "No group has claimed it" credits no one.
fn credit_claims(drafts: &mut [Draft], published: Option<kroniek_types::Date>, lexicon: &Lexicon, codebook: &Codebook) {
    let claimed = |d: &Draft| {
        let verb = &lexicon.verbs[d.verb as usize];
        verb.flags.claim.then(|| codebook.cameo(&verb.cameo).and_then(|c| c.event_type)).flatten()
    };
    for i in 0..drafts.len() {
        let Some(kind) = claimed(&drafts[i]).filter(|_| !drafts[i].dropped) else { continue };
        drafts[i].dropped = true;
        let Some(claimer) = drafts[i].source.clone().filter(|_| drafts[i].intent == Intent::Actual) else { continue };
        let sentence = drafts[i].sentence;
        let deed = |d: &Draft| !d.dropped && type_of(d, lexicon, codebook) == Some(kind) && !d.is_background(published);
        let window = || (0..i).rev().take_while(|&j| drafts[j].sentence + CLAIM_REACH >= sentence);
        let Some(last) = window().find(|&j| deed(&drafts[j])).or_else(|| (i + 1..drafts.len()).take_while(|&j| drafts[j].sentence == sentence).find(|&j| deed(&drafts[j]))) else { continue };
        let day = drafts[last].date;
        let unclaimed = |d: &Draft| {
            d.source.as_ref().is_none_or(|s| s.org.is_none() && s.sector.as_deref() == Some("REB") && claimer.org.is_some())
                && d.target.as_ref().is_none_or(|t| t.code != claimer.code)
        };
        let credited: Vec<usize> = (0..i).chain([last]).filter(|&j| (j == last || deed(&drafts[j]) && drafts[j].date == day) && unclaimed(&drafts[j])).collect();
        for j in credited {
            drafts[j].source = Some(claimer.clone());
        }
    }
}

/// How many words after the accusing verb the accused may stand ("accused the Taliban
/// government of", "beschuldigt buurland Rwanda ervan").
const ACCUSED_REACH: u32 = 4;

/// "accused the army of killing 48 civilians", "beschuldigde Oekraïne ervan een ziekenhuis te
/// hebben beschoten": the happening after an accusation is what the accused, the actor right
/// after the accusing verb, did, to whomever the text names after it; the accuser is neither
/// side of it.
fn blame_the_accused(drafts: &mut [Draft], sentence: &[&Mention], words: &[Word], lexicon: &Lexicon, codebook: &Codebook) {
    let breaks = |m: &Mention| matches!(m.kind, MentionKind::Word(WordClass::Coord | WordClass::Clause));
    let first_actor = |from: u32, to: u32, not: &str| sentence.iter().filter(|m| m.first >= from && m.first < to).find_map(|m| actor_of(m).and_then(|a| a.actors.first()).filter(|a| a.code != not));
    let starts_within = |a: &Actor, from: u32, to: u32| {
        let (Some(from), Some(to)) = (words.get(from as usize), words.get(to as usize)) else { return false };
        a.span.is_some_and(|[start, _]| start >= from.ostart as usize && start < to.ostart as usize)
    };
    for j in 0..drafts.len() {
        // Accusing (CAMEO 112), not condemning: "condemned the attack on civilians" names
        // the victims.
        if drafts[j].dropped || !lexicon.verbs[drafts[j].verb as usize].cameo.starts_with("112") {
            continue;
        }
        let Some(accuser) = drafts[j].source.clone() else { continue };
        let accused_at = drafts[j].end;
        for i in j + 1..drafts.len() {
            let (first, end) = (drafts[i].first, drafts[i].end);
            if drafts[i].dropped || first < accused_at || sentence.iter().any(|m| breaks(m) && m.first >= accused_at && m.first < first) {
                break;
            }
            // The accusation's own target where it stands between the two verbs (a seat of
            // government read as its government), else the actor right after the verb.
            let accused = drafts[j]
                .target
                .clone()
                .filter(|t| t.code != accuser.code && starts_within(t, accused_at, first))
                .or_else(|| first_actor(accused_at, first.min(accused_at + ACCUSED_REACH), &accuser.code).cloned());
            let Some(accused) = accused else { break };
            // What the accused did, not what was said or answered after.
            let said = matches!(type_of(&drafts[i], lexicon, codebook), Some(EventType::Accuse | EventType::Reject | EventType::Request | EventType::Consult | EventType::Agree));
            if said || drafts[i].source.as_ref().is_none_or(|s| s.code != accuser.code) {
                continue;
            }
            let clause_end = sentence.iter().find(|m| breaks(m) && m.first >= end).map_or(u32::MAX, |m| m.first);
            let neither = |a: &Actor| a.code != accused.code && a.code != accuser.code;
            let own = drafts[i].target.take().filter(neither);
            drafts[i].target = own.or_else(|| first_actor(end, clause_end, &accused.code).filter(|a| neither(a)).cloned());
            drafts[j].target = Some(accused.clone());
            drafts[i].source = Some(accused);
        }
    }
}

/// "Hezbollah zei dat de aanval niet onbeantwoord zal blijven", "said that the attack would
/// not go unpunished": a threat or refusal told in a complement of a speech verb with no actor
/// of its own is the speaker's. What happened or was demanded ("said that 43 people had been
/// detained", "zeggen dat de ontvoerders losgeld eisen") has doers of its own, whom the speaker
/// only reports.
///
/// A quotation before ", Putin said" or ", zei Poetin" is the same: "\"Traitors will be punished,\"
/// Putin said" is Putin's threat, "\"We condemn this attack,\" the minister said" the minister's
/// accusation.
fn speakers_speak(drafts: &mut [Draft], cls: &[Clause], sentence: &[&Mention], lexicon: &Lexicon, codebook: &Codebook) {
    let said_after = |d: &Draft| {
        let speech = sentence.iter().find(|m| matches!(m.kind, MentionKind::Word(WordClass::Speech)) && m.first >= d.last)?;
        let speaker = sentence.iter().find(|a| actor_of(a).is_some() && (a.last == speech.first || a.first == speech.last))?;
        actor_of(speaker)?.actors.first().cloned()
    };
    for d in drafts.iter_mut().filter(|d| !d.dropped && d.source.is_none()) {
        if matches!(type_of(d, lexicon, codebook), Some(EventType::Threaten | EventType::Reject | EventType::Accuse | EventType::Request)) {
            if let Some(speaker) = said_after(d).filter(|a| d.target.as_ref().is_none_or(|t| t.code != a.code)) {
                d.source = Some(speaker);
                continue;
            }
        }
        let Some(ci) = cls.iter().position(|c| c.holds(d.first)).filter(|&ci| ci > 0 && cls[ci].kind == ClauseKind::Complement) else { continue };
        let spoken = matches!(type_of(d, lexicon, codebook), Some(EventType::Threaten | EventType::Reject));
        let after_speech = sentence.iter().any(|m| matches!(m.kind, MentionKind::Word(WordClass::Speech)) && m.last <= cls[ci].first && m.last + 2 >= cls[ci].first);
        if spoken && after_speech {
            d.source = clause_subject(sentence, &cls[ci - 1]).and_then(|a| a.into_iter().next()).filter(|a| d.target.as_ref().is_none_or(|t| t.code != a.code));
        }
    }
}

/// The actor named last in a draft's clause: the antecedent of a relative pronoun.
fn last_named(d: &Draft) -> Option<Actor> {
    d.others.last().cloned().or_else(|| d.target.clone())
}

/// Several triggers for one happening in a sentence ("bij de aanval kwamen 5 mensen om"):
/// same PLOVER type merges; a count-only trigger (fled) gives its count to the sentence's event.
fn merge_same_happening(drafts: &mut [Draft], lexicon: &Lexicon, codebook: &Codebook) {
    // "heeft de avondklok opgeheven", "lifted a curfew": the restriction a concession eases is
    // its object, not a new restriction.
    let eases = |d: &Draft| matches!(type_of(d, lexicon, codebook), Some(EventType::Retreat | EventType::Concede));
    // Administrative restrictions (CAMEO 172x): curfews, states of emergency, bans.
    let restricts = |d: &Draft| lexicon.verbs[d.verb as usize].cameo.starts_with("172");
    if drafts.iter().any(restricts) && drafts.iter().any(eases) {
        for i in 0..drafts.len() {
            if restricts(&drafts[i]) && drafts.iter().any(|d| !d.dropped && d.clause == drafts[i].clause && eases(d)) {
                drafts[i].dropped = true;
            }
        }
    }
    for i in 0..drafts.len() {
        if drafts[i].dropped {
            continue;
        }
        // "..., killing two soldiers": the counts belong to the event before, when that is an
        // attack; "overran a base, killing 14 soldiers" is an attack of its own besides the
        // seizure.
        if lexicon.verbs[drafts[i].verb as usize].flags.adjunct {
            if let Some(j) = (0..i).rev().find(|&j| !drafts[j].dropped && !lexicon.verbs[drafts[j].verb as usize].flags.adjunct) {
                let attack = |d: &Draft| type_of(d, lexicon, codebook) == Some(EventType::Assault);
                if attack(&drafts[j]) || !attack(&drafts[i]) {
                    fold_counts_into(drafts, j, i);
                    continue;
                }
                let (host, rest) = drafts.split_at_mut(i);
                rest[0].source = rest[0].source.take().or_else(|| host[j].source.clone());
                rest[0].target = rest[0].target.take().or_else(|| host[j].target.clone());
            }
        }
        let ti = type_of(&drafts[i], lexicon, codebook);
        let count_only = lexicon.verbs[drafts[i].verb as usize].flags.count == Some(CountField::Displaced);
        let host = (0..drafts.len()).find(|&j| {
            j != i
                && !drafts[j].dropped
                && ((type_of(&drafts[j], lexicon, codebook) == ti && j < i && compatible(&drafts[i], &drafts[j]))
                    || (count_only && lexicon.verbs[drafts[j].verb as usize].flags.count != Some(CountField::Displaced)))
        });
        if let Some(j) = host {
            let (a, b) = if i < j { let (x, y) = drafts.split_at_mut(j); (&mut y[0], &mut x[i]) } else { let (x, y) = drafts.split_at_mut(i); (&mut x[j], &mut y[0]) };
            // a = host (j), b = merged away (i). The people a count-only trigger counts (the
            // displaced) are not the host's actors.
            if !count_only {
                a.source = narrower(a.source.take(), b.source.take());
                a.target = narrower(a.target.take(), b.target.take());
            }
            for k in 0..4 {
                a.counts[k] = a.counts[k].or(b.counts[k]);
            }
            a.location = a.location.take().or(b.location.take());
            let spans = std::mem::take(&mut b.number_spans);
            a.number_spans.extend(spans);
            b.dropped = true;
        }
    }
}

/// Attacks told in sentences close together are one when one of them only counts casualties and
/// nothing (actors, place) says they differ:
/// - "Vier mensen kwamen om het leven. Nog eens 28 raakten gewond.": the later counts join the
///   attack before, when they fill counts it lacks;
/// - "Twaalf Palestijnen kwamen om het leven. Volgens het ministerie openden Israëlische
///   militairen het vuur op een menigte.": the attack after the casualties names who did it.
fn merge_follow_up_counts(drafts: &mut [Draft], published: Option<kroniek_types::Date>, lexicon: &Lexicon, codebook: &Codebook) {
    let assault = |d: &Draft| type_of(d, lexicon, codebook) == Some(EventType::Assault);
    // Background ("since a ceasefire collapsed in November 2022") takes no count told of the
    // news after it, and the news none told of background ("In 2009, 58 people were killed").
    let background = |d: &Draft| d.is_background(published);
    let counts_only = |d: &Draft| {
        let flags = &lexicon.verbs[d.verb as usize].flags;
        d.source.is_none() && (flags.victim || flags.count.is_some()) && d.counts.iter().any(Option::is_some)
    };
    let victim_only = |d: &Draft| d.source.is_none() && lexicon.verbs[d.verb as usize].flags.victim && d.counts.iter().all(Option::is_none);
    for i in 1..drafts.len() {
        // The nearest attack before, in the sentence before or the one before that.
        let near = |j: &usize| drafts[*j].sentence + 2 >= drafts[i].sentence;
        let Some(j) = (0..i).rev().take_while(near).find(|&j| !drafts[j].dropped && assault(&drafts[j]) && background(&drafts[j]) == background(&drafts[i])) else { continue };
        let (p, d) = (&drafts[j], &drafts[i]);
        // A place of its own the attack before lacks, or one outside the attack's, makes it a
        // report of another attack.
        if d.dropped || d.sentence == p.sentence || !assault(d) || !same_place(d, p) || !compatible(d, p) {
            continue;
        }
        if counts_only(d) && (0..4).all(|k| d.counts[k].is_none() || p.counts[k].is_none()) {
            fold_counts_into(drafts, j, i);
        } else if victim_only(d) && p.source.is_some() {
            // "The priest was killed inside": who suffered the attack, told without a count.
            let (host, rest) = drafts.split_at_mut(i);
            let (a, b) = (&mut host[j], &mut rest[0]);
            a.target = narrower(a.target.take(), b.target.take());
            b.dropped = true;
        } else if counts_only(p) && d.source.is_some() && d.counts.iter().all(Option::is_none) && !dated_coarser(d, p) {
            let (host, rest) = drafts.split_at_mut(i);
            let (a, b) = (&mut host[j], &mut rest[0]);
            a.source = b.source.take();
            a.target = narrower(a.target.take(), b.target.take());
            if !a.pinned() && b.pinned() && b.date < a.date {
                a.take_day_of(b);
            }
            b.dropped = true;
        }
    }
}

/// "A military airstrike killed 17 people, officials said on Thursday. Two fighter jets bombed
/// the village late Wednesday night.": a lead that tells a happening without its day (or only
/// the day it was reported) is followed by the telling that pins it. The later sentence, when
/// it is the same kind of happening in the same place by compatible actors, gives its day and
/// joins the lead, unless both count the same people; a lead with no counts, or with the same
/// counts (a headline told again), joins the later sentence instead. Only the headline and the
/// first two body sentences (before `lead_end`) are a lead: later, an undated sentence is
/// background as often as not.
fn date_by_follow_up(drafts: &mut [Draft], lead_end: usize, lexicon: &Lexicon, codebook: &Codebook) {
    for j in 0..drafts.len() {
        if drafts[j].sentence >= lead_end {
            break;
        }
        if drafts[j].dropped || drafts[j].intent != Intent::Actual {
            continue;
        }
        let kind = type_of(&drafts[j], lexicon, codebook);
        // "Militants kill 14 soldiers in attack on army base" over "Militants overran a base
        // in Damboa, killing 14 soldiers": a headline that the lead tells again, counts and all,
        // is that event.
        let told_again = follow_ups(drafts, j).find(|&i| {
            let (p, d) = (&drafts[j], &drafts[i]);
            !d.dropped && d.sentence > p.sentence && p.counts.iter().any(Option::is_some) && d.counts == p.counts && type_of(d, lexicon, codebook) == kind && compatible(p, d) && same_place(d, p)
        });
        if let Some(i) = told_again {
            let (host, rest) = drafts.split_at_mut(i);
            host[j].give_way_to(&mut rest[0]);
            continue;
        }
        if drafts[j].pinned() {
            continue;
        }
        let Some(i) = follow_ups(drafts, j).find(|&i| {
            let (p, d) = (&drafts[j], &drafts[i]);
            !d.dropped && d.sentence > p.sentence && d.pinned() && d.intent == Intent::Actual && d.date < p.date && type_of(d, lexicon, codebook) == kind && compatible(p, d) && same_place(d, p)
        }) else {
            continue;
        };
        let (host, rest) = drafts.split_at_mut(i);
        let (p, d) = (&mut host[j], &mut rest[0]);
        // A lead without counts ("Fighting flares in eastern Congo") is told in full by the
        // sentence that pins it.
        if p.counts.iter().all(Option::is_none) {
            p.give_way_to(d);
            continue;
        }
        p.take_day_of(d);
        if (0..4).all(|k| d.counts[k].is_none() || p.counts[k].is_none()) {
            fold_counts_into(drafts, j, i);
            drafts[j].source = narrower(drafts[j].source.take(), drafts[i].source.take());
        }
    }
}

/// The drafts after draft `j` in its sentence or the two after it: where a lead is told again.
fn follow_ups(drafts: &[Draft], j: usize) -> impl Iterator<Item = usize> + '_ {
    (j + 1..drafts.len()).take_while(move |&i| drafts[i].sentence <= drafts[j].sentence + 2)
}

/// Whether the later draft `d` may tell of the same place as `p`: it names none, the same, or
/// one inside the other's.
fn same_place(d: &Draft, p: &Draft) -> bool {
    match (&d.location, &p.location) {
        (Some(a), Some(b)) => a.0.name == b.0.name || within(&a.0, &b.0) || within(&b.0, &a.0),
        (Some(_), None) => false,
        _ => true,
    }
}

/// Whether `town` lies in `area`, a province or country.
fn within(town: &Place, area: &Place) -> bool {
    town.country == area.country
        && match area.precision {
            PlacePrecision::Admin1 => town.admin1 == area.admin1,
            PlacePrecision::Country => true,
            _ => false,
        }
}

/// Moves draft `i`'s counts (and a narrower target) into the earlier draft `j < i`, and drops
/// draft `i`.
fn fold_counts_into(drafts: &mut [Draft], j: usize, i: usize) {
    let (host, rest) = drafts.split_at_mut(i);
    let (a, b) = (&mut host[j], &mut rest[0]);
    for k in 0..4 {
        a.counts[k] = a.counts[k].or(b.counts[k]);
    }
    a.target = narrower(a.target.take(), b.target.take());
    a.number_spans.append(&mut b.number_spans);
    b.dropped = true;
}

/// A draft's PLOVER type, from its trigger's CAMEO code. A claim of responsibility has none: it
/// is no happening of its own ([`credit_claims`]).
fn type_of(d: &Draft, lexicon: &Lexicon, codebook: &Codebook) -> Option<EventType> {
    let verb = &lexicon.verbs[d.verb as usize];
    codebook.cameo(&verb.cameo).and_then(|c| c.event_type).filter(|_| !verb.flags.claim)
}

/// "In October 2022, two car bombs killed more than 100 people. A government offensive launched
/// that year ...": a telling dated by a date of its own coarser than the other's is a happening
/// of its own, not the other told again.
fn dated_coarser(d: &Draft, than: &Draft) -> bool {
    matches!((d.date, than.date), (Some(x), Some(y)) if d.date_span.is_some() && than.date_span.is_some() && x.precision > y.precision)
}

/// A country, or one of its sectors, as an actor the coder infers: named by the words `text`.
fn country_actor(country: &Country, sector: Option<&str>, text: SmolStr, span: Option<kroniek_types::Span>) -> Actor {
    Actor {
        text,
        name: country.name.clone(),
        code: match sector {
            Some(sector) => format!("{}{sector}", country.iso3).into(),
            None => country.iso3.clone(),
        },
        country: Some(country.iso3.clone()),
        org: None,
        sector: sector.map(SmolStr::from),
        span,
    }
}

/// Of two readings of one actor, the more specific ("UKRCVL" over "UKR").
fn narrower(a: Option<Actor>, b: Option<Actor>) -> Option<Actor> {
    match (a, b) {
        (Some(a), Some(b)) if b.code.len() > a.code.len() => Some(b),
        (a, b) => a.or(b),
    }
}

/// Two drafts may be one happening when their actors do not contradict (unknown, equal, or one
/// a narrower code of the other: "UKR" the country, "UKRCVL" its civilians) and neither do
/// the dates they name ("the killing of a clan leader in May" is not Monday's arson).
fn compatible(a: &Draft, b: &Draft) -> bool {
    let same = |x: &Option<Actor>, y: &Option<Actor>| match (x, y) {
        (Some(x), Some(y)) => x.code.starts_with(y.code.as_str()) || y.code.starts_with(x.code.as_str()),
        _ => true,
    };
    // Each told with a date of its own, and the dates lie apart: two happenings. A night spans
    // two days ("in de nacht van maandag op dinsdag").
    let own_date = |d: &Draft| d.date.filter(|_| d.date_span.is_some() && !d.told_on);
    let dated_apart = matches!((own_date(a), own_date(b)), (Some(x), Some(y)) if !x.overlaps(y) && (x.days() - y.days()).abs() > 1);
    same(&a.source, &b.source) && same(&a.target, &b.target) && !dated_apart
}

/// "Om middernacht moet een staakt-het-vuren ingaan. Dat hebben Erdogan en Poetin afgesproken."
/// A sentence opening with a pronoun lends its actors to the actorless events before it.
fn link_pronoun_sentences(drafts: &mut [Draft], lexicon: &Lexicon, codebook: &Codebook) {
    let mode_of = |d: &Draft| {
        let verb = &lexicon.verbs[d.verb as usize];
        verb.flags.mode.clone().or_else(|| codebook.cameo(&verb.cameo).and_then(|c| c.mode.clone()))
    };
    for i in 0..drafts.len() {
        if drafts[i].dropped || !drafts[i].starts_with_pronoun || drafts[i].source.is_none() {
            continue;
        }
        let s = drafts[i].sentence;
        let (src, tgt) = (drafts[i].source.clone(), drafts[i].target.clone());
        let mut topic_mode = None;
        for p in drafts[..i].iter_mut() {
            if p.sentence + 1 == s && !p.dropped && p.source.is_none() && p.target.is_none() {
                p.source = src.clone();
                p.target = tgt.clone();
                topic_mode = topic_mode.or_else(|| mode_of(p));
            }
        }
        // "Dat hebben X en Y afgesproken" after a ceasefire: the agreement is a ceasefire.
        if drafts[i].mode.is_none() {
            drafts[i].topic = drafts[i].topic.take().or_else(|| topic_mode.clone());
            drafts[i].mode = topic_mode;
        }
    }
}

/// "The Israeli military said ... It accused Hamas of ...": a pronoun subject stands for the
/// subject of the nearest sentence before that names one. A pronoun sentence restating an event
/// of that sentence ("It is the largest exchange since ...") stays without a source.
fn resolve_pronoun_subjects(drafts: &mut [Draft], subjects: &[(usize, Actor)], lexicon: &Lexicon, codebook: &Codebook) {
    for i in 0..drafts.len() {
        if !drafts[i].pronoun_subject || drafts[i].source.is_some() {
            continue;
        }
        let s = drafts[i].sentence;
        let Some((antecedent_sentence, subject)) = subjects.iter().rev().find(|(si, _)| *si < s) else { continue };
        let kind = type_of(&drafts[i], lexicon, codebook);
        let restates = drafts[..i].iter().any(|p| p.sentence == *antecedent_sentence && type_of(p, lexicon, codebook) == kind);
        if !restates && drafts[i].target.as_ref().is_none_or(|t| t.code != subject.code) {
            drafts[i].source = Some(subject.clone());
        }
    }
}

fn same_event(a: &Event, b: &Event) -> bool {
    a.event_type == b.event_type
        && a.evidence == b.evidence
        && a.source.as_ref().map(|x| &x.code) == b.source.as_ref().map(|x| &x.code)
        && a.target.as_ref().map(|x| &x.code) == b.target.as_ref().map(|x| &x.code)
}

/// How long before the report a dated happening is background rather than news: it dates
/// nothing after it and is coded with less confidence.
const BACKGROUND_DAYS: i64 = 366;

/// Whether `date` ends over [`BACKGROUND_DAYS`] before `published`: a year or month counts
/// from its last day.
fn is_background(date: kroniek_types::Date, published: kroniek_types::Date) -> bool {
    let last_day = match date.precision {
        kroniek_types::Precision::Year => kroniek_types::Date::ymd(date.year, 12, 31),
        kroniek_types::Precision::Month => kroniek_types::Date::ymd(date.year, date.month, 28),
        _ => Some(date),
    };
    last_day.is_some_and(|end| end.days() + BACKGROUND_DAYS < published.days())
}

fn finish(d: &Draft, article: &Article, language: &str, analysis: &Analysis, lexicon: &Lexicon, codebook: &Codebook) -> Option<Event> {
    let verb = &lexicon.verbs[d.verb as usize];
    // An attack threatened is a threat to use force (CAMEO 138), as PLOVER and CAMEO code it.
    let threat = d.intent == Intent::Threatened && codebook.cameo(&verb.cameo)?.event_type == Some(EventType::Assault);
    // Blocking roads or a port is a protest when people do it and a blockade when forces or a
    // state do it (CAMEO 144 and 191): "Betogers blokkeerden de snelweg", "JNIM's blockade".
    // A country named alone ("Serbs", "Israel") may be either, and keeps the lexicon's code.
    let people = d.source.as_ref().and_then(|a| match a.sector.as_deref() {
        Some("CVL" | "OPP") => Some(true),
        Some("MIL" | "COP" | "REB" | "GOV" | "CRM" | "SPY") => Some(false),
        _ => None,
    });
    let cameo_code = match (threat, verb.cameo.as_str(), people) {
        (true, ..) => "138",
        (false, "144", Some(false)) => "191",
        (false, "191", Some(true)) => "144",
        (false, code, _) => code,
    };
    let cameo = codebook.cameo(cameo_code)?;
    let event_type = cameo.event_type?;
    // Rights groups and the press report force; they do not use it ("Rights groups have
    // documented hundreds of airstrikes"), and their warnings are forecasts, not threats
    // ("Mensenrechtenorganisaties waarschuwen dat er ook burgerslachtoffers vallen").
    let reports_only = d.source.as_ref().is_some_and(|a| matches!(a.sector.as_deref(), Some("NGO" | "MED")));
    if reports_only && event_type == EventType::Threaten {
        return None;
    }
    let source = d.source.clone().filter(|_| !(reports_only && matches!(event_type, EventType::Assault | EventType::Coerce | EventType::Mobilize)));
    // Who acts is left to a pronoun: "since it sent troops into Somalia" ("said that
    // reinforcements ..." opens a clause, no pronoun).
    let is = |class: WordClass| {
        let before = &analysis.mentions[..analysis.mentions.partition_point(|m| m.first < d.first)];
        before.iter().rev().take(4).any(|m| m.last == d.first && matches!(m.kind, MentionKind::Word(c) if c == class))
    };
    let pronoun_before = || d.pronoun_subject || is(WordClass::Pronoun) && !is(WordClass::Complement);
    let trigger_text = || {
        let (ws, we) = (&analysis.words[d.first as usize], &analysis.words[d.last as usize - 1]);
        SmolStr::from(&article.text[ws.ostart as usize..we.oend as usize])
    };
    // "Reinforcements have been sent to Banibangou": forces deployed, with no sender named (not
    // even a pronoun's), to a place the sentence names are that country's own, as they nearly
    // always are in the news.
    let source = source.or_else(|| {
        let deployed = cameo_code == "154" && d.target.is_none();
        let (place, own) = d.location.as_ref().filter(|_| deployed && !pronoun_before())?;
        let country = lexicon.country(place.country.as_deref().filter(|_| *own)?)?;
        Some(country_actor(country, Some("MIL"), trigger_text(), None))
    });
    // "Two suspects were arrested in Mbekweni", "Avondklok in Lamu": arrests, curfews and
    // states of emergency with no one named to impose them are the doing of the authorities
    // where they happen (its police for arrests), as ACLED codes them. An arrest told by a noun
    // ("after the arrest of ...") is background unless it counts people; sentences are a
    // court's. Expulsions are left out: their place is where people are sent.
    let source = source.or_else(|| {
        let sector = match cameo_code {
            "173" if verb.flags.count == Some(CountField::Arrested) && (!verb.flags.noun || d.counts.iter().any(Option::is_some)) => "COP",
            "1723" | "1724" => "GOV",
            _ => return None,
        };
        let (place, _) = d.location.as_ref().filter(|_| d.intent == Intent::Actual && !pronoun_before())?;
        Some(country_actor(lexicon.country(place.country.as_deref()?)?, Some(sector), trigger_text(), None))
    });
    let has_actor = source.is_some() || d.target.is_some();
    let has_count = d.counts.iter().any(Option::is_some);
    let violent = matches!(event_type, EventType::Assault | EventType::Coerce);
    let mode = d.mode.clone().or_else(|| verb.flags.mode.clone().filter(|_| !threat)).or_else(|| cameo.mode.clone());
    // A truce named without its parties still tells monitors its zone or start, when the
    // sentence names one, or that it was agreed ("Toch hoop ik op een wapenstilstand" tells
    // none of these).
    let agreed = event_type == EventType::Agree && d.intent == Intent::Actual;
    let truce = mode.as_deref() == Some("ceasefire") && (agreed || d.location.as_ref().is_some_and(|l| l.1) || d.date_span.is_some() || d.time.is_some());
    // Violence at a named place stands on its own, unless a definite noun tells it without
    // actors or counts ("vindt nauwelijks sporen van de strijd"): that is a happening told
    // before, or none.
    let placed_violence = violent && d.location.as_ref().is_some_and(|l| l.1) && !(verb.flags.noun && after_definite(analysis, &article.text, d.first, lexicon));
    if !(has_actor || has_count || truce || placed_violence) {
        return None;
    }
    let sentence = analysis.sentences[d.sentence];
    let (ws, we) = (&analysis.words[d.first as usize], &analysis.words[d.last as usize - 1]);
    let trigger_span = [ws.ostart as usize, we.oend as usize];
    let mut acled = codebook.acled(event_type, mode.as_deref()).map(|a| (a.event_type.clone(), a.sub_event_type.clone()));
    if event_type == EventType::Assault && d.target.as_ref().is_some_and(|t| matches!(t.sector.as_deref(), Some("CVL" | "REF" | "MED" | "HLH"))) && source.is_some() {
        acled = Some(("Violence against civilians".into(), "Attack".into()));
    }
    let location = d.location.as_ref().map(|l| l.0.clone());
    // "Ukrainian drones attacked a refinery in Krasnodar", "Jordan dropped food over Gaza",
    // "Mali recalled its ambassador in Algiers", "Nederland stuurt luchtverdediging naar
    // Oekraïne": an attack, aid, coercion, sanction or deployment from one country at a place
    // the sentence names in another is aimed at that other country, as ACLED and GDELT code it.
    // "Iraq recalled its ambassador to Turkey": a sanction's target of the source's own country
    // is its own envoy, and the place's country is whom the sanction is aimed at.
    let own_envoy = |t: &Actor| event_type == EventType::Sanction && t.country.is_some() && t.country.as_deref() == source.as_ref().and_then(|s| s.country.as_deref());
    let placed_abroad = |t: &Actor| d.location.as_ref().is_some_and(|(p, own)| *own && p.country != t.country);
    let target = d.target.clone().filter(|t| !(own_envoy(t) && placed_abroad(t))).or_else(|| {
        let (place, own) = d.location.as_ref()?;
        let (from, to) = (source.as_ref()?.country.as_deref()?, place.country.as_deref()?);
        let country = lexicon.country(to)?;
        (*own && from != to && matches!(event_type, EventType::Assault | EventType::Aid | EventType::Coerce | EventType::Sanction | EventType::Mobilize)).then(|| country_actor(country, None, place.text.clone(), place.span))
    });
    let mut confidence: f32 = 0.35;
    confidence += if source.is_some() { 0.2 } else { 0.0 };
    confidence += if d.target.is_some() { 0.15 } else { 0.0 };
    confidence += if d.location.as_ref().is_some_and(|l| l.1) { 0.1 } else { 0.0 };
    confidence += if verb.flags.noun { 0.0 } else { 0.1 };
    // Background told in a clause or two is told with fewer of its details.
    confidence -= if d.is_background(article.date) { 0.2 } else { 0.0 };
    let code = |a: &Option<Actor>| a.as_ref().map_or(SmolStr::default(), |a| a.code.clone());
    let id = stable_hex(&[
        &article.id,
        &sentence.start.to_string(),
        &trigger_span[0].to_string(),
        cameo_code,
        &code(&source),
        &code(&d.target),
    ]);
    let [fatalities, injured, arrested, displaced] = d.counts;
    Some(Event {
        id,
        article_id: article.id.clone(),
        language: language.to_string(),
        event_type,
        mode,
        context: cameo.context.clone(),
        cameo: cameo_code.into(),
        acled_event_type: acled.as_ref().map(|a| a.0.clone()),
        acled_sub_event_type: acled.map(|a| a.1).filter(|s| !s.is_empty()),
        source,
        target,
        other_actors: d.others.clone(),
        location,
        date: d.date,
        date_precision: d.date.map(|x| x.precision),
        time: d.time.map(|(h, m)| format!("{h:02}:{m:02}")),
        fatalities,
        injured,
        arrested,
        displaced,
        intent: d.intent,
        sentence: article.text[sentence.start..sentence.end].to_string(),
        evidence: [sentence.start, sentence.end],
        confidence: confidence.min(0.95),
        trigger: article.text[trigger_span[0]..trigger_span[1]].to_string(),
        trigger_span,
        topic: d.topic.clone(),
        number_spans: d.number_spans.clone(),
        date_span: d.date_span,
    })
}
