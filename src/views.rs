//! The catalog's reverse views: the sources a statement cites, the
//! filters, and the flat view of every cited statement.

use crate::{
    catalog::Catalog,
    filter::Query,
    ids::SourceId,
    model::{Modality, Source},
    statement::{Field, Loc, StatementRef, Subject, modality_statements, resolve, support_of},
    vocab::{CodeSystem, Condition},
};

impl Catalog {
    /// The sources an entry cites, each once, in order of first citation
    /// through its statements in document order: the numbering of a
    /// record's references (the site and FHIR number and list them so).
    ///
    /// ```
    /// use io_pain_modalities::{Subject, catalog};
    /// let c = catalog();
    /// let m = c.get("strontium-89-chloride")?;
    /// let sources = c.sources_in_order(Subject::Modality(m));
    /// assert_eq!(sources[0].id, m.summary.sources[0]);
    /// let ids: std::collections::HashSet<_> = sources.iter().map(|s| &s.id).collect();
    /// assert_eq!(ids.len(), sources.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sources_in_order<'a>(&'a self, subject: Subject<'a>) -> Vec<&'a Source> {
        let mut out: Vec<&'a Source> = Vec::new();
        let mut add = |ids: &'a [SourceId]| {
            for s in self.cited(ids) {
                if !out.iter().any(|o| o.id == s.id) {
                    out.push(s);
                }
            }
        };
        match subject {
            Subject::Modality(m) => modality_statements(m, |_, _, ids| add(ids)),
            Subject::Combination(x) => add(&x.sources),
            Subject::Innovation(x) => add(&x.sources),
        }
        out
    }

    /// Iterates over the modalities in catalog order.
    ///
    /// ```
    /// let ids: Vec<&str> = io_pain_modalities::catalog().iter().map(|m| m.id.as_str()).collect();
    /// assert!(ids.contains(&"vertebroplasty"));
    /// ```
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.parts.modalities.iter())
    }

    /// The sources a list of ids cites, in order (unknown ids are skipped;
    /// a validated catalog has none).
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let m = c.get("radiofrequency-ablation")?;
    /// assert_eq!(c.cited(&m.mechanism.sources).count(), m.mechanism.sources.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cited<'a>(&'a self, ids: &'a [SourceId]) -> impl Iterator<Item = &'a Source> + 'a {
        ids.iter().filter_map(|id| self.source(id.as_str()))
    }

    /// Starts a query over the modalities; see [`Query`].
    ///
    /// ```
    /// use io_pain_modalities::{catalog, PainPattern};
    /// let diffuse: Vec<_> = catalog().query().pain_pattern(PainPattern::Diffuse).iter().collect();
    /// assert!(diffuse.iter().any(|m| m.id == "strontium-89-chloride"));
    /// ```
    pub fn query(&self) -> Query<'_> {
        Query::new(self)
    }

    /// The modalities with an indication for `condition`.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Condition};
    /// assert!(catalog().for_condition(Condition::RadicularPain).any(|m| m.id == "epidural-steroid-injection"));
    /// ```
    pub fn for_condition(&self, condition: Condition) -> crate::Matches<'_> {
        self.query().condition(condition).iter()
    }

    /// The modalities that carry `code` of `system`, on the modality itself
    /// or on one of its indications.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, CodeSystem};
    /// let hits: Vec<_> = catalog().with_code(CodeSystem::Hcpcs, "A9600").collect();
    /// assert_eq!(hits[0].id, "strontium-89-chloride");
    /// ```
    pub fn with_code<'a>(&'a self, system: CodeSystem, code: &'a str) -> crate::Matches<'a> {
        self.query().code(system, code).iter()
    }

    /// Every cited statement of the catalog, in order: each modality's
    /// fields, then the combinations, then the innovations. Allocates nothing.
    ///
    /// ```
    /// let n = io_pain_modalities::catalog().statements().count();
    /// assert!(n > 50);
    /// ```
    pub fn statements(&self) -> Statements<'_> {
        Statements {
            catalog: self,
            locs: self.statements.iter(),
        }
    }

    /// The statement at `i` in the order of [`Catalog::statements`].
    pub(crate) fn statement_by_index(&self, i: usize) -> Option<StatementRef<'_>> {
        self.statements
            .get(i)
            .and_then(|&loc| self.statement_at(loc))
    }

    fn statement_at(&self, loc: Loc) -> Option<StatementRef<'_>> {
        match loc {
            Loc::Modality(i, field) => {
                let m = self.parts.modalities.get(i)?;
                let (text, sources) = resolve(m, field)?;
                Some(StatementRef {
                    subject: Subject::Modality(m),
                    field,
                    text,
                    sources,
                    support: support_of(m, field),
                })
            }
            Loc::Combination(i) => {
                let c = self.parts.combinations.get(i)?;
                Some(StatementRef {
                    subject: Subject::Combination(c),
                    field: Field::Text,
                    text: &c.text,
                    sources: &c.sources,
                    support: &c.support,
                })
            }
            Loc::Innovation(i) => {
                let n = self.parts.innovations.get(i)?;
                Some(StatementRef {
                    subject: Subject::Innovation(n),
                    field: Field::Text,
                    text: &n.text,
                    sources: &n.sources,
                    support: &n.support,
                })
            }
        }
    }
}

/// Iterator over every cited statement; see [`Catalog::statements`].
///
/// ```
/// let first = io_pain_modalities::catalog().statements().next().unwrap();
/// assert_eq!(first.field, io_pain_modalities::Field::Summary);
/// ```
#[derive(Clone, Debug)]
pub struct Statements<'a> {
    catalog: &'a Catalog,
    locs: std::slice::Iter<'a, Loc>,
}

impl<'a> Iterator for Statements<'a> {
    type Item = StatementRef<'a>;
    fn next(&mut self) -> Option<StatementRef<'a>> {
        for &loc in self.locs.by_ref() {
            if let Some(s) = self.catalog.statement_at(loc) {
                return Some(s);
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.locs.len()))
    }
}

/// Iterator over the modalities of a catalog.
///
/// ```
/// let mut it = io_pain_modalities::catalog().iter();
/// assert!(it.next().is_some());
/// ```
#[derive(Clone, Debug)]
pub struct Iter<'a>(pub(crate) std::slice::Iter<'a, Modality>);

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Modality;
    fn next(&mut self) -> Option<&'a Modality> {
        self.0.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl ExactSizeIterator for Iter<'_> {}
impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back()
    }
}

impl<'a> IntoIterator for &'a Catalog {
    type Item = &'a Modality;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}
