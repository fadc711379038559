//! The search index the page searches: the crate's own index, exported.
//!
//! Each searchable name of each entry is listed in the order
//! `crate::search` indexes it, cut into the same words
//! (`crate::search::text::words`) with the same Snowball stems, and with the
//! weights of its field. `assets/search.js` ranks with it exactly as
//! [`Catalog::search`] does; the browser test compares the two on every
//! query of `tests/fixtures/site-search.json`.

use std::collections::{BTreeMap, HashMap};

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::pages::subject_href;
use crate::{
    catalog::Catalog,
    search::{
        NameField, Target, each_name,
        text::{normalized, words},
    },
    statement::Subject,
};

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

/// The fields' weights, ranks and labels, keyed by the field's label, as
/// `crate::search` weighs them.
fn fields() -> BTreeMap<&'static str, FieldInfo> {
    NameField::ALL
        .into_iter()
        .map(|f| {
            (
                f.label(),
                FieldInfo {
                    weight: f.weight(),
                    display_rank: f.display_rank(),
                    names_entry: f.names_entry(),
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
    let entries: Vec<EntryOut<'_>> = c
        .iter()
        .map(Subject::Modality)
        .chain(c.combinations().map(Subject::Combination))
        .chain(c.innovations().map(Subject::Innovation))
        .map(|subject| EntryOut {
            kind: match subject {
                Subject::Modality(_) => "modality",
                Subject::Combination(_) => "combination",
                _ => "innovation",
            },
            id: subject.id(),
            name: subject.name(),
            href: subject_href(subject),
        })
        .collect();
    let (modalities, combinations) = (c.len(), c.combinations().count());
    each_name(&c.parts, |target, field, text| {
        let entry = match target {
            Target::Modality(i) => i,
            Target::Combination(i) => modalities + i,
            Target::Innovation(i) => modalities + combinations + i,
        };
        b.add(entry, field, text);
    });
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
