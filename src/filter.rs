//! The query builder: filters that compose.

use crate::vocab::RelationKind;
use crate::{
    AnatomicSite, Catalog, Category, CodeSystem, Condition, EvidenceLevel, Indication,
    Jurisdiction, Lifecycle, Modality, PainPattern, RegulatoryStatus, SourceKind, TumourType,
    UseKind,
};

/// A query over a catalog's modalities: set any criteria, then iterate the
/// matches. Building and running a query allocates nothing.
///
/// Criteria about indications (condition, pain pattern, site, tumour type,
/// kind of use, jurisdiction) must all hold for one and the same indication.
/// Other criteria hold for the modality as a whole.
///
/// ```
/// use io_pain_modalities::{catalog, Category, PainPattern, UseKind};
///
/// let focal_labelled: Vec<&str> = catalog()
///     .query()
///     .pain_pattern(PainPattern::Focal)
///     .use_kind(UseKind::Labelled)
///     .iter()
///     .map(|m| m.id.as_str())
///     .collect();
/// assert!(focal_labelled.contains(&"radiofrequency-ablation"));
///
/// let cement = catalog().query().category(Category::CementAugmentation).iter().count();
/// assert_eq!(cement, 4);
/// ```
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct Query<'a> {
    catalog: &'a Catalog,
    category: Option<Category>,
    lifecycle: Option<Lifecycle>,
    comparator: Option<bool>,
    condition: Option<Condition>,
    pain_pattern: Option<PainPattern>,
    site: Option<AnatomicSite>,
    tumour: Option<TumourType>,
    use_kind: Option<UseKind>,
    jurisdiction: Option<Jurisdiction>,
    regulatory_status: Option<RegulatoryStatus>,
    source_kind: Option<SourceKind>,
    code: Option<(CodeSystem, &'a str)>,
    min_evidence: Option<EvidenceLevel>,
    related: Option<(&'a str, Option<RelationKind>)>,
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident: $ty:ty) => {
        $(#[$doc])*
        pub fn $name(mut self, value: $ty) -> Self {
            self.$name = Some(value);
            self
        }
    };
}

impl<'a> Query<'a> {
    pub(crate) fn new(catalog: &'a Catalog) -> Self {
        Query {
            catalog,
            category: None,
            lifecycle: None,
            comparator: None,
            condition: None,
            pain_pattern: None,
            site: None,
            tumour: None,
            use_kind: None,
            jurisdiction: None,
            regulatory_status: None,
            source_kind: None,
            code: None,
            min_evidence: None,
            related: None,
        }
    }

    setter!(
        /// Only modalities of this category.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, Category};
        /// assert!(catalog().query().category(Category::EpiduralInjection).iter().all(|m| m.category == Category::EpiduralInjection));
        /// ```
        category: Category
    );
    setter!(
        /// Only modalities this established.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, Lifecycle};
        /// assert!(catalog().query().lifecycle(Lifecycle::Established).iter().count() > 0);
        /// ```
        lifecycle: Lifecycle
    );
    setter!(
        /// Only comparators added by the catalog (`true`) or only the
        /// modalities of the source article (`false`).
        ///
        /// ```
        /// assert!(io_pain_modalities::catalog().query().comparator(false).iter().all(|m| !m.comparator));
        /// ```
        comparator: bool
    );
    setter!(
        /// Only modalities with an indication for this condition.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, Condition};
        /// assert!(catalog().query().condition(Condition::PainfulBoneMetastases).iter().count() >= 2);
        /// ```
        condition: Condition
    );
    setter!(
        /// Only modalities with an indication of this pain pattern.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, PainPattern};
        /// assert!(catalog().query().pain_pattern(PainPattern::Radicular).iter().any(|m| m.id == "epidural-steroid-injection"));
        /// ```
        pain_pattern: PainPattern
    );
    setter!(
        /// Only modalities with an indication at this anatomic site.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, AnatomicSite};
        /// assert!(catalog().query().site(AnatomicSite::ThoracicSpine).iter().count() >= 2);
        /// ```
        site: AnatomicSite
    );
    setter!(
        /// Only modalities with an indication naming this tumour type.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, TumourType};
        /// assert!(catalog().query().tumour(TumourType::Prostate).iter().any(|m| m.id == "lutetium-177-vipivotide-tetraxetan"));
        /// ```
        tumour: TumourType
    );
    setter!(
        /// Only modalities with an indication of this kind of use.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, UseKind};
        /// assert!(catalog().query().use_kind(UseKind::OffLabel).iter().any(|m| m.id == "epidural-steroid-injection"));
        /// ```
        use_kind: UseKind
    );
    setter!(
        /// Only modalities with an indication in this jurisdiction.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, Jurisdiction};
        /// assert!(catalog().query().jurisdiction(Jurisdiction::Us).iter().count() > 0);
        /// ```
        jurisdiction: Jurisdiction
    );
    setter!(
        /// Only modalities with a regulatory event of this status.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, RegulatoryStatus};
        /// assert!(catalog().query().regulatory_status(RegulatoryStatus::Discontinued).iter().any(|m| m.id == "strontium-89-chloride"));
        /// ```
        regulatory_status: RegulatoryStatus
    );
    setter!(
        /// Only modalities citing at least one source of this kind.
        ///
        /// ```
        /// use io_pain_modalities::{catalog, SourceKind};
        /// assert!(catalog().query().source_kind(SourceKind::RandomisedTrial).iter().count() > 0);
        /// ```
        source_kind: SourceKind
    );

    /// Only modalities whose key evidence includes a study of this design
    /// or a stronger one (see [`EvidenceLevel`]).
    ///
    /// ```
    /// use io_pain_modalities::{catalog, EvidenceLevel};
    /// let randomised = catalog().query().min_evidence(EvidenceLevel::Randomised);
    /// assert!(randomised.iter().all(|m| m.evidence_level() == Some(EvidenceLevel::Randomised)));
    /// ```
    pub fn min_evidence(mut self, level: EvidenceLevel) -> Self {
        self.min_evidence = Some(level);
        self
    }

    /// Only modalities carrying this code, on the modality or on one of
    /// its indications.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, CodeSystem};
    /// let n = catalog().query().code(CodeSystem::Icd10Cm, "C79.51").iter().count();
    /// assert!(n >= 2);
    /// ```
    pub fn code(mut self, system: CodeSystem, code: &'a str) -> Self {
        self.code = Some((system, code));
        self
    }

    /// Modalities linked to the modality `id` (in either direction), by
    /// the relation `kind` or, with `None`, by any relation: its family,
    /// its comparators, its variants, what it is combined with.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, RelationKind};
    /// let c = catalog();
    /// let compared: Vec<&str> = c
    ///     .query()
    ///     .related_to("palliative-external-beam-radiotherapy", Some(RelationKind::Comparator))
    ///     .iter()
    ///     .map(|m| m.id.as_str())
    ///     .collect();
    /// assert!(compared.contains(&"radiofrequency-ablation"));
    /// ```
    pub fn related_to(mut self, id: &'a str, kind: Option<RelationKind>) -> Self {
        self.related = Some((id, kind));
        self
    }

    fn relation_matches(&self, m: &Modality) -> bool {
        let Some((id, kind)) = self.related else {
            return true;
        };
        let fits = |k: RelationKind| kind.is_none_or(|want| want == k);
        let outward = m
            .related
            .iter()
            .any(|r| r.modality.as_str() == id && fits(r.relation));
        let inward = self.catalog.modalities().iter().any(|o| {
            o.id.as_str() == id
                && o.related
                    .iter()
                    .any(|r| r.modality == m.id && fits(r.relation))
        });
        m.id.as_str() != id && (outward || inward)
    }

    fn indication_matches(&self, i: &Indication) -> bool {
        self.condition.is_none_or(|c| i.condition == c)
            && self.pain_pattern.is_none_or(|p| i.pain_pattern == Some(p))
            && self.site.is_none_or(|s| i.sites.contains(&s))
            && self.tumour.is_none_or(|t| i.tumours.contains(&t))
            && self.use_kind.is_none_or(|u| i.use_kind == u)
            && self.jurisdiction.is_none_or(|j| i.jurisdiction == j)
    }

    fn wants_indication(&self) -> bool {
        self.condition.is_some()
            || self.pain_pattern.is_some()
            || self.site.is_some()
            || self.tumour.is_some()
            || self.use_kind.is_some()
            || self.jurisdiction.is_some()
    }

    /// Whether `m` meets every criterion set. Source kinds are looked up in
    /// the query's catalog; a modality from elsewhere never matches a
    /// source-kind criterion.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Category};
    /// let q = catalog().query().category(Category::ThermalAblation);
    /// assert!(q.matches(catalog().get("radiofrequency-ablation")?));
    /// assert!(!q.matches(catalog().get("vertebroplasty")?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn matches(&self, m: &Modality) -> bool {
        self.relation_matches(m)
            && self.category.is_none_or(|c| m.category == c)
            && self.lifecycle.is_none_or(|l| m.lifecycle == l)
            && self.comparator.is_none_or(|c| m.comparator == c)
            && (!self.wants_indication()
                || m.indications.iter().any(|i| self.indication_matches(i)))
            && self
                .regulatory_status
                .is_none_or(|s| m.regulatory.iter().any(|r| r.status == s))
            && self
                .min_evidence
                .is_none_or(|level| m.evidence_level().is_some_and(|l| l <= level))
            && self.code.is_none_or(|(system, code)| {
                let is = |c: &crate::Code| c.system == system && c.code == code;
                m.codes.iter().any(is) || m.indications.iter().any(|i| i.codes.iter().any(is))
            })
            && self.source_kind.is_none_or(|k| {
                self.catalog
                    .modalities()
                    .iter()
                    .position(|x| std::ptr::eq(x, m))
                    .and_then(|i| self.catalog.source_kinds.get(i))
                    .is_some_and(|bits| bits & (1 << (k as u32)) != 0)
            })
    }

    /// The matching modalities, in catalog order.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Category};
    /// let mut it = catalog().query().category(Category::RadioligandTherapy).iter();
    /// assert_eq!(it.next().map(|m| m.id.as_str()), Some("lutetium-177-vipivotide-tetraxetan"));
    /// ```
    pub fn iter(self) -> Matches<'a> {
        Matches {
            query: self,
            index: 0,
        }
    }
}

