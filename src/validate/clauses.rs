//! The clause map of a statement: which cited source holds which figures
//! and dates of its text, and where. Every statement but a code has one; it
//! must be complete and agree with its text. A figure the text gives that
//! no source gives as written (a difference, a converted unit) is held
//! only as derived, from figures of a named source.

use std::fmt;

use super::{Checker, Dot, Item, Rule};
use crate::{Date, SourceId, Support};

/// The figures of a text: maximal runs of digits, with a decimal point or
/// a thousands comma kept when digits follow it, so that "7.9", "1,146"
/// and the parts of "2014-06-05" are each one figure. A thousands comma
/// is dropped so "1,146" and "1146" are the same number. Digits that are
/// part of a name are not figures: those written against a letter
/// ("K161949", "C79.51", "V-3", "Lu-177") and the "510" of "510(k)".
pub(crate) fn figures(text: &str) -> Vec<String> {
    // Everything the scan tests is ASCII except the letters before a
    // digit, which are read as characters.
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let mut back = text.get(..k).unwrap_or("").chars().rev();
        let (before, before2) = (back.next(), back.next());
        let in_name = before.is_some_and(char::is_alphabetic)
            || (before == Some('-') && before2.is_some_and(char::is_alphabetic));
        if in_name {
            while bytes
                .get(k)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.')
            {
                k += 1;
            }
            continue;
        }
        let mut figure = String::new();
        while let Some(&b) = bytes.get(k) {
            let joins = matches!(b, b'.' | b',')
                && bytes.get(k + 1).is_some_and(u8::is_ascii_digit)
                && !figure.is_empty();
            if b.is_ascii_digit() || (joins && b == b'.') {
                figure.push(char::from(b));
            } else if !joins {
                break;
            }
            k += 1;
        }
        let pathway = bytes.get(k..k + 3) == Some(b"(k)".as_slice());
        if !(pathway && figure == "510") {
            out.push(figure);
        }
    }
    out
}

/// A figure as a number, so that "05" and "5", or "7.90" and "7.9", are
/// the same: leading zeros of the whole part and trailing zeros of the
/// fraction are dropped (a slice of the figure, allocating nothing).
pub(crate) fn number_key(figure: &str) -> &str {
    let mut key = figure;
    if key.contains('.') {
        key = key.trim_end_matches('0').trim_end_matches('.');
    }
    let trimmed = key.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.starts_with('.') {
        // Keep the one zero of "0" or "0.5".
        let zero = key.len() - trimmed.len();
        key.get(zero.saturating_sub(1)..).unwrap_or(key)
    } else {
        trimmed
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The dates of a text that name a month, as written and as dates:
/// "5 June 2014", "June 2014", "2014-06-05" and "2014-06". A year alone is
/// a figure, compared as a number. The text is scanned for four-digit
/// runs, and only around them for the rest.
pub(crate) fn dates(text: &str) -> Vec<(String, Date)> {
    let bytes = text.as_bytes();
    let word = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let mut out = Vec::new();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let start = k;
        while bytes.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
        }
        if k - start != 4 || (start > 0 && word(start - 1)) || word(k) {
            continue;
        }
        let year = &text[start..k];
        if let Some((token, date)) = iso_at(text, start) {
            k = start + token.len();
            out.push((token, date));
        } else if let Some(found) = named_month(text, start, year) {
            out.push(found);
        }
    }
    out
}

/// An ISO date ("2014-06" or "2014-06-05") beginning at `start`, a year.
fn iso_at(text: &str, start: usize) -> Option<(String, Date)> {
    let rest = text.get(start..)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(rest.len());
    let token = rest.get(..end)?.trim_end_matches('-');
    if token.len() < 7 {
        return None;
    }
    let date = token.parse::<Date>().ok()?;
    Some((token.to_owned(), date))
}

/// "June 2014" or "5 June 2014" ending with the year at `start`.
fn named_month(text: &str, start: usize, year: &str) -> Option<(String, Date)> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    let (month, name) = MONTHS
        .iter()
        .enumerate()
        .find(|(_, m)| before.ends_with(*m))?;
    let lead = before.get(..before.len() - name.len())?;
    if lead.chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let day = lead.strip_suffix(' ').and_then(|l| {
        let digits = l.len() - l.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let head = l.get(..l.len() - digits)?;
        ((1..=2).contains(&digits) && !head.chars().next_back().is_some_and(char::is_alphanumeric))
            .then(|| l.get(l.len() - digits..))
            .flatten()
    });
    let (written, iso) = match day {
        Some(day) => (
            format!("{day} {name} {year}"),
            format!("{year}-{:02}-{day:0>2}", month + 1),
        ),
        None => (format!("{name} {year}"), format!("{year}-{:02}", month + 1)),
    };
    let date = iso.parse::<Date>().ok()?;
    Some((written, date))
}

/// Whether `held` holds the date `d`: the same date, or a more precise
/// one within it (a source giving 28 March 2025 holds March 2025).
fn holds_date(held: &Date, d: &Date) -> bool {
    held.year() == d.year()
        && held.month() == d.month()
        && (d.day().is_none() || held.day() == d.day())
}

/// What a clause map holds: figures as numbers, and dates.
#[derive(Default)]
struct Held {
    figures: Vec<String>,
    dates: Vec<Date>,
}

impl Held {
    fn add(&mut self, written: &str) {
        self.figures
            .extend(figures(written).iter().map(|f| number_key(f).to_owned()));
        self.dates
            .extend(dates(written).into_iter().map(|(_, d)| d));
    }
}

