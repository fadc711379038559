//! The checks every catalog passes, embedded or user-supplied.
//!
//! Validation runs on the parts of a catalog in file order, so each error
//! names the JSON path of the offending field in the file the user wrote.
//! When a user file is merged into a base catalog, `base` counts how many
//! entries of each array came from the base, and paths into the user's
//! entries are shifted back to the user's own indices.

use crate::{
    Date, Error, Lifecycle, Map, Modality, Result, Set, Source, SourceId, SourceKind, SourceStatus,
    UseKind,
    file::Parts,
    search::text::normalized,
    statement::{Field, modality_statements},
};

/// How many entries of each array came from the base catalog (zero when a
/// catalog is loaded on its own).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Base {
    pub modalities: usize,
    pub combinations: usize,
    pub innovations: usize,
    pub sources: usize,
}

struct Paths(Base);

/// The JSON path of an entry, formatted only when an error names it.
#[derive(Clone, Copy)]
struct PathAt {
    array: &'static str,
    index: usize,
    base: usize,
}

impl std::fmt::Display for PathAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let PathAt { array, index, base } = *self;
        if index >= base {
            write!(f, "{array}[{}]", index - base)
        } else {
            write!(f, "(base catalog) {array}[{index}]")
        }
    }
}

impl From<PathAt> for String {
    fn from(p: PathAt) -> String {
        p.to_string()
    }
}

impl Paths {
    fn modality(&self, i: usize) -> PathAt {
        PathAt {
            array: "modalities",
            index: i,
            base: self.0.modalities,
        }
    }
    fn combination(&self, i: usize) -> PathAt {
        PathAt {
            array: "combinations",
            index: i,
            base: self.0.combinations,
        }
    }
    fn innovation(&self, i: usize) -> PathAt {
        PathAt {
            array: "innovations",
            index: i,
            base: self.0.innovations,
        }
    }
    fn source(&self, i: usize) -> PathAt {
        PathAt {
            array: "sources",
            index: i,
            base: self.0.sources,
        }
    }
}

fn non_empty(path: impl FnOnce() -> String, what: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::invalid(path(), format!("{what} is empty")));
    }
    Ok(())
}

fn not_future(path: impl FnOnce() -> String, date: &Date, today: &Date) -> Result<()> {
    if date.is_after(today) {
        return Err(Error::invalid(
            path(),
            format!("date {date} lies in the future"),
        ));
    }
    Ok(())
}

/// Reads the optional `version` of a catalog file: a full date, `YYYY-MM-DD`.
pub(crate) fn file_version<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    let version = <Option<String> as serde::Deserialize>::deserialize(d)?;
    if let Some(v) = &version {
        crate::ids::check_full_date(v).map_err(serde::de::Error::custom)?;
    }
    Ok(version)
}

/// Reads an optional text of a catalog file's header (`$schema`, `notice`),
/// which, like every other text of the file, may not be blank.
pub(crate) fn file_text<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    let text = <Option<String> as serde::Deserialize>::deserialize(d)?;
    if let Some(t) = text.as_deref().filter(|t| t.trim().is_empty()) {
        return Err(serde::de::Error::custom(format!("text {t:?} is empty")));
    }
    Ok(text)
}

