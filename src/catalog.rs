//! The catalog: loading, validation, lookup and iteration.

use std::{collections::HashMap, io::Read, sync::LazyLock};

use serde::{Deserialize, Serialize};

use crate::{
    CodeSystem, Combination, Condition, Date, EntryId, Error, Innovation, Modality, Query, Result,
    Source, SourceId,
    normalize::{MAX_KEY, normalize_into, normalized},
    statement::{Field, StatementRef, Subject, modality_statements, resolve},
    validate::{Base, validate},
};

/// The version of the embedded data: the date its content was last reviewed.
///
/// ```
/// assert_eq!(io_pain_modalities::catalog().version(), io_pain_modalities::DATA_VERSION);
/// ```
pub const DATA_VERSION: &str = "2026-11-26";

/// The notice carried by every export of the catalog.
///
/// ```
/// assert!(io_pain_modalities::NOTICE.starts_with("Informational only"));
/// ```
pub const NOTICE: &str = "Informational only, not clinical decision software: this catalog describes \
what labels, guidelines and studies say about interventional-oncology pain modalities. It takes no \
patient data and recommends no treatment for any person.";

/// Longest query prefix, in characters, that suggestions are ranked on.
const SUGGEST_MAX_CHARS: usize = 64;

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

/// The arrays of a catalog file, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Parts {
    /// The modalities.
    pub modalities: Vec<Modality>,
    /// Modalities used together.
    pub combinations: Vec<Combination>,
    /// Newer techniques.
    pub innovations: Vec<Innovation>,
    /// The bibliography every statement cites.
    pub sources: Vec<Source>,
}

/// A catalog file as written on disk.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(title = "io-pain-modalities catalog"))]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogFile {
    /// Pointer to the JSON Schema, for editors.
    #[serde(
        rename = "$schema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::validate::file_text"
    )]
    pub schema: Option<String>,
    /// The data version: the date, YYYY-MM-DD, the content was last reviewed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::validate::file_version"
    )]
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = crate::ids::FULL_DATE_PATTERN)))]
    pub version: Option<String>,
    /// The informational-only notice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::validate::file_text"
    )]
    pub notice: Option<String>,
    /// The modalities.
    pub modalities: Vec<Modality>,
    /// Modalities used together.
    #[serde(default)]
    pub combinations: Vec<Combination>,
    /// Newer techniques.
    #[serde(default)]
    pub innovations: Vec<Innovation>,
    /// The bibliography every statement cites.
    pub sources: Vec<Source>,
}

#[derive(Serialize)]
struct CatalogOut<'a> {
    version: &'a str,
    notice: &'static str,
    modalities: &'a [Modality],
    combinations: &'a [Combination],
    innovations: &'a [Innovation],
    sources: &'a [Source],
}

