//! Numbers in digits ("59", "100,000", "1.200", "1,5 miljoen") and words ("twee", "bijna een
//! miljoen", "tens of thousands"), each tied to the count noun after it when there is one.

use crate::analysis::Word;
use crate::{Mention, MentionKind, NumberMention};
use kroniek_lexicon::{Lexicon, NumberKind, RoleKind, Tag, WordClass};

/// How many words before its number a toll noun may stand ("the death toll from the Russian
/// strike on Kharkiv rose to 15").
const TOLL_REACH: u32 = 12;

/// Adds a Number mention for every number in the text.
pub(crate) fn recognise(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, out: &mut Vec<Mention>) {
    let number_word = |i: usize| -> Option<(u32, kroniek_lexicon::NumberWord)> {
        let (a, b, tags) = raw.get(i)?;
        tags.iter().find_map(|t| match t {
            Tag::Number(id) => Some((*b - *a, lexicon.numbers[*id as usize])),
            _ => None,
        })
    };
    // Words only move forward, so the first tagged span at or after a word is found by walking
    // a cursor, not by a search per word.
    let mut cursor = 0usize;
    let raw_at = |cursor: &mut usize, w: u32| {
        while *cursor < raw.len() && raw[*cursor].0 < w {
            *cursor += 1;
        }
        *cursor
    };

    // Where the last age ended ("aged 27"), for the next one joined to it ("and 34").
    let mut age_ended: Option<u32> = None;
    let mut w = 0usize;
    while w < words.len() {
        let word = words[w];
        let r = raw_at(&mut cursor, w as u32);
        // Only a number word or digits can open a number.
        let number_here = raw.get(r).is_some_and(|x| x.0 == w as u32) && number_word(r).is_some();
        if !number_here && !text.as_bytes()[word.ostart as usize].is_ascii_digit() {
            w += 1;
            continue;
        }
        let first = w as u32;
        // A run of number words and digits: approx* (digits | unit | multiplier | vague)+
        let mut value: Option<u64> = None;
        let mut current: u64 = 0;
        let mut total: u64 = 0;
        let mut vague = false;
        let mut any = false;
        let mut score = false;
        // Digits take a multiplier after them ("12 million") but no units: in "08:12 Three
        // people" the twelve and the three are two numbers.
        let mut after_digits = false;
        let mut i = w;
        let mut inner = cursor;
        loop {
            let r = raw_at(&mut inner, i as u32);
            if let Some((len, nw)) = number_word(r).filter(|_| raw.get(r).is_some_and(|x| x.0 == i as u32)) {
                match nw.kind {
                    NumberKind::Approx => {}
                    NumberKind::Unit if after_digits => break,
                    NumberKind::Unit => {
                        current = current.saturating_add(nw.value);
                        any = true;
                    }
                    NumberKind::Multiplier => {
                        after_digits = false;
                        current = current.max(1).saturating_mul(nw.value);
                        if nw.value >= 1000 {
                            total = total.saturating_add(current);
                            current = 0;
                        }
                        any = true;
                    }
                    NumberKind::Vague => {
                        vague = true;
                        any = true;
                    }
                }
                i += len as usize;
                continue;
            }
            if i < words.len() && text.as_bytes()[words[i].ostart as usize].is_ascii_digit() && current == 0 && total == 0 {
                let (v, end_word, is_score) = digits(text, words, i);
                // "some 12,000": a word that is vague alone only hedges the digits after it.
                vague = false;
                match v {
                    Some(v) => {
                        current = v;
                        any = true;
                    }
                    None => vague = true,
                }
                score |= is_score;
                after_digits = true;
                i = end_word;
                continue;
            }
            break;
        }
        if !any || i == w {
            w += 1;
            continue;
        }
        if !vague && !score {
            value = Some(total.saturating_add(current));
        }
        // The count noun right after ("12 doden", "twelve dead").
        let field = raw.get(raw_at(&mut inner, i as u32)).filter(|r| r.0 == i as u32).and_then(|r| {
            r.2.iter().find_map(|t| match t {
                Tag::Count(f) => Some(*f),
                _ => None,
            })
        });
        // "The death toll from the strike rose to 15": after a rise word, the number counts
        // what a toll noun shortly before names.
        let near = |x: &&(u32, u32, &[Tag])| x.1 + TOLL_REACH >= first;
        let rises = || raw[..r].iter().rev().take_while(near).any(|x| x.1 == first && x.2.contains(&Tag::Word(WordClass::RiseTo)));
        let field = field.or_else(|| {
            rises().then(|| raw[..r].iter().rev().take_while(near).find_map(|x| x.2.iter().find_map(|t| match t {
                Tag::Count(f) => Some(*f),
                _ => None,
            }))).flatten()
        });
        let last = i as u32;
        let span = [word.ostart as usize, words[i - 1].oend as usize];
        // "Father Nikolai Kotelnikov, 66, was killed": a small number set off by commas right
        // after a name is the person's age, not a count.
        // So is one in brackets after a name ("Jan (27) werd opgepakt").
        let bracketed = first > 0
            && words[first as usize - 1].capital
            && text[..word.ostart as usize].trim_end().ends_with('(')
            && text[words[i - 1].oend as usize..].trim_start().starts_with(')');
        let apposed_age = first > 0
            && ((words[first as usize].comma_before && words[first as usize - 1].capital && words.get(i).is_some_and(|next| next.comma_before)) || bracketed)
            && value.is_some_and(|v| v <= 120);
        // "Two suspects, aged 27 and 34,": numbers after an age word, and those joined to them,
        // are ages.
        let tagged_before = |class: WordClass| r > 0 && raw[r - 1].1 == first && raw[r - 1].2.contains(&Tag::Word(class));
        // "een man van 24": a small number after a person and "van" is the person's age.
        let person_of = r > 1
            && tagged_before(WordClass::From)
            && raw[r - 2].1 == raw[r - 1].0
            && raw[r - 2].2.iter().any(|t| matches!(t, Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Person))
            && value.is_some_and(|v| v <= 120)
            && field.is_none();
        let aged = person_of || tagged_before(WordClass::Age) || (age_ended == Some(first.saturating_sub(1)) && tagged_before(WordClass::Coord));
        if aged {
            age_ended = Some(last);
        }
        if !score && !apposed_age && !aged {
            out.push(Mention { first, last, span, kind: MentionKind::Number(NumberMention { value, field }) });
        }
        w = i;
    }
}

