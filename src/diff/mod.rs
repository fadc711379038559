//! What changed between two catalogs: records, statements and sources,
//! keyed by record id and stable statement key, never by array position.
//! Computing it is here; printing it for people is in `show`.

mod show;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::{
    Catalog, Retired, SourceId, SourceStatus,
    model::Modality,
    statement::{Field, Subject},
};

/// The differences between an older catalog and a newer one, as given by
/// [`Catalog::diff`].
///
/// Records are keyed by their collection and id; statements by their
/// record and their stable key ([`StatementRef::anchor`](crate::StatementRef::anchor)),
/// so reordering statements changes nothing and an edited statement shows
/// its text and sources before and after. Statements are compared only
/// within records both catalogs hold: the statements of an added or
/// removed record are not listed again.
///
/// Serialises with serde for machines; `Display` writes it for people.
///
/// ```
/// use io_pain_modalities::catalog;
///
/// let newer = catalog();
/// let mut json: serde_json::Value = serde_json::from_str(&newer.to_json())?;
/// json["modalities"][0]["mechanism"]["text"] = "A new mechanism text.".into();
/// let older = io_pain_modalities::Catalog::from_json(&json.to_string())?;
///
/// let diff = newer.diff(&older);
/// assert_eq!(diff.statements_changed.len(), 1);
/// assert_eq!(diff.statements_changed[0].statement, "mechanism");
/// assert_eq!(diff.statements_changed[0].before.text, "A new mechanism text.");
/// assert!(diff.to_string().contains("mechanism"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CatalogDiff {
    /// The data version of the older catalog.
    pub older_version: String,
    /// The data version of the newer catalog.
    pub newer_version: String,
    /// Records only the newer catalog holds, sorted by collection and id.
    pub records_added: Vec<RecordRef>,
    /// Records only the older catalog holds, sorted by collection and id.
    pub records_removed: Vec<RecordRef>,
    /// Records both hold whose fields other than their statements changed
    /// (names, category, lifecycle, relations, review date...).
    pub records_changed: Vec<RecordChange>,
    /// Statements only the newer record holds, sorted by record and key.
    pub statements_added: Vec<StatementAt>,
    /// Statements only the older record holds.
    pub statements_removed: Vec<StatementAt>,
    /// Statements both records hold whose text, sources or other fields changed.
    pub statements_changed: Vec<StatementChange>,
    /// Sources only the newer catalog cites.
    pub sources_added: Vec<SourceId>,
    /// Sources only the older catalog cites.
    pub sources_removed: Vec<SourceId>,
    /// Sources both hold whose status or other fields changed.
    pub sources_changed: Vec<SourceChange>,
    /// Modality ids the newer catalog retires that the older did not.
    pub retired_added: Vec<Retired>,
}

/// A record of a catalog: a modality, combination, innovation or exclusion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RecordRef {
    /// `modalities`, `combinations`, `innovations` or `exclusions`.
    pub collection: &'static str,
    /// The record's id.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A record whose own fields changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RecordChange {
    /// The record, as the newer catalog has it.
    pub record: RecordRef,
    /// The JSON keys whose values changed, in alphabetical order.
    pub fields: Vec<String>,
}

/// A statement's text and sources at one version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatementText {
    /// The statement.
    pub text: String,
    /// The sources it cites.
    pub sources: Vec<SourceId>,
}

/// A statement added or removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatementAt {
    /// The collection of its record.
    pub collection: &'static str,
    /// Its record's id.
    pub record: String,
    /// Its stable key within the record.
    pub statement: String,
    /// Its text and sources.
    #[serde(flatten)]
    pub content: StatementText,
}

/// A statement whose text, sources or other fields changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatementChange {
    /// The collection of its record.
    pub collection: &'static str,
    /// Its record's id.
    pub record: String,
    /// Its stable key within the record.
    pub statement: String,
    /// The JSON keys of the statement whose values changed (`text`,
    /// `sources`, `support`, `date`...), in alphabetical order.
    pub fields: Vec<String>,
    /// In the older catalog.
    pub before: StatementText,
    /// In the newer catalog.
    pub after: StatementText,
}

