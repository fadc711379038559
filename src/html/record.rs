//! The page of a combination or an innovation: one template for both, since
//! each is a named text with its sources and the modalities it links to.

use askama::Template;

use super::{
    address::{NamedLink, modality_link, subject_href},
    cite::Refs,
    layout::{Layout, Text, page},
};
use crate::{Catalog, Combination, Innovation, ModalityId, Result, SourceId, Subject};

/// What a combination's or an innovation's page shows.
#[derive(Template)]
#[template(path = "record.html", config = "src/html/askama.toml")]
struct RecordPage<'a> {
    page: Layout,
    /// What kind of record this is, above the name.
    kicker: String,
    name: &'a str,
    synonyms: &'a [String],
    category: Option<Text>,
    stage: Text,
    /// The fact that names the linked modalities.
    links_label: Text,
    /// Whether the linked modalities are in order (a numbered list).
    ordered: bool,
    links: Vec<NamedLink>,
    text: &'a str,
    sources: &'a [SourceId],
    /// The text's clause map.
    support: &'a [crate::Support],
    refs: Refs<'a>,
}

impl<'a> RecordPage<'a> {
    fn new(
        c: &'a Catalog,
        subject: Subject<'a>,
        text: &'a str,
        sources: &'a [SourceId],
        modalities: &[ModalityId],
    ) -> Self {
        let name = subject.name();
        let refs = Refs::of(c, subject);
        RecordPage {
            page: Layout::new(c, &subject_href(subject), "record", name.to_owned(), text),
            kicker: String::new(),
            name,
            synonyms: &[],
            category: None,
            stage: "",
            links_label: "",
            ordered: false,
            links: modalities
                .iter()
                .map(|id| modality_link(c, id.as_str()))
                .collect(),
            text,
            sources,
            support: &[],
            refs,
        }
    }

    fn combination(c: &'a Catalog, x: &'a Combination) -> Self {
        RecordPage {
            kicker: format!("Combination · {}", x.lifecycle.label()),
            stage: x.lifecycle.label(),
            links_label: "Modalities, in the order used",
            ordered: true,
            support: &x.support,
            ..RecordPage::new(
                c,
                Subject::Combination(x),
                &x.text,
                &x.sources,
                &x.modalities,
            )
        }
    }

    fn innovation(c: &'a Catalog, x: &'a Innovation) -> Self {
        RecordPage {
            kicker: format!("Emerging innovation · {}", x.category.label()),
            synonyms: &x.synonyms,
            category: Some(x.category.label()),
            stage: x.lifecycle.label(),
            links_label: "Builds on",
            support: &x.support,
            ..RecordPage::new(c, Subject::Innovation(x), &x.text, &x.sources, &x.related)
        }
    }
}

/// Every combination's and innovation's page as files of the site.
pub(crate) fn render(c: &Catalog) -> Result<Vec<(String, String)>> {
    let combinations = c.combinations().map(|x| {
        page(
            subject_href(Subject::Combination(x)),
            &RecordPage::combination(c, x),
        )
    });
    let innovations = c.innovations().map(|x| {
        page(
            subject_href(Subject::Innovation(x)),
            &RecordPage::innovation(c, x),
        )
    });
    combinations.chain(innovations).collect()
}
