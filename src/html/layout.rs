//! The shared layout every page extends (`base.html`), and the rendering of
//! one page into a file of the site.

use askama::Template;

use crate::{Catalog, Error, NOTICE, Result};

/// A label as the templates show it.
pub(crate) type Text = &'static str;

/// The `<meta name="generator">` every page carries; `Site::write_to`
/// replaces a folder only when its `index.html` has it.
pub(crate) const GENERATOR: &str = "io-pain-modalities";

/// What the shared layout (`base.html`) needs from every page.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    /// The way back to the site's root from this page: `""` or `"../"`.
    pub root: &'static str,
    /// The page title (without the site name).
    pub title: String,
    /// The data version, or "unversioned".
    pub version: String,
    /// Which navigation entry this page is.
    pub current: &'static str,
    /// The informational-only notice.
    pub notice: &'static str,
    /// The generator name, in a `<meta>` tag.
    pub generator: &'static str,
}

impl Layout {
    /// The layout of a page at `root` (`""` or `"../"`), in the navigation
    /// entry `current`, titled `title`.
    pub(crate) fn new(
        c: &Catalog,
        root: &'static str,
        current: &'static str,
        title: String,
    ) -> Self {
        let version = if c.version().is_empty() {
            "unversioned".to_owned()
        } else {
            c.version().to_owned()
        };
        Layout {
            root,
            title,
            version,
            current,
            notice: NOTICE,
            generator: GENERATOR,
        }
    }
}

/// One rendered file of the site: its path and its HTML.
pub(crate) fn page(path: String, t: &impl Template) -> Result<(String, String)> {
    match t.render() {
        Ok(html) => Ok((path, html)),
        Err(e) => Err(Error::Site {
            path,
            message: e.to_string(),
        }),
    }
}
