//! Truces declared by hand: `kroniek ceasefire add --parties SYRGOV,SYRREB,TUR --zone Idlib
//! --start 2020-03-06T00:00+02:00`, for monitors who know more than the news.

use kroniek_types::{Date, Place};
use serde::{Deserialize, Serialize};

/// A truce declared by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Declaration {
    /// Actor codes of the parties ("SYRGOV", "TUR").
    pub parties: Vec<String>,
    /// The zone, resolved by the caller (gazetteer) from the name given.
    pub zone: Option<Place>,
    /// The local start day.
    pub start: Date,
    /// Local time of day, `HH:MM`.
    pub time: Option<String>,
    /// UTC offset in minutes, when given (`+02:00` → 120).
    pub utc_offset_minutes: Option<i32>,
}

/// Why a declaration's flags were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeclarationError {
    /// The start is not `YYYY-MM-DD[THH:MM[±HH:MM|Z]]`.
    #[error("start {0:?} is not YYYY-MM-DD[THH:MM[+HH:MM]]")]
    Start(String),
    /// No parties.
    #[error("a ceasefire needs at least one party")]
    NoParties,
}

impl Declaration {
    /// Parses the command line's `--parties` and `--start`; the zone is resolved by the caller.
    pub fn parse(parties: &str, start: &str, zone: Option<Place>) -> Result<Declaration, DeclarationError> {
        let parties: Vec<String> = parties.split(',').map(|p| p.trim().to_uppercase()).filter(|p| !p.is_empty()).collect();
        if parties.is_empty() {
            return Err(DeclarationError::NoParties);
        }
        let err = || DeclarationError::Start(start.to_string());
        let (day, rest) = match start.split_once('T') {
            Some((d, r)) => (d, Some(r)),
            None => (start, None),
        };
        let date = Date::parse(day).map_err(|_| err())?;
        if date.precision != kroniek_types::Precision::Day {
            return Err(err());
        }
        let (time, offset) = match rest {
            None => (None, None),
            Some(r) => {
                let (clock, zone) = match r.find(['+', '-', 'Z']) {
                    Some(i) => (&r[..i], Some(&r[i..])),
                    None => (r, None),
                };
                let (h, m) = clock.split_once(':').ok_or_else(err)?;
                let (h, m): (u8, u8) = (h.parse().map_err(|_| err())?, m.get(..2).unwrap_or(m).parse().map_err(|_| err())?);
                if h > 23 || m > 59 {
                    return Err(err());
                }
                let offset = match zone {
                    None => None,
                    Some("Z") => Some(0),
                    Some(z) => {
                        let sign = if z.starts_with('-') { -1 } else { 1 };
                        let (oh, om) = z[1..].split_once(':').unwrap_or((&z[1..], "0"));
                        Some(sign * (oh.parse::<i32>().map_err(|_| err())? * 60 + om.parse::<i32>().map_err(|_| err())?))
                    }
                };
                (Some(format!("{h:02}:{m:02}")), offset)
            }
        };
        Ok(Declaration { parties, zone, start: date, time, utc_offset_minutes: offset })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flags() {
        let d = Declaration::parse("SYRGOV, syrreb,TUR", "2020-03-06T00:00+02:00", None).unwrap();
        assert_eq!(d.parties, ["SYRGOV", "SYRREB", "TUR"]);
        assert_eq!((d.start.to_string().as_str(), d.time.as_deref(), d.utc_offset_minutes), ("2020-03-06", Some("00:00"), Some(120)));
        assert_eq!(Declaration::parse("TUR", "2020-03-06", None).unwrap().time, None);
        assert!(Declaration::parse("", "2020-03-06", None).is_err());
        for bad in ["2020-03", "2020-03-06T25:00", "06-03-2020", "2020-03-06Tnoon"] {
            assert!(Declaration::parse("TUR", bad, None).is_err(), "{bad}");
        }
    }
}
