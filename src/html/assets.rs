//! The fixed files of the site: the stylesheet and the page scripts.

/// The stylesheet, written as `assets/style.css`.
pub(crate) const STYLE_CSS: &str = include_str!("assets/style.css");
/// The page script (filters and the search box), written as `assets/site.js`.
pub(crate) const SITE_JS: &str = include_str!("assets/site.js");
/// The crate's search ported to the page, written as `assets/search.js`.
pub(crate) const SEARCH_JS: &str = include_str!("assets/search.js");
/// The Snowball English stemmer the page's search uses, written as
/// `assets/stemmer.js` (loaded before `search.js`).
pub(crate) const STEMMER_JS: &str = include_str!("assets/stemmer.js");
/// The compare page's script, written as `assets/compare.js`.
pub(crate) const COMPARE_JS: &str = include_str!("assets/compare.js");
