//! A modality's page: every field, every statement with numbered citations.

use askama::Template;

use super::{
    address::{NamedLink, code_href, modality_link, subject_href},
    cite::Refs,
    layout::{Layout, page},
};
use crate::{
    Catalog, Code, Modality, RegulatoryEvent, Result, Subject,
    compare::{HIERARCHY, strongest},
    standing::event_words,
};

#[derive(Template)]
#[template(path = "modality.html", config = "src/html/askama.toml")]
struct ModalityPage<'a> {
    page: Layout,
    m: &'a Modality,
    refs: Refs<'a>,
    /// The strongest study among the key evidence: its rung of the
    /// evidence hierarchy and its name.
    strongest: Option<(&'static str, &'a str)>,
    /// Its relations to other modalities: how they relate, in words, and
    /// the other modality.
    related: Vec<(&'static str, NamedLink)>,
    combinations: Vec<NamedLink>,
    innovations: Vec<NamedLink>,
}

impl ModalityPage<'_> {
    /// The page of a code in its public registry, if it has one.
    fn registry(&self, k: &Code) -> Option<String> {
        code_href(k.system, &k.code)
    }

    /// A regulatory event's kind, in words that say what it concerns.
    fn event(&self, r: &RegulatoryEvent) -> &'static str {
        event_words(self.m, r)
    }
}

fn modality_page<'a>(c: &'a Catalog, m: &'a Modality) -> ModalityPage<'a> {
    let refs = Refs::of(c, Subject::Modality(m));
    ModalityPage {
        page: Layout::new(
            c,
            &subject_href(Subject::Modality(m)),
            "record",
            m.name.clone(),
            &m.plain_summary.as_ref().unwrap_or(&m.summary).text,
        )
        .reviewed(m.last_reviewed.to_string()),
        m,
        refs,
        strongest: strongest(m)
            .map(|(rung, e)| (HIERARCHY.get(rung).copied().unwrap_or(""), e.name.as_str())),
        related: m
            .related
            .iter()
            .map(|r| (r.relation.label(), modality_link(c, r.modality.as_str())))
            .collect(),
        combinations: c
            .combinations()
            .filter(|x| x.modalities.contains(&m.id))
            .map(|x| NamedLink {
                name: x.name.clone(),
                href: subject_href(Subject::Combination(x)),
            })
            .collect(),
        innovations: c
            .innovations()
            .filter(|x| x.related.contains(&m.id))
            .map(|x| NamedLink {
                name: x.name.clone(),
                href: subject_href(Subject::Innovation(x)),
            })
            .collect(),
    }
}

/// Every modality's page as files of the site.
pub(crate) fn render(c: &Catalog) -> Result<Vec<(String, String)>> {
    c.iter()
        .map(|m| page(subject_href(Subject::Modality(m)), &modality_page(c, m)))
        .collect()
}
