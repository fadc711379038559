//! The catalog: loading, merging, iteration and reverse views. Finding
//! entries is in `lookup` and `search`, exports in `export`, the file
//! format in `file`.

use std::{io::Read, sync::LazyLock};

use crate::{
    Map,
    citing::Citations,
    date::Date,
    error::Result,
    file::{CatalogFile, Parts, into_parts, parse, read_text},
    ids::EntryId,
    model::{Combination, Exclusion, Innovation, Modality, Source},
    search::index::Index,
    statement::{Loc, modality_statements},
    validate::{Base, validate},
};

/// The version of the embedded data: the date its content was last reviewed.
///
/// ```
/// assert_eq!(io_pain_modalities::catalog().version(), Some(io_pain_modalities::DATA_VERSION));
/// ```
pub const DATA_VERSION: &str = "2026-12-07";

/// The notice carried by every export of the catalog.
///
/// ```
/// assert!(io_pain_modalities::NOTICE.starts_with("Informational only"));
/// ```
pub const NOTICE: &str = "Informational only, not clinical decision software: this catalog describes \
what labels, guidelines and studies say about interventional-oncology pain modalities. It takes no \
patient data and recommends no treatment for any person.";

const EMBEDDED_JSON: &str = include_str!("../data/catalog.json");

static EMBEDDED: LazyLock<Catalog> = LazyLock::new(|| match Catalog::from_json(EMBEDDED_JSON) {
    Ok(c) => c,
    // The test suite loads the embedded data, so this cannot ship.
    Err(e) => panic!("the embedded catalog is invalid: {e}"),
});

/// The catalog embedded in the crate, parsed and validated on first use.
///
/// # Panics
///
/// Only if the embedded data were invalid, which the crate's own tests rule
/// out before any release.
///
/// ```
/// let c = io_pain_modalities::catalog();
/// assert!(c.len() >= 6);
/// ```
pub fn catalog() -> &'static Catalog {
    &EMBEDDED
}

/// A validated catalog of modalities with its bibliography and lookup index.
///
/// Get the embedded one with [`catalog()`], or load your own with
/// [`Catalog::from_json`] and extend a copy with [`Catalog::merge_json`].
/// A catalog never changes after it is built except through `merge_*`,
/// which either succeeds whole or leaves it as it was.
///
/// ```
/// use io_pain_modalities::catalog;
///
/// let c = catalog();
/// let rfa = c.lookup("Radiofrequency Ablation")?;
/// assert_eq!(rfa.id, "radiofrequency-ablation");
/// for m in c {
///     assert!(!m.indications.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Catalog {
    pub(crate) version: String,
    pub(crate) parts: Parts,
    /// Names, ids and words, for lookup and search.
    pub(crate) index: Index,
    sources: Map<Box<str>, usize>,
    /// Per modality: a bit per `SourceKind` it cites.
    pub(crate) source_kinds: Vec<u32>,
    pub(crate) statements: Vec<Loc>,
    /// Each exclusion's normalised id, name and synonyms, to its index.
    excluded: Map<Box<str>, usize>,
    /// The statements citing each source, and the sources by identifier.
    pub(crate) citations: Citations,
    /// Each retired id, to its index in `parts.retired`.
    pub(crate) retired: Map<Box<str>, usize>,
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && self.parts == other.parts
    }
}