/// A source whose status or other fields changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SourceChange {
    /// The source.
    pub id: SourceId,
    /// The JSON keys whose values changed, in alphabetical order.
    pub fields: Vec<String>,
    /// Its status in the older catalog.
    pub status_before: Option<SourceStatus>,
    /// Its status in the newer catalog.
    pub status_after: Option<SourceStatus>,
}

impl CatalogDiff {
    /// Whether nothing changed (the versions aside).
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.diff(c).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.records_added.is_empty()
            && self.records_removed.is_empty()
            && self.records_changed.is_empty()
            && self.statements_added.is_empty()
            && self.statements_removed.is_empty()
            && self.statements_changed.is_empty()
            && self.sources_added.is_empty()
            && self.sources_removed.is_empty()
            && self.sources_changed.is_empty()
            && self.retired_added.is_empty()
    }
}

impl Catalog {
    /// What changed from `older` to this catalog; see [`CatalogDiff`].
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let diff = c.diff(c);
    /// assert!(diff.is_empty());
    /// assert_eq!(Some(diff.newer_version.as_str()), c.version());
    /// ```
    pub fn diff(&self, older: &Catalog) -> CatalogDiff {
        let (new_records, old_records) = (records(self), records(older));
        let mut d = CatalogDiff {
            older_version: older.version.clone(),
            newer_version: self.version.clone(),
            ..CatalogDiff::default()
        };
        for (key, (r, value)) in &new_records {
            match old_records.get(key) {
                None => d.records_added.push(r.clone()),
                Some((_, before)) => {
                    let fields = changed_keys(before, value, STATEMENT_KEYS);
                    if !fields.is_empty() {
                        d.records_changed.push(RecordChange {
                            record: r.clone(),
                            fields,
                        });
                    }
                }
            }
        }
        for (key, (r, _)) in &old_records {
            if !new_records.contains_key(key) {
                d.records_removed.push(r.clone());
            }
        }
        let (new_st, old_st) = (statements(self), statements(older));
        for (key, after) in &new_st {
            let both = old_records.contains_key(&(key.0, key.1.clone()));
            match old_st.get(key) {
                None if both => d.statements_added.push(after.at(key)),
                None => {}
                Some(before) => {
                    let fields = changed_keys(&before.value, &after.value, &[]);
                    if !fields.is_empty() {
                        d.statements_changed.push(StatementChange {
                            collection: key.0,
                            record: key.1.clone(),
                            statement: key.2.clone(),
                            fields,
                            before: before.content.clone(),
                            after: after.content.clone(),
                        });
                    }
                }
            }
        }
        for (key, before) in &old_st {
            let both = new_records.contains_key(&(key.0, key.1.clone()));
            if both && !new_st.contains_key(key) {
                d.statements_removed.push(before.at(key));
            }
        }
        sources(&mut d, self, older);
        d.retired_added = self
            .parts
            .retired
            .iter()
            .filter(|r| older.retired(&r.id).is_none())
            .cloned()
            .collect();
        d
    }
}

/// The keys of a modality (or entry) that hold statements, which the
/// statement comparison covers.
const STATEMENT_KEYS: &[&str] = &[
    "summary",
    "plain_summary",
    "mechanism",
    "administration",
    "indications",
    "precautions",
    "regulatory",
    "evidence",
    "opioid_sparing",
    "radiation",
    "codes",
    "corrections",
    "text",
    "sources",
    "support",
];