/// Where a statement lives, resolved when iterated.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Loc {
    Modality(usize, Field),
    Combination(usize),
    Innovation(usize),
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
    version: String,
    parts: Parts,
    /// Normalised name -> modality index.
    names: HashMap<Box<str>, usize>,
    /// Every (normalised name, display name, modality) for suggestions.
    all_names: Vec<(Box<str>, Box<str>, usize)>,
    ids: HashMap<Box<str>, usize>,
    sources: HashMap<Box<str>, usize>,
    /// Per modality: a bit per `SourceKind` it cites.
    pub(crate) source_kinds: Vec<u32>,
    statements: Vec<Loc>,
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
    /// [`Error::Json`] with the JSON path when the text does not fit the
    /// schema; [`Error::Invalid`] with the path when it breaks a rule (an
    /// uncited statement, an unknown or orphan source, a duplicate id, an
    /// ambiguous name, a malformed code, a date in the future...).
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error};
    /// let err = Catalog::from_json(r#"{"modalities": [], "sources": [], "extra": 1}"#).unwrap_err();
    /// assert!(matches!(err, Error::Json { .. }));
    /// assert!(err.to_string().contains("extra"));
    /// ```
    pub fn from_json(json: &str) -> Result<Catalog> {
        let file = parse(json)?;
        let version = file.version.clone().unwrap_or_default();
        Catalog::build(version, into_parts(file), Base::default())
    }

    /// Loads and validates a catalog from a reader.
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_json`], plus [`Error::Io`] when reading fails.
    ///
    /// ```
    /// let json = std::fs::read("data/catalog.json")?;
    /// let c = io_pain_modalities::Catalog::from_reader(json.as_slice())?;
    /// assert_eq!(c.len(), io_pain_modalities::catalog().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_reader(mut reader: impl Read) -> Result<Catalog> {
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| Error::Io(e.to_string()))?;
        Catalog::from_json(&text)
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
    /// already present, or a name that collides with an existing one, is an
    /// [`Error::Invalid`].
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
    /// As [`Catalog::merge_json`], plus [`Error::Io`].
    ///
    /// ```
    /// let mut c = io_pain_modalities::catalog().clone();
    /// c.merge_reader(&br#"{"modalities": [], "sources": []}"#[..])?;
    /// assert_eq!(&c, io_pain_modalities::catalog());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merge_reader(&mut self, mut reader: impl Read) -> Result<()> {
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| Error::Io(e.to_string()))?;
        self.merge_json(&text)
    }

    fn merged(&self, user: Parts) -> Result<Catalog> {
        let base = Base {
            modalities: self.parts.modalities.len(),
            combinations: self.parts.combinations.len(),
            innovations: self.parts.innovations.len(),
            sources: self.parts.sources.len(),
        };
        let mut parts = self.parts.clone();
        parts.modalities.extend(user.modalities);
        parts.combinations.extend(user.combinations);
        parts.innovations.extend(user.innovations);
        parts.sources.extend(user.sources);
        Catalog::build(self.version.clone(), parts, base)
    }

    fn build(version: String, parts: Parts, base: Base) -> Result<Catalog> {
        // "In the future" means after today, but never before the data
        // release: a machine whose clock lags must still load the
        // embedded catalog.
        let today = Date::today();
        let released = DATA_VERSION.parse::<Date>().unwrap_or(today);
        validate(&parts, base, today.max(released))?;
        let mut names = HashMap::new();
        let mut all_names = Vec::new();
        let mut ids = HashMap::new();
        for (i, m) in parts.modalities.iter().enumerate() {
            ids.insert(m.id.as_str().into(), i);
            let every = [m.id.as_str(), m.name.as_str()]
                .into_iter()
                .chain(m.abbreviations.iter().map(String::as_str))
                .chain(m.synonyms.iter().map(String::as_str))
                .chain(m.brands.iter().map(String::as_str));
            for name in every {
                let key: Box<str> = normalized(name).into();
                names.insert(key.clone(), i);
                all_names.push((key, name.into(), i));
            }
        }
        let sources = parts
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str().into(), i))
            .collect::<HashMap<Box<str>, usize>>();
        let mut statements = Vec::new();
        let mut source_kinds = Vec::with_capacity(parts.modalities.len());
        for (i, m) in parts.modalities.iter().enumerate() {
            let mut kinds = 0u32;
            modality_statements(m, |field, _, cited| {
                statements.push(Loc::Modality(i, field));
                for id in cited {
                    if let Some(s) = sources.get(id.as_str()).and_then(|&k| parts.sources.get(k)) {
                        kinds |= 1 << (s.kind as u32);
                    }
                }
            });
            source_kinds.push(kinds);
        }
        statements.extend((0..parts.combinations.len()).map(Loc::Combination));
        statements.extend((0..parts.innovations.len()).map(Loc::Innovation));
        Ok(Catalog {
            version,
            parts,
            names,
            all_names,
            ids,
            sources,
            source_kinds,
            statements,
        })
    }

    /// The data version of this catalog (see [`DATA_VERSION`]); empty for a
    /// user catalog that gives none.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::catalog().version(), "2026-11-26");
    /// ```
    pub fn version(&self) -> &str {
        &self.version
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

    /// Looks a modality up by id, name, abbreviation, synonym or brand,
    /// ignoring case, spaces, hyphens and punctuation. Allocates nothing
    /// when it finds one.
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] with the query and the nearest names.
    ///
    /// ```
    /// use io_pain_modalities::catalog;
    /// let c = catalog();
    /// assert_eq!(c.lookup("strontium 89")?.id, "strontium-89-chloride");
    /// assert_eq!(c.lookup("177Lu-PSMA-617")?.id, "lutetium-177-vipivotide-tetraxetan");
    /// assert!(c.lookup("aspirin").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lookup(&self, query: &str) -> Result<&Modality> {
        self.find(query).ok_or_else(|| self.not_found(query))
    }

    /// Like [`Catalog::lookup`], returning `None` instead of an error.
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().find("Kyphoplasty").is_some());
    /// assert!(io_pain_modalities::catalog().find("").is_none());
    /// ```
    pub fn find(&self, query: &str) -> Option<&Modality> {
        let mut buf = [0u8; MAX_KEY];
        let key = normalize_into(query, &mut buf)?;
        self.names
            .get(key)
            .and_then(|&i| self.parts.modalities.get(i))
    }

    /// Gets a modality by its exact id.
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] with the nearest names when no id matches exactly.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.get("balloon-kyphoplasty").is_ok());
    /// assert!(c.get("Balloon Kyphoplasty").is_err());
    /// ```
    pub fn get(&self, id: &str) -> Result<&Modality> {
        self.ids
            .get(id)
            .and_then(|&i| self.parts.modalities.get(i))
            .ok_or_else(|| self.not_found(id))
    }

    fn not_found(&self, query: &str) -> Error {
        // Suggestions scan every name once. The query is capped so that a
        // huge input costs no more than a name-sized one, and the edit
        // distance runs only on names of comparable length.
        let key: String = normalized(query).chars().take(SUGGEST_MAX_CHARS).collect();
        let len = key.chars().count();
        let mut scored: Vec<(f64, &str, usize)> = Vec::new();
        if len > 0 {
            for (k, display, i) in &self.all_names {
                let klen = k.chars().count();
                let contains = len >= 3 && (k.contains(key.as_str()) || key.contains(&**k));
                let comparable = klen <= 2 * len + 2 && len <= 2 * klen + 2;
                let mut score = if comparable {
                    strsim::normalized_damerau_levenshtein(&key, k)
                } else {
                    0.0
                };
                if contains {
                    score = score.max(0.75);
                }
                if score >= 0.5 {
                    scored.push((score, display, *i));
                }
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        let mut seen = Vec::new();
        let mut suggestions = Vec::new();
        for (_, display, i) in scored {
            if !seen.contains(&i) {
                seen.push(i);
                suggestions.push(display.to_owned());
            }
            if suggestions.len() == 3 {
                break;
            }
        }
        Error::NotFound {
            query: query.to_owned(),
            suggestions,
        }
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

    /// A combination or innovation by its exact id.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Entry};
    /// assert!(matches!(catalog().entry("peripheral-nerve-stimulation"), Some(Entry::Innovation(_))));
    /// ```
    pub fn entry(&self, id: &str) -> Option<Entry<'_>> {
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

    /// A source by id.
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().source("dupuy-2010").is_some());
    /// ```
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources
            .get(id)
            .and_then(|&i| self.parts.sources.get(i))
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

    /// The statements that cite `source`.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.citing("dupuy-2010").any(|s| s.subject.id() == "radiofrequency-ablation"));
    /// ```
    pub fn citing<'a>(&'a self, source: &'a str) -> impl Iterator<Item = StatementRef<'a>> + 'a {
        self.statements()
            .filter(move |s| s.sources.iter().any(|id| id.as_str() == source))
    }

    fn resolve(&self, loc: Loc) -> Option<StatementRef<'_>> {
        match loc {
            Loc::Modality(i, field) => {
                let m = self.parts.modalities.get(i)?;
                let (text, sources) = resolve(m, field)?;
                Some(StatementRef {
                    subject: Subject::Modality(m),
                    field,
                    text,
                    sources,
                })
            }
            Loc::Combination(i) => {
                let c = self.parts.combinations.get(i)?;
                Some(StatementRef {
                    subject: Subject::Combination(c),
                    field: Field::Text,
                    text: &c.text,
                    sources: &c.sources,
                })
            }
            Loc::Innovation(i) => {
                let n = self.parts.innovations.get(i)?;
                Some(StatementRef {
                    subject: Subject::Innovation(n),
                    field: Field::Text,
                    text: &n.text,
                    sources: &n.sources,
                })
            }
        }
    }

    /// The whole catalog as pretty JSON, with its version and the
    /// informational-only notice. The output loads back with
    /// [`Catalog::from_json`].
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let json = c.to_json();
    /// assert!(json.contains(io_pain_modalities::NOTICE));
    /// assert_eq!(&io_pain_modalities::Catalog::from_json(&json)?, c);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Every statement as JSON Lines: one object per line with the
    /// subject, the field, the text and the full sources it cites, so that
    /// a search index can quote a fact together with its sources. The first
    /// line carries the version and the notice.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let jsonl = c.statements_jsonl();
    /// assert_eq!(jsonl.lines().count(), c.statements().count() + 1);
    /// assert!(jsonl.lines().next().unwrap().contains("Informational only"));
    /// ```
    pub fn statements_jsonl(&self) -> String {
        #[derive(Serialize)]
        struct Header<'a> {
            version: &'a str,
            notice: &'static str,
        }
        #[derive(Serialize)]
        struct Line<'a> {
            subject: &'a str,
            subject_kind: &'static str,
            name: &'a str,
            field: String,
            text: &'a str,
            sources: Vec<&'a Source>,
        }
        let mut out = serde_json::to_string(&Header {
            version: &self.version,
            notice: NOTICE,
        })
        .unwrap_or_default();
        out.push('\n');
        for s in self.statements() {
            let line = Line {
                subject: s.subject.id(),
                subject_kind: s.subject.collection(),
                name: s.subject.name(),
                field: s.field.to_string(),
                text: s.text,
                sources: self.cited(s.sources).collect(),
            };
            out.push_str(&serde_json::to_string(&line).unwrap_or_default());
            out.push('\n');
        }
        out
    }
}

