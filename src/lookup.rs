//! The public ways to find entries in a catalog: ranked search, the
//! one-answer lookups built on it with the decision they share ([`decide`]),
//! and the strict lookup by id. The index and the matching itself live in
//! [`crate::search`].

use crate::{
    catalog::Catalog,
    error::{Error, Result},
    model::Modality,
    search::{Hit, index::Target},
    statement::Subject,
};

impl Catalog {
    /// Ranked search over every modality, combination and innovation, as
    /// people type: any word order, extra words, plurals, typos, prefixes,
    /// radionuclides written any way, British or American spelling. See
    /// the [`search`](crate::search) module for how it matches and ranks.
    ///
    /// Returns every hit, best first; an empty list when nothing fits.
    ///
    /// ```
    /// use io_pain_modalities::catalog;
    /// let c = catalog();
    /// let top = |q: &str| c.search(q).first().map(|h| h.subject.id());
    /// assert_eq!(top("Lu 177"), Some("lutetium-177-vipivotide-tetraxetan"));
    /// assert_eq!(top("radium dichloride"), Some("radium-223-dichloride"));
    /// assert_eq!(top("steroid injection epidural"), Some("epidural-steroid-injection"));
    /// assert_eq!(top("cryoablations"), Some("cryoablation"));
    /// assert!(c.search("knee arthroscopy").is_empty());
    /// ```
    pub fn search(&self, query: &str) -> Vec<Hit<'_>> {
        if self.excluded(query).is_some() {
            return Vec::new();
        }
        self.index.search(&self.parts, query, |_| true)
    }

    /// Looks a modality up by what people type, and answers only when one
    /// modality clearly fits.
    ///
    /// An exact id, name, abbreviation, synonym or brand (ignoring case,
    /// spaces, hyphens and punctuation) answers at once and allocates
    /// nothing. Otherwise the query is searched (see [`Catalog::search`]):
    /// the best hit answers when it is a modality, matches every word of
    /// the query and scores clearly (a quarter) above the next, so that
    /// whatever lookup answers, search ranks first. Combinations and
    /// innovations are found by [`Catalog::resolve`].
    ///
    /// # Errors
    ///
    /// [`Error::Ambiguous`](crate::Error::Ambiguous) with the candidates
    /// when two or more modalities fit about equally ("thermal ablation" is
    /// four); [`Error::NotFound`](crate::Error::NotFound) with up to three
    /// suggestions from the search when none fits;
    /// [`Error::OutOfScope`](crate::Error::OutOfScope) with the reason when
    /// the query names a procedure or drug the catalog excludes;
    /// [`Error::Retired`](crate::Error::Retired) when it is a modality id
    /// that was renamed or removed.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Error};
    /// let c = catalog();
    /// assert_eq!(c.lookup("strontium 89")?.id, "strontium-89-chloride");
    /// assert_eq!(c.lookup("Pluvikto")?.id, "lutetium-177-vipivotide-tetraxetan");
    /// assert!(matches!(c.lookup("thermal ablation"), Err(Error::Ambiguous { .. })));
    /// assert!(matches!(c.lookup("aspirin"), Err(Error::NotFound { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lookup(&self, query: &str) -> Result<&Modality> {
        if let Some(m) = self.exact_modality(query) {
            return Ok(m);
        }
        self.not_retired(query)?;
        self.not_excluded(query)?;
        // Decided over every entry, as `search` ranks them, so that the
        // modality lookup answers is the one search puts first.
        match decide(query, &self.search(query))? {
            Subject::Modality(m) => Ok(m),
            other => Err(Error::NotFound {
                query: query.to_owned(),
                suggestions: vec![other.name().to_owned()],
            }),
        }
    }

    /// Like [`Catalog::lookup`] over every entry: a modality, a combination
    /// or an innovation.
    ///
    /// # Errors
    ///
    /// As [`Catalog::lookup`].
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Subject};
    /// let s = catalog().resolve("peripheral nerve stimulation")?;
    /// assert!(matches!(s, Subject::Innovation(_)));
    /// assert_eq!(catalog().resolve("RFA")?.id(), "radiofrequency-ablation");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve(&self, query: &str) -> Result<Subject<'_>> {
        if let Some(m) = self.exact_modality(query) {
            return Ok(Subject::Modality(m));
        }
        self.not_retired(query)?;
        self.not_excluded(query)?;
        decide(query, &self.search(query))
    }

    /// The modality whose id, name, abbreviation, synonym or brand is the
    /// query, ignoring case, spaces, hyphens and punctuation: one hash probe
    /// that allocates nothing, whether it finds one or not.
    ///
    /// Unlike [`Catalog::lookup`] it never searches, so typos, other word
    /// orders and partial names answer `None`; it answers `Some` only where
    /// `lookup` answers the same modality at once. Use `lookup` for what
    /// people type, `find` where a miss must stay cheap (a miss costs a hash
    /// probe, where `lookup` runs a ranked search to build its suggestions).
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert_eq!(c.find("Kyphoplasty").map(|m| m.id.as_str()), Some("balloon-kyphoplasty"));
    /// assert_eq!(c.find("sr 89").map(|m| m.id.as_str()), Some("strontium-89-chloride"));
    /// assert!(c.find("kyphoplatsy").is_none()); // a typo: lookup's job
    /// assert!(c.find("").is_none());
    /// ```
    pub fn find(&self, query: &str) -> Option<&Modality> {
        self.exact_modality(query)
    }

    /// Gets a modality by its exact id: a `&str`, a `String` or a
    /// [`ModalityId`](crate::ModalityId).
    ///
    /// # Errors
    ///
    /// [`Error::Retired`](crate::Error::Retired) when the id was renamed or
    /// removed, naming the replacement;
    /// [`Error::NotFound`](crate::Error::NotFound) with suggestions from the
    /// search when no id matches exactly.
    ///
    /// ```
    /// use io_pain_modalities::ModalityId;
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.get("balloon-kyphoplasty").is_ok());
    /// assert!(c.get("Balloon Kyphoplasty").is_err());
    /// let id: ModalityId = "vertebroplasty".parse()?;
    /// assert_eq!(c.get(&id)?.id, id);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, id: impl AsRef<str>) -> Result<&Modality> {
        let id = id.as_ref();
        if let Some(m) = self.index.id(id).and_then(|i| self.parts.modalities.get(i)) {
            return Ok(m);
        }
        self.not_retired(id)?;
        Err(Error::NotFound {
            query: id.to_owned(),
            suggestions: suggestions(&self.search(id)),
        })
    }

    /// Ranked search among the modalities only.
    ///
    /// ```
    /// let hits = io_pain_modalities::catalog().search_modalities("radioligand");
    /// assert!(hits.iter().all(|h| matches!(h.subject, io_pain_modalities::Subject::Modality(_))));
    /// ```
    pub fn search_modalities(&self, query: &str) -> Vec<Hit<'_>> {
        if self.excluded(query).is_some() {
            return Vec::new();
        }
        self.index
            .search(&self.parts, query, |t| matches!(t, Target::Modality(_)))
    }

    /// [`Error::OutOfScope`] when the query names an exclusion.
    fn not_excluded(&self, query: &str) -> Result<()> {
        match self.excluded(query) {
            Some(x) => Err(Error::OutOfScope {
                query: query.to_owned(),
                name: x.name.clone(),
                reason: x.reason.clone(),
            }),
            None => Ok(()),
        }
    }

    /// The modality whose normalised name is the query's, without
    /// allocating.
    fn exact_modality(&self, query: &str) -> Option<&Modality> {
        self.index
            .exact(query)
            .and_then(|i| self.parts.modalities.get(i))
    }
}

/// Up to three distinct entry names from the top of a hit list.
fn suggestions(hits: &[Hit<'_>]) -> Vec<String> {
    hits.iter()
        .take(3)
        .map(|h| h.subject.name().to_owned())
        .collect()
}

/// The one answer of a search, or why there is none: the best hit answers
/// when it matches every required word of the query and scores clearly (a
/// quarter) above every other hit.
fn decide<'a>(query: &str, hits: &[Hit<'a>]) -> Result<Subject<'a>> {
    let Some(best) = hits.first() else {
        return Err(Error::NotFound {
            query: query.to_owned(),
            suggestions: Vec::new(),
        });
    };
    if !best.all_words {
        return Err(Error::NotFound {
            query: query.to_owned(),
            suggestions: suggestions(hits),
        });
    }
    // Clearly ahead: a quarter above every other hit.
    let close: Vec<&Hit<'a>> = hits
        .iter()
        .filter(|h| u64::from(h.score) * 5 > u64::from(best.score) * 4)
        .collect();
    if close.len() > 1 {
        return Err(Error::Ambiguous {
            query: query.to_owned(),
            candidates: close.iter().map(|h| h.subject.name().to_owned()).collect(),
        });
    }
    Ok(best.subject)
}
