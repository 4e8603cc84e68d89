//! Calendar dates at the precision the text gives them, with just the arithmetic that
//! relative dates ("zaterdag", "last week") need. No time zones: news dates are local days.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How exactly a date is known; ACLED's and GDELT's users filter on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A known calendar day.
    Day,
    /// Some day in a known week; the date names the week's Monday.
    Week,
    /// Some day in a known month.
    Month,
    /// Some day in a known year.
    Year,
}

impl Precision {
    /// The contract's lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A date known to some [`Precision`]; fields finer than the precision are 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Calendar year.
    pub year: i32,
    /// 1..=12 (1 when the precision is a year).
    pub month: u8,
    /// 1..=31 (1 when the precision is a month or a year).
    pub day: u8,
    /// How much of the above is known.
    pub precision: Precision,
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): {0:?}")]
pub struct DateError(pub String);

impl Date {
    /// A known day; `None` when the day does not exist.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
            precision: Precision::Day,
        })
    }

    /// A known month.
    pub fn ym(year: i32, month: u8) -> Date {
        Date { year, month: month.clamp(1, 12), day: 1, precision: Precision::Month }
    }

    /// A known year.
    pub fn y(year: i32) -> Date {
        Date { year, month: 1, day: 1, precision: Precision::Year }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and full timestamps (the time part is dropped).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.chars().take(40).collect());
        let s = s.trim();
        let date_part = s.split(['T', ' ']).next().unwrap_or("");
        let mut parts = date_part.split('-');
        let num = |p: Option<&str>, len: usize| -> Result<Option<u32>, DateError> {
            match p {
                None => Ok(None),
                Some(t) if t.len() == len && t.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(t.parse().map_err(|_| err())?))
                }
                Some(_) => Err(err()),
            }
        };
        let year = num(parts.next(), 4)?.ok_or_else(err)? as i32;
        let month = num(parts.next(), 2)?;
        let day = num(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(err());
        }
        match (month, day) {
            (None, _) => Ok(Date::y(year)),
            (Some(m), None) if (1..=12).contains(&m) => Ok(Date::ym(year, m as u8)),
            (Some(m), Some(d)) => Date::ymd(year, m as u8, d as u8).ok_or_else(err),
            _ => Err(err()),
        }
    }

    /// Days since 1970-01-01 of the first day this date covers.
    pub fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The day `n` days after this one (before, when negative), at day precision.
    pub fn add_days(self, n: i64) -> Date {
        let (year, month, day) = civil_from_days(self.days() + n);
        Date { year, month, day, precision: Precision::Day }
    }

    /// The month `n` months after this date's month (before, when negative), at month precision.
    pub fn add_months(self, n: i32) -> Date {
        let m = self.year * 12 + self.month as i32 - 1 + n;
        Date::ym(m.div_euclid(12), (m.rem_euclid(12) + 1) as u8)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// Whether the two dates may name the same happening: equal at the coarser precision of the
    /// two ("May 2025" and "7 May 2025" may; "May" and "7 July" may not).
    pub fn overlaps(self, other: Date) -> bool {
        let coarser = self.precision.max(other.precision);
        self.with_precision(coarser) == other.with_precision(coarser)
    }

    /// The same date with a coarser (or equal) precision, fields below it reset.
    pub fn with_precision(self, precision: Precision) -> Date {
        match precision {
            Precision::Day => self,
            Precision::Week => {
                let monday = self.add_days(-(self.weekday() as i64));
                Date { precision: Precision::Week, ..monday }
            }
            Precision::Month => Date::ym(self.year, self.month),
            Precision::Year => Date::y(self.year),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day | Precision::Week => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Year => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = year as i64 - if month <= 2 { 1 } else { 0 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("2020-03").unwrap(), Date::ym(2020, 3));
        assert_eq!(Date::parse("2020").unwrap(), Date::y(2020));
        assert_eq!(Date::parse("2020-03-05T10:00:00Z").unwrap(), Date::ymd(2020, 3, 5).unwrap());
        for bad in ["", "20-03", "2020-13", "2020-02-30", "2020-03-05-01", "march"] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn arithmetic_round_trips() {
        let d = Date::ymd(2020, 3, 5).unwrap();
        assert_eq!(d.weekday(), 3); // a Thursday
        assert_eq!(d.add_days(-5).to_string(), "2020-02-29");
        assert_eq!(d.add_days(365).to_string(), "2021-03-05");
        assert_eq!(d.with_precision(Precision::Week).to_string(), "2020-03-02");
        assert_eq!(d.with_precision(Precision::Month).to_string(), "2020-03");
    }
}