fn parse(json: &str) -> Result<CatalogFile> {
    if !json.trim_start().starts_with('{') {
        let found = json
            .trim_start()
            .chars()
            .next()
            .map_or("nothing".to_owned(), |c| format!("{c:?}"));
        return Err(Error::Json {
            path: ".".to_owned(),
            message: format!(
                "expected a JSON object with \"modalities\" and \"sources\", found {found}"
            ),
        });
    }
    // The fast path parses without tracking paths; only a failure is parsed
    // again with path tracking, to say where it went wrong.
    match serde_json::from_str(json) {
        Ok(file) => Ok(file),
        Err(first) => {
            let de = &mut serde_json::Deserializer::from_str(json);
            match serde_path_to_error::deserialize::<_, CatalogFile>(de) {
                Err(e) => Err(Error::Json {
                    path: e.path().to_string(),
                    message: e.into_inner().to_string(),
                }),
                // Both parsers read the same bytes; should they ever
                // disagree, the first error still stands.
                Ok(_) => Err(Error::Json {
                    path: ".".to_owned(),
                    message: first.to_string(),
                }),
            }
        }
    }
}

fn into_parts(file: CatalogFile) -> Parts {
    Parts {
        modalities: file.modalities,
        combinations: file.combinations,
        innovations: file.innovations,
        sources: file.sources,
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

/// Iterator over the modalities of a catalog.
///
/// ```
/// let mut it = io_pain_modalities::catalog().iter();
/// assert!(it.next().is_some());
/// ```
#[derive(Clone, Debug)]
pub struct Iter<'a>(std::slice::Iter<'a, Modality>);

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
            if let Some(s) = self.catalog.resolve(loc) {
                return Some(s);
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.locs.len()))
    }
}

impl serde::Serialize for Catalog {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        CatalogOut {
            version: &self.version,
            notice: NOTICE,
            modalities: &self.parts.modalities,
            combinations: &self.parts.combinations,
            innovations: &self.parts.innovations,
            sources: &self.parts.sources,
        }
        .serialize(s)
    }
}
