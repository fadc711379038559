//! The search index the page searches: the crate's own index, exported.
//!
//! Each searchable name of each entry is listed in the order
//! `crate::search` indexes it, cut into the same words
//! ([`crate::search::words`]) with the same Snowball stems, and with the
//! weights of its field. `assets/search.js` ranks with it exactly as
//! [`Catalog::search`] does; the browser test compares the two on every
//! query of `tests/fixtures/site-search.json`.

use std::collections::{BTreeMap, HashMap};

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::pages::subject_href;
use crate::{Catalog, NameField, Subject, normalize::normalized, search::words};

/// How a field counts, as `crate::search` weighs it.
#[derive(Serialize)]
struct FieldInfo {
    /// Worth of a full match, out of 100.
    weight: u32,
    /// Which of equally good names to show (lower first).
    display_rank: u8,
    /// Whether a query equal to it names the entry.
    names_entry: bool,
    /// What the field is called.
    label: &'static str,
}

/// The fields' weights, ranks and labels, keyed by the field's label.
fn fields() -> BTreeMap<&'static str, FieldInfo> {
    use NameField::*;
    [
        (Id, 100, 5, true),
        (Name, 100, 0, true),
        (Abbreviation, 100, 3, true),
        (Synonym, 95, 1, true),
        (Brand, 95, 2, true),
        (Product, 80, 4, true),
        (Category, 70, 6, false),
        (Combined, 60, 7, false),
        (Condition, 40, 8, false),
    ]
    .into_iter()
    .map(|(f, weight, display_rank, names_entry)| {
        (
            f.label(),
            FieldInfo {
                weight,
                display_rank,
                names_entry,
                label: f.label(),
            },
        )
    })
    .collect()
}

#[derive(Serialize)]
struct EntryOut<'a> {
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    href: String,
}

#[derive(Serialize)]
struct NameOut<'a> {
    entry: usize,
    field: &'static str,
    text: &'a str,
    key: String,
    words: Vec<u32>,
}

#[derive(Serialize)]
struct WordOut {
    text: String,
    stem: String,
}

#[derive(Serialize)]
struct IndexOut<'a> {
    version: &'a str,
    fields: BTreeMap<&'static str, FieldInfo>,
    entries: Vec<EntryOut<'a>>,
    names: Vec<NameOut<'a>>,
    words: Vec<WordOut>,
}

struct Builder<'a> {
    stemmer: Stemmer,
    names: Vec<NameOut<'a>>,
    words: Vec<WordOut>,
    ids: HashMap<String, u32>,
}

impl<'a> Builder<'a> {
    fn add(&mut self, entry: usize, field: NameField, text: &'a str) {
        let mut ids: Vec<u32> = words(text).into_iter().map(|w| self.word(w)).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return;
        }
        self.names.push(NameOut {
            entry,
            field: field.label(),
            text,
            key: normalized(text),
            words: ids,
        });
    }

    fn word(&mut self, w: String) -> u32 {
        if let Some(&id) = self.ids.get(&w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(w.clone(), id);
        self.words.push(WordOut {
            stem: self.stemmer.stem(&w).into_owned(),
            text: w,
        });
        id
    }
}

/// The search index of `c` as JSON.
pub(crate) fn search_index_json(c: &Catalog) -> String {
    let mut b = Builder {
        stemmer: Stemmer::create(Algorithm::English),
        names: Vec::new(),
        words: Vec::new(),
        ids: HashMap::new(),
    };
    let mut entries = Vec::new();
    for m in c {
        let e = entries.len();
        entries.push(EntryOut {
            kind: "modality",
            id: m.id.as_str(),
            name: &m.name,
            href: subject_href(Subject::Modality(m)),
        });
        b.add(e, NameField::Id, m.id.as_str());
        b.add(e, NameField::Name, &m.name);
        for a in &m.abbreviations {
            b.add(e, NameField::Abbreviation, a);
        }
        for s in &m.synonyms {
            b.add(e, NameField::Synonym, s);
        }
        for s in &m.brands {
            b.add(e, NameField::Brand, s);
        }
        let mut products: Vec<&str> = m
            .regulatory
            .iter()
            .filter_map(|r| r.product.as_deref())
            .collect();
        products.sort_unstable();
        products.dedup();
        for p in products {
            b.add(e, NameField::Product, p);
        }
        b.add(e, NameField::Category, m.category.label());
        let mut conditions: Vec<_> = m.indications.iter().map(|i| i.condition).collect();
        conditions.sort_unstable();
        conditions.dedup();
        for cond in conditions {
            b.add(e, NameField::Condition, cond.label());
        }
    }
    for x in c.combinations() {
        let e = entries.len();
        entries.push(EntryOut {
            kind: "combination",
            id: x.id.as_str(),
            name: &x.name,
            href: subject_href(Subject::Combination(x)),
        });
        b.add(e, NameField::Id, x.id.as_str());
        b.add(e, NameField::Name, &x.name);
        for id in &x.modalities {
            if let Some(m) = c.iter().find(|m| m.id == *id) {
                b.add(e, NameField::Combined, &m.name);
                for n in m.abbreviations.iter().chain(&m.synonyms) {
                    b.add(e, NameField::Combined, n);
                }
            }
        }
    }
    for x in c.innovations() {
        let e = entries.len();
        entries.push(EntryOut {
            kind: "innovation",
            id: x.id.as_str(),
            name: &x.name,
            href: subject_href(Subject::Innovation(x)),
        });
        b.add(e, NameField::Id, x.id.as_str());
        b.add(e, NameField::Name, &x.name);
        for s in &x.synonyms {
            b.add(e, NameField::Synonym, s);
        }
        b.add(e, NameField::Category, x.category.label());
    }
    let out = IndexOut {
        version: c.version(),
        fields: fields(),
        entries,
        names: b.names,
        words: b.words,
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(&out).unwrap_or_default()
}
