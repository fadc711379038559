//! The bibliography page: every source with its links and the statements
//! that cite it.

use askama::Template;

use super::{
    address::{Link, source_links, statement_anchor, subject_href},
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
    /// `current`, `draft`, `withdrawn`, `unconfirmed` or `superseded`, for styling.
    pub status_class: &'static str,
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
    verified: usize,
    secondary: usize,
}

fn sources_page(c: &Catalog) -> SourcesPage<'_> {
    let entries: Vec<SourceEntry<'_>> = c
        .sources()
        .map(|s| SourceEntry {
            s,
            status_class: match &s.status {
                Some(SourceStatus::Current) => "current",
                Some(SourceStatus::Draft) => "draft",
                Some(SourceStatus::Withdrawn) => "withdrawn",
                Some(SourceStatus::Discontinued) => "discontinued",
                Some(SourceStatus::Unconfirmed) => "unconfirmed",
                Some(SourceStatus::Superseded(_)) => "superseded",
                _ => "unknown",
            },
            links: source_links(s),
            cited_by: {
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
            },
            citing: c.citing(s.id.as_str()).count(),
        })
        .collect();
    let verified = entries
        .iter()
        .filter(|e| e.s.verification == Verification::Verified)
        .count();
    SourcesPage {
        page: Layout::new(c, "", "sources", "Sources".to_owned()),
        secondary: entries.len() - verified,
        verified,
        entries,
    }
}

/// The bibliography page as a file of the site.
pub(crate) fn render(c: &Catalog) -> Result<(String, String)> {
    page("sources.html".to_owned(), &sources_page(c))
}