impl Catalog {
    /// Loads and validates a catalog from JSON text.
    ///
    /// The file needs `modalities` and `sources`; `combinations`,
    /// `innovations`, `version`, `notice` and `$schema` are optional.
    ///
    /// # Errors
    ///
    /// [`Error::Json`](crate::Error::Json) with the JSON path when the text does not fit the
    /// schema; [`Error::Invalid`](crate::Error::Invalid) when it breaks rules (an uncited
    /// statement, an unknown or orphan source, a duplicate id, an ambiguous
    /// name, a malformed code, a date in the future...), with every
    /// problem found, each a [`Rule`](crate::Rule) and its path.
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error};
    /// let err = Catalog::from_json(r#"{"modalities": [], "sources": [], "extra": 1}"#).unwrap_err();
    /// assert!(matches!(err, Error::Json { .. }));
    /// assert!(err.to_string().contains("extra"));
    /// ```
    pub fn from_json(json: &str) -> Result<Catalog> {
        Catalog::from_file(parse(json)?)
    }

    /// Validates a parsed catalog file; the one path of every loader.
    fn from_file(file: CatalogFile) -> Result<Catalog> {
        let version = file.version.clone().unwrap_or_default();
        Catalog::build(version, into_parts(file), Base::default())
    }

    /// Loads and validates a catalog from a reader.
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_json`], plus [`Error::Io`](crate::Error::Io) when reading fails.
    ///
    /// ```
    /// let json = std::fs::read("data/catalog.json")?;
    /// let c = io_pain_modalities::Catalog::from_reader(json.as_slice())?;
    /// assert_eq!(c.len(), io_pain_modalities::catalog().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_reader(reader: impl Read) -> Result<Catalog> {
        Catalog::from_json(&read_text(reader)?)
    }

    /// Adds the entries of a user catalog file to this one.
    ///
    /// The file's statements may cite this catalog's sources. The merged
    /// whole passes the same validation as any catalog; error paths point
    /// into the user's file. On error, `self` is unchanged.
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_json`]; a modality, source or entry id that is
    /// already present, or a name that collides with an existing one, is a
    /// problem of an [`Error::Invalid`](crate::Error::Invalid).
    ///
    /// ```
    /// let mut c = io_pain_modalities::catalog().clone();
    /// let before = c.clone();
    /// assert!(c.merge_json(r#"{"modalities": [], "sources": [{"id": "x"}]}"#).is_err());
    /// assert_eq!(c, before);
    /// ```
    pub fn merge_json(&mut self, json: &str) -> Result<()> {
        let file = parse(json)?;
        let merged = self.merged(into_parts(file))?;
        *self = merged;
        Ok(())
    }

    /// Like [`Catalog::merge_json`], reading the file from `reader`.
    ///
    /// # Errors
    ///
    /// As [`Catalog::merge_json`], plus [`Error::Io`](crate::Error::Io).
    ///
    /// ```
    /// let mut c = io_pain_modalities::catalog().clone();
    /// c.merge_reader(&br#"{"modalities": [], "sources": []}"#[..])?;
    /// assert_eq!(&c, io_pain_modalities::catalog());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merge_reader(&mut self, reader: impl Read) -> Result<()> {
        self.merge_json(&read_text(reader)?)
    }

    fn merged(&self, user: Parts) -> Result<Catalog> {
        let base = Base {
            modalities: self.parts.modalities.len(),
            combinations: self.parts.combinations.len(),
            innovations: self.parts.innovations.len(),
            sources: self.parts.sources.len(),
            exclusions: self.parts.exclusions.len(),
            retired: self.parts.retired.len(),
        };
        let mut parts = self.parts.clone();
        parts.modalities.extend(user.modalities);
        parts.combinations.extend(user.combinations);
        parts.innovations.extend(user.innovations);
        parts.sources.extend(user.sources);
        parts.exclusions.extend(user.exclusions);
        parts.retired.extend(user.retired);
        Catalog::build(self.version.clone(), parts, base)
    }

    /// The day validation takes as today: "in the future" means after
    /// today, but never before the data release, so that a machine whose
    /// clock lags still loads the embedded catalog.
    pub(crate) fn validation_day() -> Date {
        let today = Date::today();
        let released = DATA_VERSION.parse::<Date>().unwrap_or(today);
        today.max(released)
    }

    fn build(version: String, parts: Parts, base: Base) -> Result<Catalog> {
        let names = validate(&parts, base, Catalog::validation_day())?;
        let index = Index::build(&parts, names);
        let sources = parts
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str().into(), i))
            .collect::<Map<Box<str>, usize>>();
        let mut statements = Vec::new();
        let mut citations = Citations::new(&parts);
        let mut source_kinds = Vec::with_capacity(parts.modalities.len());
        for (i, m) in parts.modalities.iter().enumerate() {
            let mut kinds = 0u32;
            modality_statements(m, |field, _, cited| {
                for id in cited {
                    if let Some(&k) = sources.get(id.as_str()) {
                        citations.cite(k, statements.len());
                        if let Some(s) = parts.sources.get(k) {
                            kinds |= 1 << (s.kind as u32);
                        }
                    }
                }
                statements.push(Loc::Modality(i, field));
            });
            source_kinds.push(kinds);
        }
        let entries = (parts.combinations.iter().map(|x| &x.sources).enumerate())
            .map(|(i, cited)| (Loc::Combination(i), cited))
            .chain(
                (parts.innovations.iter().map(|x| &x.sources).enumerate())
                    .map(|(i, cited)| (Loc::Innovation(i), cited)),
            );
        for (loc, cited) in entries {
            for id in cited {
                if let Some(&k) = sources.get(id.as_str()) {
                    citations.cite(k, statements.len());
                }
            }
            statements.push(loc);
        }
        let mut excluded = Map::default();
        for (i, x) in parts.exclusions.iter().enumerate() {
            for name in std::iter::once(x.id.as_str()).chain(x.names()) {
                let key = crate::search::text::normalized(name);
                if !key.is_empty() {
                    excluded.entry(key.into_boxed_str()).or_insert(i);
                }
            }
        }
        let retired = parts
            .retired
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str().into(), i))
            .collect();
        Ok(Catalog {
            version,
            parts,
            index,
            sources,
            source_kinds,
            statements,
            excluded,
            citations,
            retired,
        })
    }

    /// The data version of this catalog (see [`DATA_VERSION`]); `None` for
    /// a user catalog that gives none.
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, catalog};
    /// assert_eq!(catalog().version(), Some("2026-12-07"));
    /// let mine = Catalog::from_json(r#"{"modalities": [], "sources": []}"#)?;
    /// assert_eq!(mine.version(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn version(&self) -> Option<&str> {
        Some(self.version.as_str()).filter(|v| !v.is_empty())
    }

    /// Number of modalities.
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().len() > 0);
    /// ```
    pub fn len(&self) -> usize {
        self.parts.modalities.len()
    }

    /// Whether there are no modalities.
    ///
    /// ```
    /// assert!(!io_pain_modalities::catalog().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.parts.modalities.is_empty()
    }

    /// The modalities as a slice.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::catalog().modalities().len(), io_pain_modalities::catalog().len());
    /// ```
    pub fn modalities(&self) -> &[Modality] {
        &self.parts.modalities
    }

    /// The combinations of modalities.
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().combinations().count() >= 1);
    /// ```
    pub fn combinations(&self) -> std::slice::Iter<'_, Combination> {
        self.parts.combinations.iter()
    }

    /// The emerging innovations.
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().innovations().count() >= 3);
    /// ```
    pub fn innovations(&self) -> std::slice::Iter<'_, Innovation> {
        self.parts.innovations.iter()
    }

    /// Procedures and drugs people look for that lie outside the catalog's
    /// scope, each with the reason and its sources.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.exclusions().any(|x| x.id == "denosumab"));
    /// ```
    pub fn exclusions(&self) -> std::slice::Iter<'_, Exclusion> {
        self.parts.exclusions.iter()
    }

    /// The exclusion whose id, name or synonym is the query (ignoring case,
    /// spaces, hyphens and punctuation), if any.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert_eq!(c.excluded("Xgeva").map(|x| x.id.as_str()), Some("denosumab"));
    /// assert!(c.excluded("kyphoplasty").is_none());
    /// ```
    pub fn excluded(&self, query: &str) -> Option<&Exclusion> {
        if self.excluded.is_empty() {
            return None;
        }
        let mut buf = [0u8; crate::search::text::MAX_KEY];
        let key = crate::search::text::normalize_into(query, &mut buf)?;
        self.excluded
            .get(key)
            .and_then(|&i| self.parts.exclusions.get(i))
    }

    /// A combination or innovation by its exact id.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Entry};
    /// assert!(matches!(catalog().entry("peripheral-nerve-stimulation"), Some(Entry::Innovation(_))));
    /// ```
    pub fn entry(&self, id: impl AsRef<str>) -> Option<Entry<'_>> {
        let id = id.as_ref();
        let is = |e: &EntryId| e.as_str() == id;
        if let Some(c) = self.parts.combinations.iter().find(|c| is(&c.id)) {
            return Some(Entry::Combination(c));
        }
        self.parts
            .innovations
            .iter()
            .find(|n| is(&n.id))
            .map(Entry::Innovation)
    }

    /// The bibliography.
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().sources().all(|s| s.doi.is_some() || s.pmid.is_some() || s.url.is_some()));
    /// ```
    pub fn sources(&self) -> std::slice::Iter<'_, Source> {
        self.parts.sources.iter()
    }

    /// A source by id: a `&str`, a `String` or a [`SourceId`](crate::SourceId).
    ///
    /// ```
    /// use io_pain_modalities::SourceId;
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.source("dupuy-2010").is_some());
    /// let id: SourceId = "dupuy-2010".parse()?;
    /// assert_eq!(c.source(&id).map(|s| &s.id), Some(&id));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source(&self, id: impl AsRef<str>) -> Option<&Source> {
        self.sources
            .get(id.as_ref())
            .and_then(|&i| self.parts.sources.get(i))
    }
}