/// Reads a digit number starting at word `i`, joining "100,000" and "1.200" that folding split.
/// Returns the value (None for a fraction of a person or an overflow), the word after it, and
/// whether it was a score or range like "3-1".
fn digits(text: &str, words: &[Word], i: usize) -> (Option<u64>, usize, bool) {
    let mut groups: Vec<&str> = vec![&text[words[i].ostart as usize..words[i].oend as usize]];
    let mut seps: Vec<u8> = Vec::new();
    let mut j = i + 1;
    while j < words.len() {
        let gap = &text[words[j - 1].oend as usize..words[j].ostart as usize];
        let w = &text[words[j].ostart as usize..words[j].oend as usize];
        if (gap == "," || gap == ".") && w.bytes().all(|b| b.is_ascii_digit()) {
            seps.push(gap.as_bytes()[0]);
            groups.push(w);
            j += 1;
        } else {
            break;
        }
    }
    let after = text.get(words[j - 1].oend as usize..).unwrap_or("");
    // "3-1" is a score or a range, "08:12" a time: neither counts anything.
    let before = &text[..words[i].ostart as usize];
    let minutes = before.strip_suffix(':').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    let score = minutes || (after.starts_with(['-', ':']) && after[1..].starts_with(|c: char| c.is_ascii_digit()));
    if !groups[0].bytes().all(|b| b.is_ascii_digit()) {
        return (None, j, score); // "3km", "F16": not a count
    }
    // Thousands separators when every later group has three digits and the separators agree.
    let thousands = !seps.is_empty() && groups[1..].iter().all(|g| g.len() == 3) && seps.iter().all(|&s| s == seps[0]);
    let value = if seps.is_empty() || thousands {
        groups.concat().parse::<u64>().ok()
    } else {
        // A decimal ("1,5 miljoen"): keep it for a multiplier after it, as tenths.
        let whole: u64 = groups[0].parse().unwrap_or(0);
        let frac = groups[1];
        let tenth = frac.bytes().next().map_or(0, |b| (b - b'0') as u64);
        let mult = words.get(j).map(|w| &text[w.ostart as usize..w.oend as usize]).unwrap_or("");
        let m = match mult.to_lowercase().as_str() {
            "miljoen" | "million" => 1_000_000,
            "miljard" | "billion" => 1_000_000_000,
            "duizend" | "thousand" => 1000,
            _ => 0,
        };
        if m == 0 {
            return (None, j, score);
        }
        return (Some(whole * m + tenth * m / 10), j + 1, score);
    };
    (value, j, score)
}