/// Runs every check. `today` bounds the dates. Returns the normalised
/// names of the modalities, which the lookup index keeps.
pub(crate) fn validate<'p>(
    parts: &'p Parts,
    base: Base,
    today: Date,
) -> Result<Map<Box<str>, usize>> {
    let p = Paths(base);

    // Sources: unique ids, an identifier each, real dates.
    let mut source_ix: Map<&str, usize> = Map::default();
    for (i, s) in parts.sources.iter().enumerate() {
        if let Some(first) = source_ix.insert(s.id.as_str(), i) {
            return Err(Error::invalid(
                format!("{}.id", p.source(i)),
                format!(
                    "duplicate source id {:?} (also at {})",
                    s.id.as_str(),
                    p.source(first)
                ),
            ));
        }
        non_empty(
            || format!("{}.citation", p.source(i)),
            "citation",
            &s.citation,
        )?;
        if s.doi.is_none() && s.pmid.is_none() && s.url.is_none() {
            return Err(Error::invalid(
                p.source(i),
                format!(
                    "source {:?} has no identifier: give a doi, a pmid or a url",
                    s.id.as_str()
                ),
            ));
        }
        not_future(|| format!("{}.checked", p.source(i)), &s.checked, &today)?;
        if s.status.is_none()
            && matches!(
                s.kind,
                SourceKind::Guideline | SourceKind::RegulatoryLabel | SourceKind::PayerPolicy
            )
        {
            return Err(Error::invalid(
                format!("{}.status", p.source(i)),
                format!(
                    "source {:?} is a {}, which gets revised: say whether it is current, draft, withdrawn or superseded",
                    s.id.as_str(),
                    s.kind.label().to_lowercase()
                ),
            ));
        }
        if let Some(note) = &s.note {
            non_empty(|| format!("{}.note", p.source(i)), "note", note)?;
        }
    }
    // A superseded source names its replacement, which is another source.
    for (i, s) in parts.sources.iter().enumerate() {
        if let Some(by) = s.status.as_ref().and_then(SourceStatus::superseded_by)
            && (by == &s.id || !source_ix.contains_key(by.as_str()))
        {
            return Err(Error::invalid(
                format!("{}.status.superseded", p.source(i)),
                format!(
                    "source {:?} is superseded by {:?}, which is not another source of the catalog",
                    s.id.as_str(),
                    by.as_str()
                ),
            ));
        }
    }
    let source_of = |id: &SourceId| {
        source_ix
            .get(id.as_str())
            .and_then(|&k| parts.sources.get(k))
    };

    let mut cited: Set<&str> = Set::default();
    let mut cite =
        |path: &dyn Fn() -> String, key: &str, text: &str, sources: &'p [SourceId]| -> Result<()> {
            check_statement(&source_ix, &mut cited, path, key, text, sources)
        };

    // Modalities: unique ids, names, statements, dates, codes.
    let mut modality_ix: Map<&str, usize> = Map::default();
    let mut names: Map<Box<str>, usize> = Map::default();
    for (i, m) in parts.modalities.iter().enumerate() {
        if let Some(first) = modality_ix.insert(m.id.as_str(), i) {
            return Err(Error::invalid(
                format!("{}.id", p.modality(i)),
                format!(
                    "duplicate modality id {:?} (also at {})",
                    m.id.as_str(),
                    p.modality(first)
                ),
            ));
        }
        check_names(&p, i, &parts.modalities, &mut names)?;
        not_future(
            || format!("{}.last_reviewed", p.modality(i)),
            &m.last_reviewed,
            &today,
        )?;
        if m.indications.is_empty() {
            return Err(Error::invalid(
                format!("{}.indications", p.modality(i)),
                format!("modality {:?} has no indication", m.id.as_str()),
            ));
        }
        let mut failure = None;
        modality_statements(m, |field, text, sources| {
            if failure.is_none() {
                let path = || format!("{}.{field}", p.modality(i));
                failure = cite(&path, field.text_key(), text, sources).err();
            }
        });
        if let Some(e) = failure {
            return Err(e);
        }
        check_modality_details(&p, i, m, &today)?;
        check_currency(&p, i, m, &source_of)?;
        let primary = {
            let mut any = false;
            modality_statements(m, |_, _, sources| {
                any |= sources
                    .iter()
                    .any(|id| source_of(id).is_some_and(|s| s.kind.is_primary()));
            });
            any
        };
        if !primary {
            return Err(Error::invalid(
                p.modality(i),
                format!(
                    "modality {:?} cites no primary source (a label, regulatory record, guideline or clinical study)",
                    m.id.as_str()
                ),
            ));
        }
    }

    // Combinations and innovations share one id space.
    let mut entry_ix: Map<&str, PathAt> = Map::default();
    for (i, c) in parts.combinations.iter().enumerate() {
        let path = p.combination(i);
        if let Some(first) = entry_ix.insert(c.id.as_str(), path) {
            return Err(Error::invalid(
                format!("{path}.id"),
                format!("duplicate entry id {:?} (also at {first})", c.id.as_str()),
            ));
        }
        non_empty(|| format!("{path}.name"), "name", &c.name)?;
        let distinct: Set<&str> = c.modalities.iter().map(|m| m.as_str()).collect();
        if distinct.len() < 2 || distinct.len() != c.modalities.len() {
            return Err(Error::invalid(
                format!("{path}.modalities"),
                "a combination names at least two different modalities, each once",
            ));
        }
        for (k, m) in c.modalities.iter().enumerate() {
            if !modality_ix.contains_key(m.as_str()) {
                return Err(Error::invalid(
                    format!("{path}.modalities[{k}]"),
                    format!("names unknown modality {:?}", m.as_str()),
                ));
            }
        }
        cite(&|| path.to_string(), "text", &c.text, &c.sources)?;
    }
    for (i, n) in parts.innovations.iter().enumerate() {
        let path = p.innovation(i);
        if let Some(first) = entry_ix.insert(n.id.as_str(), path) {
            return Err(Error::invalid(
                format!("{path}.id"),
                format!("duplicate entry id {:?} (also at {first})", n.id.as_str()),
            ));
        }
        non_empty(|| format!("{path}.name"), "name", &n.name)?;
        for (k, synonym) in n.synonyms.iter().enumerate() {
            non_empty(|| format!("{path}.synonyms[{k}]"), "synonym", synonym)?;
        }
        if n.lifecycle == Lifecycle::Established {
            return Err(Error::invalid(
                format!("{path}.lifecycle"),
                "an innovation is emerging or investigational, not established",
            ));
        }
        for (k, m) in n.related.iter().enumerate() {
            if !modality_ix.contains_key(m.as_str()) {
                return Err(Error::invalid(
                    format!("{path}.related[{k}]"),
                    format!("names unknown modality {:?}", m.as_str()),
                ));
            }
        }
        cite(&|| path.to_string(), "text", &n.text, &n.sources)?;
    }

    // No orphan sources.
    for (i, s) in parts.sources.iter().enumerate() {
        if !cited.contains(s.id.as_str()) {
            return Err(Error::invalid(
                p.source(i),
                format!("source {:?} is cited by no statement", s.id.as_str()),
            ));
        }
    }
    Ok(names)
}

