//! The bibliography page: every source with its links and the statements
//! that cite it.

use askama::Template;

use super::{
    address::{Link, source_links, statement_anchor, subject_href},
    citation::ShortCitation,
    filter::{Choice, Filter, choices},
    layout::{Layout, page},
};
use crate::{Catalog, Field, Result, Source, SourceStatus, Verification};

/// A statement's place in its record, in words: "indication 2".
fn field_words(field: Field) -> String {
    match field {
        Field::Summary => "summary".to_owned(),
        Field::PlainSummary => "plain-language summary".to_owned(),
        Field::Mechanism => "mechanism".to_owned(),
        Field::Administration => "administration".to_owned(),
        Field::Indication(i) => format!("indication {}", i + 1),
        Field::IndicationCode(i, j) => format!("code {} of indication {}", j + 1, i + 1),
        Field::Precaution(i) => format!("precaution {}", i + 1),
        Field::Regulatory(i) => format!("regulatory event {}", i + 1),
        Field::Evidence(i) => format!("key study {}", i + 1),
        Field::OpioidSparing => "opioid use".to_owned(),
        Field::Radiation => "radiation physics".to_owned(),
        Field::Code(i) => format!("code {}", i + 1),
        Field::Correction(i) => format!("correction {}", i + 1),
        Field::Text => "description".to_owned(),
    }
}

/// The statements of one record that cite a source, each linked back.
#[derive(Clone, Debug)]
pub(crate) struct CitedBy {
    /// The record's page, which tells records apart.
    pub page: String,
    /// The record's name.
    pub subject: String,
    /// Each citing statement, in words, with its address.
    pub fields: Vec<(String, String)>,
}

/// One entry of the bibliography page.
#[derive(Clone, Debug)]
pub(crate) struct SourceEntry<'a> {
    pub s: &'a Source,
    /// Its first author or issuing body and year, as the list is sorted.
    pub short: String,
    /// The initial it is filed under in the jump index, or `None` when it
    /// files under the initial of the entry before it.
    pub letter: Option<char>,
    /// `current`, `draft`, `withdrawn`, `unconfirmed` or `superseded`, for styling.
    pub status_class: &'static str,
    /// Its note, with any source id it names read as a short citation.
    pub note: Option<String>,
    /// The source that replaced it, as a short citation.
    pub superseded_by: Option<String>,
    pub links: Vec<Link>,
    pub cited_by: Vec<CitedBy>,
    /// How many statements cite it.
    pub citing: usize,
}

#[derive(Template)]
#[template(path = "sources.html", config = "src/html/askama.toml")]
struct SourcesPage<'a> {
    page: Layout,
    entries: Vec<SourceEntry<'a>>,
    /// The initials of the jump index, in order.
    letters: Vec<char>,
    filters: Vec<Filter>,
    verified: usize,
    secondary: usize,
}

fn status_class(s: &Source) -> &'static str {
    match &s.status {
        Some(SourceStatus::Current) => "current",
        Some(SourceStatus::Draft) => "draft",
        Some(SourceStatus::Withdrawn) => "withdrawn",
        Some(SourceStatus::Discontinued) => "discontinued",
        Some(SourceStatus::Unconfirmed) => "unconfirmed",
        Some(SourceStatus::Superseded(_)) => "superseded",
        _ => "unknown",
    }
}

/// The statements that cite `s`, grouped by record.
fn cited_by(c: &Catalog, s: &Source) -> Vec<CitedBy> {
    let mut groups: Vec<CitedBy> = Vec::new();
    for st in c.citing(s.id.as_str()) {
        let page = subject_href(st.subject);
        let field = (
            field_words(st.field),
            format!("{page}#{}", statement_anchor(&st.anchor())),
        );
        match groups.last_mut() {
            Some(g) if g.page == page => g.fields.push(field),
            _ => groups.push(CitedBy {
                page,
                subject: st.subject.name().to_owned(),
                fields: vec![field],
            }),
        }
    }
    groups
}