impl<'a> IntoIterator for Query<'a> {
    type Item = &'a Modality;
    type IntoIter = Matches<'a>;
    fn into_iter(self) -> Matches<'a> {
        self.iter()
    }
}

/// Iterator over the modalities matching a [`Query`].
///
/// ```
/// let all = io_pain_modalities::catalog().query().iter().count();
/// assert_eq!(all, io_pain_modalities::catalog().len());
/// ```
#[derive(Clone, Debug)]
pub struct Matches<'a> {
    query: Query<'a>,
    index: usize,
}

impl<'a> Iterator for Matches<'a> {
    type Item = &'a Modality;
    fn next(&mut self) -> Option<&'a Modality> {
        let all = self.query.catalog.modalities();
        while let Some(m) = all.get(self.index) {
            let kinds = self.query.catalog.source_kinds.get(self.index).copied();
            self.index += 1;
            if self.query.matches_with_kinds(m, kinds) {
                return Some(m);
            }
        }
        None
    }
}

impl Query<'_> {
    /// As `matches`, with the modality's source-kind bits already known.
    fn matches_with_kinds(&self, m: &Modality, kinds: Option<u32>) -> bool {
        match self.source_kind {
            None => self.matches(m),
            Some(k) => {
                kinds.is_some_and(|bits| bits & (1 << (k as u32)) != 0)
                    && Query {
                        source_kind: None,
                        ..*self
                    }
                    .matches(m)
            }
        }
    }
}