/// A statement has text and cites at least one known source.
fn check_statement<'p>(
    source_ix: &Map<&str, usize>,
    cited: &mut Set<&'p str>,
    path: &dyn Fn() -> String,
    key: &str,
    text: &str,
    sources: &'p [SourceId],
) -> Result<()> {
    non_empty(|| format!("{}.{key}", path()), key, text)?;
    if sources.is_empty() {
        return Err(Error::invalid(
            format!("{}.sources", path()),
            "statement cites no source: every statement needs at least one",
        ));
    }
    for (k, id) in sources.iter().enumerate() {
        if !source_ix.contains_key(id.as_str()) {
            return Err(Error::invalid(
                format!("{}.sources[{k}]", path()),
                format!("cites unknown source {:?}", id.as_str()),
            ));
        }
        cited.insert(id.as_str());
    }
    Ok(())
}

/// Every name of a modality, with where it sits in the record.
fn names_of(m: &Modality) -> impl Iterator<Item = (NameAt, &str)> {
    std::iter::once((NameAt::Id, m.id.as_str()))
        .chain(std::iter::once((NameAt::Name, m.name.as_str())))
        .chain(
            [
                ("abbreviations", &m.abbreviations),
                ("synonyms", &m.synonyms),
                ("brands", &m.brands),
            ]
            .into_iter()
            .flat_map(|(field, names)| {
                names
                    .iter()
                    .enumerate()
                    .map(move |(k, n)| (NameAt::List(field, k), n.as_str()))
            }),
        )
}

/// Where a name sits in a modality record, formatted only for errors.
#[derive(Clone, Copy)]
enum NameAt {
    Id,
    Name,
    List(&'static str, usize),
}

impl std::fmt::Display for NameAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NameAt::Id => f.write_str("id"),
            NameAt::Name => f.write_str("name"),
            NameAt::List(field, k) => write!(f, "{field}[{k}]"),
        }
    }
}

/// Every name of a modality must normalise to something, and to a key no
/// other modality uses. `seen` maps each normalised name to its modality;
/// the lookup index keeps it.
fn check_names(
    p: &Paths,
    i: usize,
    modalities: &[Modality],
    seen: &mut Map<Box<str>, usize>,
) -> Result<()> {
    let Some(m) = modalities.get(i) else {
        return Ok(());
    };
    for (at, name) in names_of(m) {
        let key = normalized(name);
        if key.is_empty() {
            return Err(Error::invalid(
                format!("{}.{at}", p.modality(i)),
                format!("name {name:?} is empty or has no letters or digits"),
            ));
        }
        match seen.get(key.as_str()) {
            Some(&other) if other != i => {
                let other_name = modalities
                    .get(other)
                    .and_then(|o| names_of(o).find(|(_, n)| normalized(n) == key))
                    .map_or("", |(_, n)| n);
                return Err(Error::invalid(
                    format!("{}.{at}", p.modality(i)),
                    format!(
                        "name {name:?} is ambiguous: it matches {other_name:?} of {}",
                        p.modality(other)
                    ),
                ));
            }
            Some(_) => {}
            None => {
                seen.insert(key.into(), i);
            }
        }
    }
    Ok(())
}

