//! The clause map of a statement: which cited source holds which figures
//! and dates of its text, and where. Every statement but a code has one; it
//! must be complete and agree with its text. A figure the text gives that
//! no source gives as written (a difference, a converted unit) is held
//! only as derived, from figures of a named source.

use std::fmt;

use super::{Checker, Dot, Item, Rule};
use crate::{SourceId, Support};

/// The figures of a text: maximal runs of digits, with a decimal point or
/// a thousands comma kept when digits follow it, so that "7.9", "1,146"
/// and the parts of "2014-06-05" are each one figure. A thousands comma
/// is dropped so "1,146" and "1146" are the same number. Digits that are
/// part of a name are not figures: those written against a letter
/// ("K161949", "C79.51", "V-3", "Lu-177") and the "510" of "510(k)".
pub(crate) fn figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !chars[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let before = k.checked_sub(1).and_then(|b| chars.get(b)).copied();
        let before2 = k.checked_sub(2).and_then(|b| chars.get(b)).copied();
        let in_name = before.is_some_and(char::is_alphabetic)
            || (before == Some('-') && before2.is_some_and(char::is_alphabetic));
        if in_name {
            while k < chars.len() && (chars[k].is_ascii_alphanumeric() || chars[k] == '.') {
                k += 1;
            }
            continue;
        }
        let mut figure = String::new();
        while k < chars.len() {
            let c = chars[k];
            let joins = matches!(c, '.' | ',')
                && chars.get(k + 1).is_some_and(char::is_ascii_digit)
                && !figure.is_empty();
            if c.is_ascii_digit() || (joins && c == '.') {
                figure.push(c);
            } else if !joins {
                break;
            }
            k += 1;
        }
        let pathway = chars
            .get(k..k + 3)
            .is_some_and(|rest| rest == ['(', 'k', ')']);
        if !(pathway && figure == "510") {
            out.push(figure);
        }
    }
    out
}

impl Checker<'_> {
    /// Checks the clause map `support` of the statement at `at`. A map
    /// may also hold the values of the statement's own dated or counted
    /// fields (`fields`: an event's date, an indication's `as_of`, a
    /// study's participants), which are claims of the source too.
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
        let mut held: Vec<String> = Vec::new();
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
                held.extend(figures(figure));
            }
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
                held.extend(figures(&d.figure));
            }
        }
        for id in sources {
            if !support.iter().any(|s| &s.source == id) {
                let id = id.clone();
                self.report(Dot(at, "support"), Rule::SourceWithoutSupport { id });
            }
        }
        let mut reported: Vec<String> = Vec::new();
        for figure in figures(text) {
            if !held.contains(&figure) && !reported.contains(&figure) {
                reported.push(figure.clone());
                self.report(Dot(at, "text"), Rule::FigureNotHeld { figure });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::figures;

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