/// Records by collection and id (sorted), each with its JSON.
type Records = BTreeMap<(&'static str, String), (RecordRef, Value)>;

fn records(c: &Catalog) -> Records {
    let mut out = Records::new();
    let mut add = |collection, id: &str, name: &str, value: Value| {
        let r = RecordRef {
            collection,
            id: id.to_owned(),
            name: name.to_owned(),
        };
        out.insert((collection, id.to_owned()), (r, value));
    };
    for m in &c.parts.modalities {
        add("modalities", m.id.as_str(), &m.name, json(m));
    }
    for x in &c.parts.combinations {
        add("combinations", x.id.as_str(), &x.name, json(x));
    }
    for x in &c.parts.innovations {
        add("innovations", x.id.as_str(), &x.name, json(x));
    }
    for x in &c.parts.exclusions {
        add("exclusions", x.id.as_str(), &x.name, json(x));
    }
    out
}

/// A statement's content and the JSON of the item that holds it.
struct Found {
    content: StatementText,
    value: Value,
}

impl Found {
    fn at(&self, key: &(&'static str, String, String)) -> StatementAt {
        StatementAt {
            collection: key.0,
            record: key.1.clone(),
            statement: key.2.clone(),
            content: self.content.clone(),
        }
    }
}

/// Every statement by collection, record id and stable key.
fn statements(c: &Catalog) -> BTreeMap<(&'static str, String, String), Found> {
    c.statements()
        .map(|s| {
            let value = match s.subject {
                Subject::Modality(m) => item(m, s.field),
                _ => serde_json::json!({ "text": s.text, "sources": s.sources, "support": s.support }),
            };
            let key = (s.subject.collection(), s.subject.id().to_owned(), s.anchor());
            let content = StatementText {
                text: s.text.to_owned(),
                sources: s.sources.to_vec(),
            };
            (key, Found { content, value })
        })
        .collect()
}

/// The JSON of the item of `m` that holds `field`; an indication without
/// its codes, which are statements of their own.
fn item(m: &Modality, field: Field) -> Value {
    let mut v = match field {
        Field::Summary => json(&m.summary),
        Field::PlainSummary => json(&m.plain_summary),
        Field::Mechanism => json(&m.mechanism),
        Field::Administration => json(&m.administration),
        Field::Indication(i) => json(&m.indications.get(i)),
        Field::IndicationCode(i, j) => json(&m.indications.get(i).and_then(|x| x.codes.get(j))),
        Field::Precaution(i) => json(&m.precautions.get(i)),
        Field::Regulatory(i) => json(&m.regulatory.get(i)),
        Field::Evidence(i) => json(&m.evidence.get(i)),
        Field::OpioidSparing => json(&m.opioid_sparing),
        Field::Radiation => json(&m.radiation),
        Field::Code(i) => json(&m.codes.get(i)),
        Field::Correction(i) => json(&m.corrections.get(i)),
        Field::Text => Value::Null,
    };
    if let (Field::Indication(_), Some(o)) = (field, v.as_object_mut()) {
        o.remove("codes");
    }
    v
}

fn json(x: &impl Serialize) -> Value {
    // Records are plain data with string keys: serialising cannot fail.
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// The keys of two JSON objects whose values differ, skipping `ignore`.
fn changed_keys(before: &Value, after: &Value, ignore: &[&str]) -> Vec<String> {
    let empty = serde_json::Map::new();
    let (b, a) = (
        before.as_object().unwrap_or(&empty),
        after.as_object().unwrap_or(&empty),
    );
    let mut keys: Vec<String> = b
        .keys()
        .chain(a.keys())
        .filter(|k| !ignore.contains(&k.as_str()) && b.get(*k) != a.get(*k))
        .cloned()
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

fn sources(d: &mut CatalogDiff, newer: &Catalog, older: &Catalog) {
    for s in newer.sources() {
        match older.source(&s.id) {
            None => d.sources_added.push(s.id.clone()),
            Some(o) => {
                let fields = changed_keys(&json(o), &json(s), &[]);
                if !fields.is_empty() {
                    d.sources_changed.push(SourceChange {
                        id: s.id.clone(),
                        fields,
                        status_before: o.status.clone(),
                        status_after: s.status.clone(),
                    });
                }
            }
        }
    }
    d.sources_removed = older
        .sources()
        .filter(|o| newer.source(&o.id).is_none())
        .map(|o| o.id.clone())
        .collect();
}