/// Deserialising a catalog runs the same validation as
/// [`Catalog::from_json`]: a file that breaks a rule fails with the
/// [`Error`](crate::Error)'s message (use `from_json` for the typed error
/// and the JSON path of a parse error).
///
/// ```
/// use io_pain_modalities::Catalog;
///
/// #[derive(serde::Deserialize)]
/// struct Config { catalog: Catalog }
///
/// let json = format!(r#"{{"catalog": {}}}"#, io_pain_modalities::catalog().to_json());
/// let config: Config = serde_json::from_str(&json)?;
/// assert_eq!(&config.catalog, io_pain_modalities::catalog());
///
/// let bad = r#"{"catalog": {"modalities": [], "sources": [{"id": "x", "kind": "guideline",
///     "citation": "X.", "url": "https://example.org", "verification": "verified",
///     "checked": "2026-01-01", "status": "current"}]}}"#;
/// let err = serde_json::from_str::<Config>(bad).err().unwrap();
/// assert!(err.to_string().contains("cited by no statement"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl<'de> serde::Deserialize<'de> for Catalog {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let file = CatalogFile::deserialize(d)?;
        Catalog::from_file(file).map_err(serde::de::Error::custom)
    }
}

/// A combination or an innovation.
///
/// ```
/// use io_pain_modalities::{catalog, Entry};
/// if let Some(Entry::Combination(c)) = catalog().entry("rfa-with-cement-augmentation") {
///     assert!(c.modalities.len() >= 2);
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Entry<'a> {
    /// Modalities used together.
    Combination(&'a Combination),
    /// An emerging technique.
    Innovation(&'a Innovation),
}

impl Catalog {
    /// The index of a source in `parts.sources`.
    pub(crate) fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.get(id).copied()
    }
}
