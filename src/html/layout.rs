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
    /// The page's own description, for `<meta name="description">`.
    pub description: String,
    /// When the page's content was last reviewed: the record's date, or
    /// the data version.
    pub reviewed: String,
    /// The page's path from the site's root, printed at the foot of a
    /// printed page.
    pub path: String,
}

impl Layout {
    /// The layout of the page at `path`, in the navigation entry `current`,
    /// titled `title` and described by `description` (to which the notice
    /// is added).
    pub(crate) fn new(
        c: &Catalog,
        path: &str,
        current: &'static str,
        title: String,
        description: &str,
    ) -> Self {
        let root = if path.contains('/') { "../" } else { "" };
        let version = c.version().unwrap_or("unversioned").to_owned();
        Layout {
            root,
            title,
            reviewed: version.clone(),
            version,
            current,
            notice: NOTICE,
            generator: GENERATOR,
            description: describe(description),
            path: path.to_owned(),
        }
    }

    /// The same layout, saying the content was last reviewed on `date`.
    pub(crate) fn reviewed(self, date: String) -> Self {
        Layout {
            reviewed: date,
            ..self
        }
    }
}

/// Longest description before the notice, in characters.
const DESCRIPTION_CHARS: usize = 150;

/// A page description: the first sentence of `text`, cut at a word if
/// long, then "Informational only."
fn describe(text: &str) -> String {
    let text = text.trim();
    let sentence = text
        .find(". ")
        .map_or(text, |i| &text[..=i])
        .trim_end_matches('.');
    let mut out = if sentence.chars().count() <= DESCRIPTION_CHARS {
        format!("{sentence}.")
    } else {
        let cut: String = sentence.chars().take(DESCRIPTION_CHARS).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
        format!("{}…", cut.trim_end_matches([',', ';', ' ']))
    };
    out.push_str(" Informational only, not clinical decision software.");
    out
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
