//! The site's addresses: where each page is, the fragment of each
//! statement, and the only outside addresses that may become links.

use crate::{Catalog, Source, Subject};

/// The address a link may point to: `Some` only for `http://` and
/// `https://` addresses, so that no other scheme (`javascript:`, `data:`,
/// `file:`) ever becomes a link, whatever a catalog holds.
pub(crate) fn http_href(address: &str) -> Option<&str> {
    let lower = address.get(..8).unwrap_or(address).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(address)
}

/// Where a record's page is, from the site's root.
pub(crate) fn subject_href(subject: Subject<'_>) -> String {
    format!("{}/{}.html", subject.collection(), subject.id())
}

/// Where a modality's page is, from the site's root.
pub(crate) fn modality_href(id: &str) -> String {
    format!("modalities/{id}.html")
}

/// The fragment id of a statement on its record page: `s-` and the
/// statement's stable anchor (`StatementRef::anchor`), such as
/// `s-us-label-2025` (the prefix keeps statement ids apart from the page's
/// own ids).
pub(crate) fn statement_anchor(anchor: &str) -> String {
    format!("s-{anchor}")
}

/// A record's name with the page it has on the site.
#[derive(Clone, Debug)]
pub(crate) struct NamedLink {
    /// The name shown.
    pub name: String,
    /// The page, from the site's root.
    pub href: String,
}

/// A modality's name and page; the id stands in for the name of a
/// modality the catalog lacks.
pub(crate) fn modality_link(c: &Catalog, id: &str) -> NamedLink {
    NamedLink {
        name: c.get(id).map_or_else(|_| id.to_owned(), |m| m.name.clone()),
        href: modality_href(id),
    }
}

/// A link to the outside world: only ever an http(s) address.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    /// What the address is, such as "DOI".
    pub kind: &'static str,
    /// The address.
    pub href: String,
    /// The text shown.
    pub text: String,
}

/// A source's DOI, PubMed and web links, those that are http(s).
pub(crate) fn source_links(s: &Source) -> Vec<Link> {
    let mut links = Vec::new();
    let mut push = |kind: &'static str, href: String, text: String| {
        if http_href(&href).is_some() {
            links.push(Link { kind, href, text });
        }
    };
    if let Some(doi) = &s.doi {
        push("DOI", doi.url(), doi.to_string());
    }
    if let Some(pmid) = &s.pmid {
        push("PubMed", pmid.url(), format!("PMID {pmid}"));
    }
    if let Some(url) = &s.url {
        push("Web page", url.to_string(), url.to_string());
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_addresses_become_links() {
        assert_eq!(
            http_href("https://doi.org/10.1/x"),
            Some("https://doi.org/10.1/x")
        );
        assert_eq!(http_href("HTTP://example.org"), Some("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "//example.org",
            "httpx://example.org",
            "",
            "https:",
        ] {
            assert_eq!(http_href(bad), None, "{bad}");
        }
    }

    #[test]
    fn anchors_are_prefixed() {
        assert_eq!(statement_anchor("us-label-2025"), "s-us-label-2025");
        assert_eq!(statement_anchor("summary"), "s-summary");
    }
}