impl Checker<'_> {
    /// Checks the clause map `support` of the statement at `at`. A map
    /// may also hold the values of the statement's own dated or counted
    /// fields (`fields`: an event's date, an indication's `as_of`, a
    /// study's participants), which are claims of the source too.
    /// Figures are compared as numbers and dates as dates.
    pub(super) fn clauses(
        &mut self,
        at: impl fmt::Display + Copy,
        text: &str,
        fields: &str,
        sources: &[SourceId],
        support: &[Support],
    ) {
        if support.is_empty() {
            // Only an unknown source can leave nothing to map; it is
            // reported already.
            if !sources.is_empty() {
                self.report(Dot(at, "support"), Rule::NoClauseMap);
            }
            return;
        }
        let mut held = Held::default();
        held.dates.extend(dates(fields).into_iter().map(|(_, d)| d));
        for (k, s) in support.iter().enumerate() {
            let here = Dot(at, Item("support", k));
            if !sources.contains(&s.source) {
                let id = s.source.clone();
                self.report(Dot(here, "source"), Rule::SupportNotCited { id });
            }
            self.non_empty(Dot(here, "locator"), "locator", &s.locator);
            if let Some(clause) = &s.clause {
                self.non_empty(Dot(here, "clause"), "clause", clause);
            }
            for (j, figure) in s.holds.iter().enumerate() {
                if !text.contains(figure.as_str()) && !fields.contains(figure.as_str()) {
                    let figure = figure.clone();
                    self.report(
                        Dot(here, Item("holds", j)),
                        Rule::HeldFigureNotInText { figure },
                    );
                }
                held.add(figure);
            }
            self.derived(here, text, s, &mut held);
        }
        for id in sources {
            if !support.iter().any(|s| &s.source == id) {
                let id = id.clone();
                self.report(Dot(at, "support"), Rule::SourceWithoutSupport { id });
            }
        }
        self.unheld(at, text, &held);
    }

    /// Checks the derived figures of one clause-map entry and adds them to
    /// what the map holds.
    fn derived(
        &mut self,
        here: impl fmt::Display + Copy,
        text: &str,
        s: &Support,
        held: &mut Held,
    ) {
        for (j, d) in s.derived.iter().enumerate() {
            let here = Dot(here, Item("derived", j));
            if !text.contains(d.figure.as_str()) {
                let figure = d.figure.clone();
                self.report(Dot(here, "figure"), Rule::HeldFigureNotInText { figure });
            }
            if d.from.is_empty() {
                let figure = d.figure.clone();
                self.report(Dot(here, "from"), Rule::DerivedFromNothing { figure });
            }
            for (i, from) in d.from.iter().enumerate() {
                self.non_empty(Dot(here, Item("from", i)), "figure", from);
            }
            held.add(&d.figure);
        }
    }

    /// Reports each figure and each date of the text that the map does not
    /// hold, once.
    fn unheld(&mut self, at: impl fmt::Display + Copy, text: &str, held: &Held) {
        let mut reported: Vec<String> = Vec::new();
        for figure in figures(text) {
            let key = number_key(&figure);
            if !held.figures.iter().any(|h| h == key) && !reported.iter().any(|r| r == key) {
                reported.push(key.to_owned());
                self.report(Dot(at, "text"), Rule::FigureNotHeld { figure });
            }
        }
        for (written, date) in dates(text) {
            if !held.dates.iter().any(|h| holds_date(h, &date)) && !reported.contains(&written) {
                reported.push(written.clone());
                self.report(Dot(at, "text"), Rule::DateNotHeld { date: written });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{dates, figures, number_key};
    use crate::Date;

    #[test]
    fn figures_compare_as_numbers() {
        assert_eq!(number_key("05"), "5");
        assert_eq!(number_key("7.90"), "7.9");
        assert_eq!(number_key("3.0"), "3");
        assert_eq!(number_key("0.5"), "0.5");
        assert_eq!(number_key("0"), "0");
        assert_eq!(number_key("2014"), "2014");
    }

    #[test]
    fn dates_naming_a_month_are_found_as_written() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(
            dates("on 5 June 2014, then in March 2025 (2018-11-14; 2013-05)."),
            [
                ("5 June 2014".to_owned(), d("2014-06-05")),
                ("March 2025".to_owned(), d("2025-03")),
                ("2018-11-14".to_owned(), d("2018-11-14")),
                ("2013-05".to_owned(), d("2013-05")),
            ]
        );
        // A year alone, a range of years, or a month without a year is no
        // date here; "May" is a month only before a year.
        assert!(dates("in 2019, 2012-2020, in June, may 2020 and May be").is_empty());
    }

    #[test]
    fn figures_are_numbers_and_date_parts() {
        assert_eq!(
            figures("from 7.9 to 4.5 in 43 patients"),
            ["7.9", "4.5", "43"]
        );
        assert_eq!(figures("1,146 participants; RR 2.10."), ["1146", "2.10"]);
        assert_eq!(figures("on 2014-06-05"), ["2014", "06", "05"]);
        assert!(figures("C1-C7, K161949, Lu-177, V-3").is_empty());
        assert_eq!(figures("a 510(k) of 2017, 95%"), ["2017", "95"]);
        assert_eq!(figures("grade 3 in 12.5%"), ["3", "12.5"]);
        assert!(figures("no numbers here").is_empty());
    }
}