fn entry<'a>(c: &'a Catalog, s: &'a Source) -> SourceEntry<'a> {
    SourceEntry {
        s,
        short: ShortCitation::of(s).to_string(),
        letter: None,
        note: s.note.as_deref().map(|n| cite_ids(c, n)),
        status_class: status_class(s),
        superseded_by: s
            .status
            .as_ref()
            .and_then(|st| st.superseded_by())
            .and_then(|id| c.source(id.as_str()))
            .map(|by| ShortCitation::of(by).to_string()),
        links: source_links(s),
        cited_by: cited_by(c, s),
        citing: c.citing(s.id.as_str()).count(),
    }
}

/// `text` with every source id it names, as a whole word, replaced by the
/// source's short citation: notes written for editors ("see
/// iaea-eanm-2008-summary") read as citations.
fn cite_ids(c: &Catalog, text: &str) -> String {
    let mut out = text.to_owned();
    for s in c.sources() {
        let id = s.id.as_str();
        let mut from = 0;
        while let Some(i) = out[from..].find(id).map(|i| i + from) {
            let end = i + id.len();
            let word = |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphanumeric() || ch == '-');
            if word(out[..i].chars().next_back()) || word(out[end..].chars().next()) {
                from = end;
                continue;
            }
            let short = ShortCitation::of(s).to_string();
            out.replace_range(i..end, &short);
            from = i + short.len();
        }
    }
    out
}

/// The initial a short citation files under: its first letter, upper
/// case, or `#` for anything else.
fn initial(short: &str) -> char {
    match short.chars().next() {
        Some(ch) if ch.is_alphabetic() => ch.to_uppercase().next().unwrap_or(ch),
        _ => '#',
    }
}

/// The bibliography's filters: kind, verification and status.
fn filters(c: &Catalog) -> Vec<Filter> {
    vec![
        Filter {
            key: "kind",
            label: "Kind",
            choices: choices(c.sources().map(|s| s.kind)),
        },
        Filter {
            key: "verification",
            label: "Verification",
            choices: choices(c.sources().map(|s| s.verification)),
        },
        Filter {
            key: "status",
            label: "Status",
            choices: {
                let mut v: Vec<Choice> = Vec::new();
                for s in c.sources() {
                    let value = status_class(s);
                    if value != "unknown" && !v.iter().any(|x| x.value == value) {
                        let label = s.status.as_ref().map_or("", |st| st.label());
                        v.push(Choice { value, label });
                    }
                }
                v.sort_by_key(|x| x.label);
                v
            },
        },
    ]
}

fn sources_page(c: &Catalog) -> SourcesPage<'_> {
    let mut entries: Vec<SourceEntry<'_>> = c.sources().map(|s| entry(c, s)).collect();
    entries.sort_by_cached_key(|e| {
        (
            ShortCitation::of(e.s).sort_key(),
            e.s.id.as_str().to_owned(),
        )
    });
    let mut letters = Vec::new();
    for e in &mut entries {
        let l = initial(&e.short);
        if letters.last() != Some(&l) {
            letters.push(l);
            e.letter = Some(l);
        }
    }
    let verified = entries
        .iter()
        .filter(|e| e.s.verification == Verification::Verified)
        .count();
    SourcesPage {
        page: Layout::new(
            c,
            "sources.html",
            "sources",
            "Sources".to_owned(),
            &format!(
                "The bibliography of the io-pain-modalities catalog: {} sources by first author or issuing body, with the statements that cite them",
                entries.len()
            ),
        ),
        secondary: entries.len() - verified,
        verified,
        letters,
        filters: filters(c),
        entries,
    }
}

/// The bibliography page as a file of the site.
pub(crate) fn render(c: &Catalog) -> Result<(String, String)> {
    page("sources.html".to_owned(), &sources_page(c))
}