/// What a reader takes as current must say as of when, and guideline
/// support must rest on a guideline in force.
fn check_currency<'s>(
    p: &Paths,
    i: usize,
    m: &Modality,
    source_of: &dyn Fn(&SourceId) -> Option<&'s Source>,
) -> Result<()> {
    let base = p.modality(i);
    for (k, r) in m.regulatory.iter().enumerate() {
        if r.date.is_none() && r.as_of.is_none() {
            return Err(Error::invalid(
                format!("{base}.regulatory[{k}]"),
                format!(
                    "regulatory event {:?} has neither a date nor an as_of date",
                    r.status.label()
                ),
            ));
        }
    }
    for (k, ind) in m.indications.iter().enumerate() {
        let path = || format!("{base}.indications[{k}]");
        if matches!(
            ind.use_kind,
            UseKind::Labelled | UseKind::GuidelineSupported
        ) && ind.as_of.is_none()
        {
            return Err(Error::invalid(
                format!("{}.as_of", path()),
                format!(
                    "a {} indication describes a state of affairs: give its as_of date",
                    ind.use_kind.label().to_lowercase()
                ),
            ));
        }
        if ind.use_kind == UseKind::GuidelineSupported {
            let guidelines: Vec<&Source> = ind
                .sources
                .iter()
                .filter_map(source_of)
                .filter(|s| s.kind == SourceKind::Guideline)
                .collect();
            if !guidelines
                .iter()
                .any(|s| s.status.as_ref().is_some_and(SourceStatus::is_current))
            {
                let named: Vec<String> = guidelines
                    .iter()
                    .map(|s| {
                        format!(
                            "{} ({})",
                            s.id.as_str(),
                            s.status
                                .as_ref()
                                .map_or("no status", SourceStatus::label)
                                .to_lowercase()
                        )
                    })
                    .collect();
                return Err(Error::invalid(
                    format!("{}.sources", path()),
                    if named.is_empty() {
                        "a guideline-supported indication cites no guideline".to_owned()
                    } else {
                        format!(
                            "a guideline-supported indication needs a current guideline, but cites only {}",
                            named.join(", ")
                        )
                    },
                ));
            }
        }
    }
    Ok(())
}

fn check_modality_details(p: &Paths, i: usize, m: &Modality, today: &Date) -> Result<()> {
    let base = p.modality(i);
    for (k, r) in m.regulatory.iter().enumerate() {
        if let Some(d) = &r.date {
            not_future(|| format!("{base}.regulatory[{k}].date"), d, today)?;
        }
        for (key, text) in [("product", &r.product), ("holder", &r.holder)] {
            if let Some(text) = text {
                non_empty(|| format!("{base}.regulatory[{k}].{key}"), key, text)?;
            }
        }
        if let Some(d) = &r.as_of {
            not_future(|| format!("{base}.regulatory[{k}].as_of"), d, today)?;
        }
    }
    for (k, ind) in m.indications.iter().enumerate() {
        if let Some(d) = &ind.as_of {
            not_future(|| format!("{base}.indications[{k}].as_of"), d, today)?;
        }
    }
    let codes = m
        .codes
        .iter()
        .enumerate()
        .map(|(k, c)| (Field::Code(k), c))
        .chain(m.indications.iter().enumerate().flat_map(|(j, ind)| {
            ind.codes
                .iter()
                .enumerate()
                .map(move |(k, c)| (Field::IndicationCode(j, k), c))
        }));
    for (field, c) in codes {
        c.system
            .check(&c.code)
            .map_err(|e| Error::invalid(format!("{base}.{field}.code"), e.to_string()))?;
    }
    if let Some(r) = &m.radiation {
        let positive = |v: f64| v.is_finite() && v > 0.0;
        let bad = [
            ("half_life_days", Some(r.half_life_days)),
            ("max_energy_mev", r.max_energy_mev),
            ("max_range_mm", r.max_range_mm),
        ]
        .into_iter()
        .find(|(_, v)| v.is_some_and(|v| !positive(v)));
        if let Some((field, Some(v))) = bad {
            return Err(Error::invalid(
                format!("{base}.radiation.{field}"),
                format!("{v} is not a positive number"),
            ));
        }
        non_empty(
            || format!("{base}.radiation.radionuclide"),
            "radionuclide",
            &r.radionuclide,
        )?;
    }
    for (k, c) in m.corrections.iter().enumerate() {
        non_empty(
            || format!("{base}.corrections[{k}].claim"),
            "claim",
            &c.claim,
        )?;
    }
    for (k, e) in m.evidence.iter().enumerate() {
        non_empty(|| format!("{base}.evidence[{k}].name"), "name", &e.name)?;
    }
    Ok(())
}
