//! The about page: what the catalog is and is not, its data version,
//! sourcing, how to cite it and report an error.

use askama::Template;

use super::layout::{Layout, page};
use crate::{Catalog, Result};

#[derive(Template)]
#[template(path = "about.html", config = "src/html/askama.toml")]
struct AboutPage {
    page: Layout,
    modalities: usize,
    combinations: usize,
    innovations: usize,
    sources: usize,
    statements: usize,
}

/// The about page as a file of the site.
pub(crate) fn render(c: &Catalog) -> Result<(String, String)> {
    page(
        "about.html".to_owned(),
        &AboutPage {
            page: Layout::new(c, "", "about", "About".to_owned()),
            modalities: c.len(),
            combinations: c.combinations().count(),
            innovations: c.innovations().count(),
            sources: c.sources().count(),
            statements: c.statements().count(),
        },
    )
}
