//! A source as readers cite it in a line: its first author or issuing body
//! and its year, read from the citation the catalog records ("Parker et al.
//! 2013", "European Medicines Agency 2018", "US FDA 510(k) K981251 1998").
//!
//! The same words name a source in the timeline's table and order the
//! bibliography, so a reader finds a source where its short form says.

use std::fmt;

use crate::Source;

/// Longest lead shown, in characters, before it is cut at a word.
const MAX_LEAD: usize = 40;

/// A source's short citation: who, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ShortCitation {
    /// The first author's surname (with "et al." when others follow), or
    /// the issuing body, or the title when neither is recorded.
    pub lead: String,
    /// The first year the citation names, if any.
    pub year: Option<u16>,
}

impl ShortCitation {
    /// The short citation of `s`.
    pub(crate) fn of(s: &Source) -> ShortCitation {
        let text = s.citation.trim();
        let year = first_year(text);
        let body = skip_unrecorded_author(text);
        let (lead, rest) = split_lead(body);
        let lead = match surname(lead) {
            Some(name) if rest.starts_with(',') => format!("{name} et al."),
            Some(name) => name.to_owned(),
            None => shorten(abbreviation(lead).unwrap_or(lead)),
        };
        ShortCitation { lead, year }
    }

    /// The key the bibliography is sorted by: the lead without case, then
    /// the year.
    pub(crate) fn sort_key(&self) -> (String, u16) {
        (self.lead.to_lowercase(), self.year.unwrap_or(0))
    }
}

impl fmt::Display for ShortCitation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lead)?;
        match self.year {
            Some(y) if !self.lead.contains(&y.to_string()) => write!(f, " {y}"),
            _ => Ok(()),
        }
    }
}

/// The first four-digit year (1900 to 2099) standing as a word of `text`.
fn first_year(text: &str) -> Option<u16> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let word_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let word_end = b.get(i + 4).is_none_or(|c| !c.is_ascii_alphanumeric());
        let digits = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let century = matches!(&b[i..i + 2], b"19" | b"20");
        (word_start && word_end && digits && century)
            .then(|| text.get(i..i + 4).and_then(|y| y.parse().ok()))
            .flatten()
    })
}

/// `text` without a leading "(Author not recorded.)" and the date after it.
fn skip_unrecorded_author(text: &str) -> &str {
    let Some(rest) = text.strip_prefix('(') else {
        return text;
    };
    let Some(close) = rest.find(')') else {
        return text;
    };
    let mut rest = rest[close + 1..].trim_start_matches(['.', ' ']);
    // A date standing first: "2015. " or "2025-11-28. ".
    if let Some(dot) = rest.find(". ")
        && rest[..dot].bytes().all(|c| c.is_ascii_digit() || c == b'-')
    {
        rest = &rest[dot + 2..];
    }
    rest
}

/// The citation's first part (up to a comma, colon, semicolon or a full
/// stop followed by a space) and what follows it.
fn split_lead(text: &str) -> (&str, &str) {
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ':' | ';') || (c == '.' && text[i + 1..].starts_with(' '))
        })
        .map_or(text.len(), |(i, _)| i);
    (text[..end].trim(), &text[end..])
}

/// The surname of an author written "Surname AB" (initials of one to three
/// capitals), such as "Parker C" or "Handkiewicz-Junak D".
fn surname(lead: &str) -> Option<&str> {
    let (name, initials) = lead.rsplit_once(' ')?;
    let initials_ok =
        (1..=3).contains(&initials.len()) && initials.bytes().all(|c| c.is_ascii_uppercase());
    let name_ok = name.chars().next().is_some_and(char::is_uppercase)
        && name
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (initials_ok && name_ok).then_some(name)
}

/// The capitals in brackets that end a body's name: "AACR" in "American
/// Association for Cancer Research (AACR)".
fn abbreviation(lead: &str) -> Option<&str> {
    let inner = lead.strip_suffix(')')?.rsplit_once('(')?.1;
    let ok = (2..=12).contains(&inner.len())
        && inner
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'&' || c == b'-');
    ok.then_some(inner)
}

/// `lead` cut at a word to at most [`MAX_LEAD`] characters, with "…".
fn shorten(lead: &str) -> String {
    if lead.chars().count() <= MAX_LEAD {
        return lead.to_owned();
    }
    let cut: String = lead.chars().take(MAX_LEAD).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ' ', '(']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short(citation: &str) -> String {
        let mut s = crate::catalog().sources().next().unwrap().clone();
        s.citation = citation.to_owned();
        ShortCitation::of(&s).to_string()
    }

    #[test]
    fn authors_bodies_and_titles() {
        assert_eq!(
            short("Parker C, Nilsson S, et al. 2013. Alpha emitter."),
            "Parker et al. 2013"
        );
        assert_eq!(
            short("Keam SJ. 2022. Lutetium Lu 177: first approval."),
            "Keam 2022"
        );
        assert_eq!(
            short("European Medicines Agency. Xofigo: EPAR, 2018."),
            "European Medicines Agency 2018"
        );
        assert_eq!(
            short("American Association for Cancer Research (AACR), Progress, 2025"),
            "AACR 2025"
        );
        assert_eq!(
            short("ClinicalTrials.gov NCT00211237: CAFE"),
            "ClinicalTrials.gov NCT00211237"
        );
        assert_eq!(
            short("(Author not recorded.) 2015. An editorial. Anesthesiology."),
            "An editorial 2015"
        );
        assert_eq!(
            short("US FDA 510(k) K981251: Kyphon, decision 1998-07-02"),
            "US FDA 510(k) K981251 1998"
        );
    }

    #[test]
    fn years_are_whole_words() {
        assert_eq!(first_year("Policy 2022014, 2019"), Some(2019));
        assert_eq!(first_year("no year"), None);
    }
}
