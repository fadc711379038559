//! A static website of a catalog (feature `html`).
//!
//! [`render`] turns a [`Catalog`] into a small set of files that anyone can
//! open from a folder, a USB stick or any static host: no server, no
//! network, no CDN and no web fonts. [`Site::write_to`] writes them to a
//! folder, all or nothing.
//!
//! | file | what it shows |
//! |---|---|
//! | `index.html` | the notice, a search box, filters and a table of every modality, grouped as the source article's modalities, comparators, combinations and emerging innovations |
//! | `modalities/ID.html`, `combinations/ID.html`, `innovations/ID.html` | every field of one record, every statement with numbered citations |
//! | `sources.html` | the bibliography, each source with its links and the statements that cite it |
//! | `timeline.html` | the regulatory history of every modality on one time axis (inline SVG) and an evidence map |
//! | `compare.html` | two to four modalities side by side, chosen on the page and kept in its address (`compare.html?ids=a,b`), from the data [`Catalog::compare`](crate::Catalog::compare) returns |
//! | `about.html` | what the catalog is and is not, the source article, its data version and downloads, sourcing, how to cite a statement and report an error |
//! | `data/` | the downloads: `catalog.json`, `statements.jsonl` and, with the `schemars` and `fhir` features, `catalog.schema.json` and `fhir-bundle.json` |
//! | `assets/` | the stylesheet, the page scripts (filters and the address; the crate's search, ported; the compare table), the search index and the compare data |
//!
//! The module is laid out as the site is: `layout.rs` (the frame every
//! page shares), `address.rs` (where each page and statement is, and which
//! outside addresses may become links), `cite.rs` (a page's numbered
//! references), one file per page kind (`index.rs`, `modality.rs`,
//! `record.rs` for combinations and innovations, `sources.rs` with
//! `citation.rs` (short citations), `timeline.rs` with `evidence_map.rs`,
//! `compare.rs`, `about.rs` with `downloads.rs`), `filter.rs` (the filters
//! of the index and the bibliography), `search_index.rs`
//! (the page's search index) and `write.rs` (writing a folder, all or
//! nothing). Page files import the shared ones, never each other.
//!
//! Everything taken from the catalog is data, never markup: the templates
//! (askama, checked when the crate compiles) escape every value, and only
//! `http://` and `https://` addresses become links.
//!
//! ```
//! let site = io_pain_modalities::html::render(io_pain_modalities::catalog())?;
//! let index = site.get("index.html").unwrap();
//! assert!(index.contains("Informational only"));
//! assert!(site.get("modalities/radiofrequency-ablation.html").is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::{Catalog, Result};

mod about;
mod address;
mod assets;
mod citation;
mod cite;
mod compare;
mod downloads;
mod evidence_map;
mod filter;
mod index;
mod layout;
mod modality;
mod record;
mod search_index;
mod sources;
mod timeline;
mod write;

/// A rendered site: every file's path (relative, `/`-separated) and contents.
///
/// ```
/// let site = io_pain_modalities::html::render(io_pain_modalities::catalog())?;
/// for (path, contents) in site.files() {
///     assert!(!path.starts_with('/'));
///     assert!(!contents.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    files: Vec<(String, String)>,
}

/// Renders `catalog` as a static site.
///
/// The pages carry the catalog's data version; the output depends on
/// nothing else (no clock, no machine), so the same catalog always renders
/// the same bytes.
///
/// # Errors
///
/// [`Error::Site`](crate::Error::Site) if a template fails to render, which only a failing
/// formatter could cause.
///
/// ```
/// let c = io_pain_modalities::catalog();
/// let site = io_pain_modalities::html::render(c)?;
/// assert_eq!(site, io_pain_modalities::html::render(c)?);
/// assert!(site.get("sources.html").unwrap().contains("https://doi.org/"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(catalog: &Catalog) -> Result<Site> {
    let mut files = vec![
        index::render(catalog)?,
        sources::render(catalog)?,
        timeline::render(catalog)?,
    ];
    let (data, downloads) = downloads::downloads(catalog);
    files.push(about::render(catalog, downloads)?);
    files.extend(data);
    files.extend(modality::render(catalog)?);
    files.extend(record::render(catalog)?);
    files.extend(compare::render(catalog)?);
    files.push(("assets/style.css".to_owned(), assets::STYLE_CSS.to_owned()));
    files.push(("assets/site.js".to_owned(), assets::SITE_JS.to_owned()));
    files.push(("assets/search.js".to_owned(), assets::SEARCH_JS.to_owned()));
    files.push((
        "assets/stemmer.js".to_owned(),
        assets::STEMMER_JS.to_owned(),
    ));
    files.push((
        "assets/compare.js".to_owned(),
        assets::COMPARE_JS.to_owned(),
    ));
    files.push((
        "assets/search-index.js".to_owned(),
        search_index::search_index_js(catalog),
    ));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Site { files })
}

impl Site {
    /// Every file as `(path, contents)`, sorted by path.
    ///
    /// ```
    /// let site = io_pain_modalities::html::render(io_pain_modalities::catalog())?;
    /// let paths: Vec<&str> = site.files().map(|(p, _)| p).collect();
    /// assert!(paths.contains(&"about.html"));
    /// assert!(paths.contains(&"assets/style.css"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn files(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.files.iter().map(|(p, c)| (p.as_str(), c.as_str()))
    }

    /// The contents of one file, by its path.
    ///
    /// ```
    /// let site = io_pain_modalities::html::render(io_pain_modalities::catalog())?;
    /// assert!(site.get("timeline.html").unwrap().contains("<svg"));
    /// assert!(site.get("nope.html").is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files
            .binary_search_by(|(p, _)| p.as_str().cmp(path))
            .ok()
            .and_then(|i| self.files.get(i))
            .map(|(_, c)| c.as_str())
    }

    /// The size of the whole site in bytes.
    ///
    /// ```
    /// let site = io_pain_modalities::html::render(io_pain_modalities::catalog())?;
    /// let sum: usize = site.files().map(|(_, c)| c.len()).sum();
    /// assert_eq!(site.len_bytes(), sum);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len_bytes(&self) -> usize {
        self.files.iter().map(|(_, c)| c.len()).sum()
    }
}
