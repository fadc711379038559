//! Reverse views by source: the statements that cite a source, found by its
//! id or by one of its identifiers (PMID, DOI, URL), from indexes built when
//! the catalog is loaded.

use crate::{Catalog, Map, Source, StatementRef, file::Parts};

/// Which statements cite each source, and which sources carry each
/// identifier; built once at load.
#[derive(Clone, Debug, Default)]
pub(crate) struct Citations {
    /// Per source (by index in `parts.sources`): the indices of the
    /// statements that cite it, in catalog order.
    pub(crate) by_source: Vec<Vec<u32>>,
    /// Each identifier, as [`identifier_key`] writes it, to the indices of
    /// the sources that carry it.
    by_identifier: Map<Box<str>, Vec<u32>>,
}

impl Citations {
    /// An empty index for `parts`, to be filled by [`Citations::cite`].
    pub(crate) fn new(parts: &Parts) -> Citations {
        let mut by_identifier: Map<Box<str>, Vec<u32>> = Map::default();
        for (i, s) in parts.sources.iter().enumerate() {
            let ids = [
                s.doi.as_ref().map(|x| x.as_str()),
                s.pmid.as_ref().map(|x| x.as_str()),
                s.url.as_ref().map(|x| x.as_str()),
            ];
            for id in ids.into_iter().flatten() {
                let slot = by_identifier.entry(identifier_key(id).into()).or_default();
                slot.push(i as u32);
            }
        }
        Citations {
            by_source: vec![Vec::new(); parts.sources.len()],
            by_identifier,
        }
    }

    /// Records that statement `statement` cites source `source`.
    pub(crate) fn cite(&mut self, source: usize, statement: usize) {
        if let Some(list) = self.by_source.get_mut(source)
            && list.last() != Some(&(statement as u32))
        {
            list.push(statement as u32);
        }
    }
}

/// The form an identifier is indexed under: a DOI without its resolver
/// prefix and lower-cased (DOIs ignore case), a PMID without `PMID:`, a URL
/// without a trailing slash.
fn identifier_key(id: &str) -> String {
    let id = id.trim();
    let lower = id.to_ascii_lowercase();
    for prefix in [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "doi:",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return rest.trim().to_owned();
        }
    }
    if lower.starts_with("10.") {
        return lower;
    }
    if let Some(rest) = lower.strip_prefix("pmid:") {
        return rest.trim().to_owned();
    }
    id.trim_end_matches('/').to_owned()
}

impl Catalog {
    /// The statements that cite a source, given its id: a `&str`, a
    /// `String` or a [`SourceId`](crate::SourceId). Answered from an index
    /// built at load; allocates nothing.
    ///
    /// ```
    /// use io_pain_modalities::SourceId;
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.citing("dupuy-2010").any(|s| s.subject.id() == "radiofrequency-ablation"));
    /// let id: SourceId = "dupuy-2010".parse()?;
    /// assert_eq!(c.citing(&id).count(), c.citing("dupuy-2010").count());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn citing(&self, source: impl AsRef<str>) -> Citing<'_> {
        let list = self
            .source_index(source.as_ref())
            .and_then(|k| self.citations.by_source.get(k))
            .map_or(&[][..], Vec::as_slice);
        Citing {
            catalog: self,
            at: At::Listed(list.iter()),
        }
    }

    /// The sources that carry an identifier: a PMID (`20041484` or
    /// `PMID: 20041484`), a DOI (`10.1002/cncr.24837`, any case, bare or as a
    /// `https://doi.org/` link) or a URL (with or without a trailing
    /// slash). Answered from an index built at load.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let s: Vec<_> = c.with_identifier("PMID: 20041484").collect();
    /// assert_eq!(s[0].id, "dupuy-2010");
    /// ```
    pub fn with_identifier<'a>(
        &'a self,
        identifier: &str,
    ) -> impl Iterator<Item = &'a Source> + use<'a> {
        let list = self
            .citations
            .by_identifier
            .get(identifier_key(identifier).as_str())
            .map_or(&[][..], Vec::as_slice);
        list.iter()
            .filter_map(|&i| self.parts.sources.get(i as usize))
    }

    /// The statements that rest on a publication or page, given its PMID,
    /// DOI or URL (as [`Catalog::with_identifier`] reads them): every
    /// statement citing a source that carries it, in catalog order, each
    /// once. Answered from indexes built at load, not by scanning.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let by_pmid: Vec<_> = c.citing_identifier("20041484").collect();
    /// assert!(by_pmid.iter().any(|s| s.subject.id() == "radiofrequency-ablation"));
    /// assert_eq!(by_pmid.len(), c.citing("dupuy-2010").count());
    /// assert_eq!(c.citing_identifier("https://doi.org/10.1002/CNCR.24837").count(), by_pmid.len());
    /// assert_eq!(c.citing_identifier("99999999").count(), 0);
    /// ```
    pub fn citing_identifier(&self, identifier: &str) -> Citing<'_> {
        let sources = self
            .citations
            .by_identifier
            .get(identifier_key(identifier).as_str())
            .map_or(&[][..], Vec::as_slice);
        if let [one] = sources {
            let list = self.citations.by_source.get(*one as usize);
            return Citing {
                catalog: self,
                at: At::Listed(list.map_or(&[][..], Vec::as_slice).iter()),
            };
        }
        let mut statements: Vec<u32> = sources
            .iter()
            .filter_map(|&k| self.citations.by_source.get(k as usize))
            .flatten()
            .copied()
            .collect();
        statements.sort_unstable();
        statements.dedup();
        Citing {
            catalog: self,
            at: At::Merged(statements.into_iter()),
        }
    }
}

/// The statements citing a source or an identifier, in catalog order; see
/// [`Catalog::citing`] and [`Catalog::citing_identifier`].
///
/// ```
/// let mut it = io_pain_modalities::catalog().citing("dupuy-2010");
/// assert!(it.next().is_some());
/// ```
#[derive(Clone, Debug)]
pub struct Citing<'a> {
    catalog: &'a Catalog,
    at: At<'a>,
}

#[derive(Clone, Debug)]
enum At<'a> {
    /// One source's list, borrowed from the index.
    Listed(std::slice::Iter<'a, u32>),
    /// Several sources' lists, merged.
    Merged(std::vec::IntoIter<u32>),
}

impl<'a> Iterator for Citing<'a> {
    type Item = StatementRef<'a>;
    fn next(&mut self) -> Option<StatementRef<'a>> {
        loop {
            let i = match &mut self.at {
                At::Listed(it) => *it.next()?,
                At::Merged(it) => it.next()?,
            };
            if let Some(s) = self.catalog.statement_by_index(i as usize) {
                return Some(s);
            }
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = match &self.at {
            At::Listed(it) => it.len(),
            At::Merged(it) => it.len(),
        };
        (0, Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::identifier_key;

    #[test]
    fn identifiers_are_keyed_as_written_in_the_catalog() {
        assert_eq!(identifier_key("10.1002/CNCR.24837"), "10.1002/cncr.24837");
        assert_eq!(
            identifier_key("https://doi.org/10.1002/cncr.24837"),
            "10.1002/cncr.24837"
        );
        assert_eq!(
            identifier_key("doi:10.1002/cncr.24837"),
            "10.1002/cncr.24837"
        );
        assert_eq!(identifier_key(" PMID: 20041484"), "20041484");
        assert_eq!(
            identifier_key("https://example.org/Page/"),
            "https://example.org/Page"
        );
    }
}
