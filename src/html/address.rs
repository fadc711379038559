//! The site's addresses: where each page is, the fragment of each
//! statement, and the only outside addresses that may become links.

use crate::{Catalog, CodeSystem, Source, Subject};

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
    /// The text shown: the address's domain, such as "doi.org".
    pub text: String,
}

/// The domain of an http(s) address, without `www.`: "doi.org".
pub(crate) fn domain(href: &str) -> &str {
    let rest = href.split_once("://").map_or(href, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// A source's DOI, PubMed and web links, those that are http(s), each
/// address once.
pub(crate) fn source_links(s: &Source) -> Vec<Link> {
    let mut links: Vec<Link> = Vec::new();
    let mut push = |kind: &'static str, href: String| {
        let same = |l: &Link| {
            l.href
                .trim_end_matches('/')
                .eq_ignore_ascii_case(href.trim_end_matches('/'))
        };
        if http_href(&href).is_some() && !links.iter().any(same) {
            let text = domain(&href).to_owned();
            links.push(Link { kind, href, text });
        }
    };
    if let Some(doi) = &s.doi {
        push("DOI", doi.url());
    }
    if let Some(pmid) = &s.pmid {
        push("PubMed", pmid.url());
    }
    if let Some(url) = &s.url {
        push("Web page", url.to_string());
    }
    links
}

/// The page of `code` in the public registry of its system, where the
/// registry has one page per code: ClinicalTrials.gov, the FDA 510(k) and
/// PMA databases, the WHO ATC index, the NCI Thesaurus and RxNav. HCPCS,
/// ICD-10 and NDC codes have no such page and stay text.
pub(crate) fn code_href(system: CodeSystem, code: &str) -> Option<String> {
    let code: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let base = match system {
        CodeSystem::Nct => "https://clinicaltrials.gov/study/",
        CodeSystem::Fda510k => {
            "https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpmn/pmn.cfm?ID="
        }
        CodeSystem::FdaPma => {
            "https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpma/pma.cfm?id="
        }
        CodeSystem::Atc => "https://atcddd.fhi.no/atc_ddd_index/?code=",
        CodeSystem::NciThesaurus => {
            "https://ncit.nci.nih.gov/ncitbrowser/ConceptReport.jsp?dictionary=NCI_Thesaurus&code="
        }
        CodeSystem::Rxnorm => "https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm=",
        _ => return None,
    };
    Some(format!("{base}{code}"))
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
    fn codes_link_to_their_registries() {
        assert_eq!(
            code_href(CodeSystem::Nct, "NCT00699751").as_deref(),
            Some("https://clinicaltrials.gov/study/NCT00699751")
        );
        assert!(
            code_href(CodeSystem::Fda510k, "K981251")
                .unwrap()
                .ends_with("ID=K981251")
        );
        assert_eq!(code_href(CodeSystem::Hcpcs, "A9600"), None);
        // Only letters, digits and dots reach the address.
        assert!(
            code_href(CodeSystem::Atc, "V10&x=1")
                .unwrap()
                .ends_with("code=V10x1")
        );
    }

    #[test]
    fn domains() {
        assert_eq!(domain("https://doi.org/10.1/x"), "doi.org");
        assert_eq!(domain("https://www.fda.gov/a?b"), "fda.gov");
        assert_eq!(domain("http://example.org"), "example.org");
    }

    #[test]
    fn anchors_are_prefixed() {
        assert_eq!(statement_anchor("us-label-2025"), "s-us-label-2025");
        assert_eq!(statement_anchor("summary"), "s-summary");
    }
}
