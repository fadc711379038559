//! The about page: what the catalog is and is not, the source article, its
//! data version and downloads, sourcing, how to cite it and report an
//! error.

use askama::Template;

use super::{
    address::{statement_anchor, subject_href},
    downloads::Download,
    layout::{Layout, page},
};
use crate::{Catalog, Modality, Result, Subject};

/// A worked example of citing one statement by its stable address.
#[derive(Clone, Debug)]
struct CiteExample {
    record: String,
    statement: String,
    address: String,
}

#[derive(Template)]
#[template(path = "about.html", config = "src/html/askama.toml")]
struct AboutPage {
    page: Layout,
    modalities: usize,
    combinations: usize,
    innovations: usize,
    sources: usize,
    statements: usize,
    example: Option<CiteExample>,
    downloads: Vec<Download>,
}

/// The first indication of radiofrequency ablation, or of the first
/// modality when the catalog has none by that id.
fn cite_example(c: &Catalog) -> Option<CiteExample> {
    let m: &Modality = c
        .get("radiofrequency-ablation")
        .ok()
        .or_else(|| c.iter().next())?;
    let i = m.indications.first()?;
    Some(CiteExample {
        record: m.name.clone(),
        statement: format!(
            "indication: {} ({}, {})",
            i.condition.label(),
            i.use_kind.label().to_lowercase(),
            i.jurisdiction.label()
        ),
        address: format!(
            "{}#{}",
            subject_href(Subject::Modality(m)),
            statement_anchor(i.id.as_str())
        ),
    })
}

/// The about page as a file of the site.
pub(crate) fn render(c: &Catalog, downloads: Vec<Download>) -> Result<(String, String)> {
    page(
        "about.html".to_owned(),
        &AboutPage {
            page: Layout::new(
                c,
                "about.html",
                "about",
                "About".to_owned(),
                "What the io-pain-modalities catalog is and is not, the article it started from, its data version and downloads, and how to cite it",
            ),
            modalities: c.len(),
            combinations: c.combinations().count(),
            innovations: c.innovations().count(),
            sources: c.sources().count(),
            statements: c.statements().count(),
            example: cite_example(c),
            downloads,
        },
    )
}
