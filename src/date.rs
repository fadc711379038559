//! Calendar dates known to the year, the month or the day, as the catalog
//! records them, and the patterns the JSON Schema gives them.

use std::{fmt, str::FromStr};

use crate::error::Error;

/// A calendar date, possibly known only to the month or the year:
/// `2022-03-23`, `1997-03` or `1993`.
///
/// Only real dates parse (no 30 February). Dates order by year, then month,
/// then day, with a missing part before any known one.
///
/// ```
/// use io_pain_modalities::Date;
///
/// let d: Date = "2024-02-29".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2024, Some(2), Some(29)));
/// assert!("2023-02-29".parse::<Date>().is_err());
/// assert_eq!("1993".parse::<Date>()?.to_string(), "1993");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The year.
    ///
    /// ```
    /// assert_eq!("2013-05".parse::<io_pain_modalities::Date>()?.year(), 2013);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month (1 to 12), when known.
    ///
    /// ```
    /// assert_eq!("2013-05".parse::<io_pain_modalities::Date>()?.month(), Some(5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known.
    ///
    /// ```
    /// assert_eq!("2013-05".parse::<io_pain_modalities::Date>()?.day(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// Today's date in UTC, read from the system clock.
    ///
    /// ```
    /// assert!(io_pain_modalities::Date::today().year() >= 2026);
    /// ```
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Self::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Whether this date (at the precision it has) lies after `other`.
    ///
    /// A date known only to the month is after `other` only if its whole
    /// month is.
    ///
    /// ```
    /// use io_pain_modalities::Date;
    /// let today: Date = "2026-11-26".parse()?;
    /// assert!("2026-12".parse::<Date>()?.is_after(&today));
    /// assert!(!"2026-11".parse::<Date>()?.is_after(&today));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_after(&self, other: &Date) -> bool {
        let key = |d: &Date| (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0));
        let (y, m, d) = key(other);
        // Truncate `other` to this date's precision before comparing.
        let other = (
            y,
            if self.month.is_some() { m } else { 0 },
            if self.day.is_some() { d } else { 0 },
        );
        key(self) > other
    }
}

impl FromStr for Date {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = |reason: &str| Error::parse("date", s, reason);
        let mut parts = s.split('-');
        let number = |p: Option<&str>, len: usize| -> Result<Option<u16>, Error> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(p.parse().ok())
                }
                Some(_) => Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD")),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(|| bad("expected a year"))?;
        let month = number(parts.next(), 2)?;
        let day = number(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        if year < 1800 {
            return Err(bad("year before 1800"));
        }
        let month = month.map(|m| m as u8);
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(bad("month must be 01 to 12"));
        }
        let day = day.map(|d| d as u8);
        if let (Some(m), Some(d)) = (month, day)
            && (d == 0 || d > days_in_month(year, m))
        {
            return Err(bad("no such day in that month"));
        }
        Ok(Date { year, month, day })
    }
}

impl TryFrom<String> for Date {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

// The calendar as regular expressions, so that the schema accepts exactly
// the dates `Date::from_str` accepts: years 1800 to 9999, months 01 to 12,
// the days each month has, and 29 February only in leap years.
macro_rules! year {
    () => {
        "(1[89][0-9]{2}|[2-9][0-9]{3})"
    };
}
/// A month and day other than 29 February.
macro_rules! month_day {
    () => {
        "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
    };
}
/// Leap years from 1800: divisible by 4 and not by 100, or by 400.
macro_rules! leap_year {
    () => {
        "((1[89]|[2-9][0-9])(0[48]|[2468][048]|[13579][26])|([2468][048]|[3579][26])00)"
    };
}

/// The alternatives of a full, real date `YYYY-MM-DD`, shared by both patterns.
macro_rules! full_date {
    () => {
        concat!(year!(), "-", month_day!(), "|", leap_year!(), "-02-29")
    };
}

/// The pattern of a [`Date`] (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, real dates only).
#[cfg_attr(not(feature = "schemars"), allow(dead_code))]
pub(crate) const DATE_PATTERN: &str =
    concat!("^(", year!(), "(-(0[1-9]|1[0-2]))?|", full_date!(), ")$");

/// The pattern of a full date `YYYY-MM-DD` (real dates only), such as a data version.
#[cfg_attr(not(feature = "schemars"), allow(dead_code))]
pub(crate) const FULL_DATE_PATTERN: &str = concat!("^(", full_date!(), ")$");

/// Checks that `s` is a full, real date `YYYY-MM-DD`, as a catalog file's
/// `version` must be.
pub(crate) fn check_full_date(s: &str) -> Result<Date, Error> {
    let date: Date = s.parse()?;
    if date.day.is_none() {
        return Err(Error::parse("date", s, "expected a full date YYYY-MM-DD"));
    }
    Ok(date)
}

// Named `PartialDate` in the schema: a type named `Date` would shadow the
// built-in `Date` of JavaScript and TypeScript in generated code.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A real calendar date from 1800 on, known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD.",
            "pattern": DATE_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_conversion_matches_known_days() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(19_782).to_string(),
            "2024-02-29"
        );
        assert_eq!(
            Date::from_days_since_epoch(20_418).to_string(),
            "2025-11-26"
        );
    }

    #[test]
    fn is_after_respects_precision() {
        let today: Date = "2026-11-26".parse().unwrap();
        assert!(!"2026".parse::<Date>().unwrap().is_after(&today));
        assert!("2027".parse::<Date>().unwrap().is_after(&today));
        assert!("2026-11-27".parse::<Date>().unwrap().is_after(&today));
        assert!(!"2026-11-26".parse::<Date>().unwrap().is_after(&today));
    }
}
