//! The index of a catalog: exact names and ids, built when it is loaded,
//! and the word index that search runs on, built on the first search.

use std::{borrow::Cow, sync::OnceLock};

use rust_stemmers::Stemmer;

use super::{
    NameField,
    names::{name_head, product_name},
    terms::{category_terms, primaries, tumour_names},
    text::{MAX_KEY, MAX_WORD, is_number, normalize_into, normalized, stemmer, words},
    typos::char_set,
};
use crate::{
    Map,
    file::Parts,
    model::{Modality, Relation},
    statement::Subject,
    vocab::{RelationKind, TumourType},
};

/// What a searchable name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Modality(usize),
    Combination(usize),
    Innovation(usize),
}

impl Target {
    /// The subject it points at.
    pub(super) fn subject(self, parts: &Parts) -> Option<Subject<'_>> {
        Some(match self {
            Target::Modality(i) => Subject::Modality(parts.modalities.get(i)?),
            Target::Combination(i) => Subject::Combination(parts.combinations.get(i)?),
            Target::Innovation(i) => Subject::Innovation(parts.innovations.get(i)?),
        })
    }
}

/// A searchable name.
#[derive(Clone, Debug)]
pub(super) struct Named {
    pub(super) target: Target,
    pub(super) field: NameField,
    /// The name as the catalog writes it.
    pub(super) text: Box<str>,
    /// The normalised whole name, for exact matches.
    pub(super) key: Box<str>,
    /// Distinct word ids.
    pub(super) words: Box<[u32]>,
}

/// A word of the index.
#[derive(Clone, Debug)]
pub(super) struct Word {
    pub(super) text: Box<str>,
    pub(super) chars: Box<[char]>,
    /// The characters it contains, as a bit set ([`char_set`]): a cheap
    /// first test of whether it can be a few typos away from a query word.
    pub(super) char_set: u32,
    /// Ids of the names containing it.
    pub(super) postings: Vec<u32>,
}

/// The lookup index of a catalog: exact names and ids, built when it is
/// loaded, and the word index for search, built on the first search.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    /// Normalised name of a modality -> its index (exact lookup).
    names: Map<Box<str>, usize>,
    /// Exact id of a modality -> its index.
    ids: Map<Box<str>, usize>,
    /// The word index, built on first use so that loading a catalog pays
    /// only for what exact lookups need.
    words: OnceLock<Words>,
}

/// The word index that search runs on.
#[derive(Clone, Debug, Default)]
pub(super) struct Words {
    pub(super) named: Vec<Named>,
    pub(super) words: Vec<Word>,
    /// Word text -> word id, sorted by text for prefix ranges.
    pub(super) sorted: Vec<(Box<str>, u32)>,
    pub(super) by_text: Map<Box<str>, u32>,
    /// Stem id -> word ids.
    pub(super) stems: Vec<Vec<u32>>,
    pub(super) stem_ids: Map<Box<str>, u32>,
    /// Word ids by length in characters, for typo matching (letters only).
    pub(super) by_len: Vec<Vec<u32>>,
    /// Normalised name -> the names that are it, for every field whose
    /// name identifies its entry (codes included), so that a query equal
    /// to a name finds it whatever its words are ("e.s.i." is "ESI").
    pub(super) whole: Map<Box<str>, Vec<u32>>,
    /// How many modalities, combinations and innovations there are.
    pub(super) counts: [usize; 3],
}

impl Index {
    /// The index of a validated catalog, whose normalised names
    /// validation has already collected.
    pub(crate) fn build(c: &Parts, names: Map<Box<str>, usize>) -> Index {
        Index {
            names,
            ids: c
                .modalities
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.as_str().into(), i))
                .collect(),
            words: OnceLock::new(),
        }
    }

    /// The word index, built on first use.
    pub(super) fn words(&self, parts: &Parts) -> &Words {
        self.words.get_or_init(|| Words::build(parts))
    }

    /// A modality by normalised name, without allocating.
    pub(crate) fn exact(&self, query: &str) -> Option<usize> {
        let mut buf = [0u8; MAX_KEY];
        let key = normalize_into(query, &mut buf)?;
        self.names.get(key).copied()
    }

    /// A modality by exact id.
    pub(crate) fn id(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }
}

/// Calls `f` with every searchable name of a catalog, in the order the
/// index takes them (the page's exported index uses the same order).
pub(crate) fn each_name<'a>(c: &'a Parts, mut f: impl FnMut(Target, NameField, Cow<'a, str>)) {
    for (i, m) in c.modalities.iter().enumerate() {
        let t = Target::Modality(i);
        f(t, NameField::Id, Cow::from(m.id.as_str()));
        f(t, NameField::Name, Cow::from(&m.name));
        for a in &m.abbreviations {
            f(t, NameField::Abbreviation, Cow::from(a));
        }
        for s in &m.synonyms {
            f(t, NameField::Synonym, Cow::from(s));
        }
        for b in &m.brands {
            f(t, NameField::Brand, Cow::from(b));
        }
        for p in products(m) {
            f(t, NameField::Product, p);
        }
        for code in codes(m) {
            f(t, NameField::Code, Cow::from(code));
        }
        f(t, NameField::Category, Cow::from(m.category.label()));
        for term in category_terms(m.category) {
            f(t, NameField::Family, Cow::from(*term));
        }
        for name in family(c, m) {
            f(t, NameField::Family, name);
        }
        let mut conditions: Vec<_> = m.indications.iter().map(|i| i.condition).collect();
        conditions.sort_unstable();
        conditions.dedup();
        for cond in conditions {
            f(t, NameField::Condition, Cow::from(cond.label()));
        }
        let (named, any) = tumours(m);
        for &tumour in &named {
            for name in tumour_names(tumour) {
                f(t, NameField::TumourType, Cow::from(*name));
            }
        }
        if any {
            for tumour in primaries().filter(|p| !named.contains(p)) {
                for name in tumour_names(tumour) {
                    f(t, NameField::AnyPrimary, Cow::from(*name));
                }
            }
        }
    }
    for (i, comb) in c.combinations.iter().enumerate() {
        let t = Target::Combination(i);
        f(t, NameField::Id, Cow::from(comb.id.as_str()));
        f(t, NameField::Name, Cow::from(&comb.name));
        for id in &comb.modalities {
            if let Some(m) = c.modalities.iter().find(|m| m.id == *id) {
                f(t, NameField::Combined, Cow::from(&m.name));
                for n in m.abbreviations.iter().chain(&m.synonyms) {
                    f(t, NameField::Combined, Cow::from(n));
                }
            }
        }
    }
    for (i, inn) in c.innovations.iter().enumerate() {
        let t = Target::Innovation(i);
        f(t, NameField::Id, Cow::from(inn.id.as_str()));
        f(t, NameField::Name, Cow::from(&inn.name));
        for s in &inn.synonyms {
            f(t, NameField::Synonym, Cow::from(s));
        }
        f(t, NameField::Category, Cow::from(inn.category.label()));
        for term in category_terms(inn.category) {
            f(t, NameField::Family, Cow::from(*term));
        }
    }
}

/// The names of the products of a modality's regulatory events, without
/// their descriptions, each once.
fn products(m: &Modality) -> Vec<Cow<'_, str>> {
    let mut products: Vec<Cow<'_, str>> = m
        .regulatory
        .iter()
        .filter_map(|r| r.product.as_deref())
        .map(product_name)
        .filter(|p| !p.is_empty())
        .collect();
    products.sort_unstable();
    products.dedup();
    products
}

/// The codes a modality carries, its own and its indications', each once.
fn codes(m: &Modality) -> Vec<&str> {
    let mut codes: Vec<&str> = m
        .codes
        .iter()
        .chain(m.indications.iter().flat_map(|i| &i.codes))
        .map(|c| c.code.as_str())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// The head of the name ([`name_head`]) of every modality of the same
/// family as `m` (a `same-family` or `variant-of` link either way).
fn family<'a>(c: &'a Parts, m: &'a Modality) -> Vec<Cow<'a, str>> {
    let kin = |r: &Relation| {
        matches!(
            r.relation,
            RelationKind::SameFamily | RelationKind::VariantOf
        )
    };
    let mut names: Vec<Cow<'a, str>> = c
        .modalities
        .iter()
        .filter(|o| o.id != m.id)
        .filter(|o| {
            m.related.iter().any(|r| kin(r) && r.modality == o.id)
                || o.related.iter().any(|r| kin(r) && r.modality == m.id)
        })
        .map(|o| name_head(&o.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The tumour types a modality's indications name, and whether any is for
/// any primary tumour.
fn tumours(m: &Modality) -> (Vec<TumourType>, bool) {
    let mut named: Vec<TumourType> = m
        .indications
        .iter()
        .flat_map(|i| i.tumours.iter().copied())
        .collect();
    named.sort_unstable();
    named.dedup();
    let any = named.contains(&TumourType::AnyPrimary);
    named.retain(|t| *t != TumourType::AnyPrimary);
    (named, any)
}

impl Words {
    fn build(c: &Parts) -> Words {
        let mut ix = Words::default();
        let stemmer = stemmer();
        each_name(c, |t, field, text| ix.add(&stemmer, t, field, &text));
        ix.counts = [
            c.modalities.len(),
            c.combinations.len(),
            c.innovations.len(),
        ];
        ix.sorted = ix
            .words
            .iter()
            .enumerate()
            .map(|(k, w)| (w.text.clone(), k as u32))
            .collect();
        ix.sorted.sort_unstable();
        ix
    }

    fn add(&mut self, stemmer: &Stemmer, target: Target, field: NameField, text: &str) {
        if field.whole_only() {
            // A code is found by the whole code only, never by its parts.
            let key: Box<str> = normalized(text).into();
            if key.is_empty() {
                return;
            }
            let id = self.named.len() as u32;
            self.whole.entry(key.clone()).or_default().push(id);
            self.named.push(Named {
                target,
                field,
                text: text.into(),
                key,
                words: Box::new([]),
            });
            return;
        }
        let mut ids: Vec<u32> = words(text)
            .into_iter()
            .map(|w| self.word_id(stemmer, w))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return;
        }
        let id = self.named.len() as u32;
        let key: Box<str> = normalized(text).into();
        if field.names_entry() && !key.is_empty() {
            self.whole.entry(key.clone()).or_default().push(id);
        }
        for &w in &ids {
            if let Some(word) = self.words.get_mut(w as usize) {
                word.postings.push(id);
            }
        }
        self.named.push(Named {
            target,
            field,
            text: text.into(),
            key,
            words: ids.into(),
        });
    }

    fn word_id(&mut self, stemmer: &Stemmer, w: String) -> u32 {
        if let Some(&id) = self.by_text.get(w.as_str()) {
            return id;
        }
        let stem_text: Box<str> = stemmer.stem(&w).into();
        let next_stem = self.stems.len() as u32;
        let stem = *self.stem_ids.entry(stem_text).or_insert(next_stem);
        if stem == next_stem {
            self.stems.push(Vec::new());
        }
        let id = self.words.len() as u32;
        if let Some(list) = self.stems.get_mut(stem as usize) {
            list.push(id);
        }
        let chars: Box<[char]> = w.chars().collect();
        if !is_number(&w) && chars.len() <= MAX_WORD {
            if self.by_len.len() <= chars.len() {
                self.by_len.resize(chars.len() + 1, Vec::new());
            }
            if let Some(list) = self.by_len.get_mut(chars.len()) {
                list.push(id);
            }
        }
        self.by_text.insert(w.as_str().into(), id);
        self.words.push(Word {
            text: w.into(),
            char_set: char_set(&chars),
            chars,
            postings: Vec::new(),
        });
        id
    }

    /// The position of a target among all entries: modalities, then
    /// combinations, then innovations.
    pub(super) fn entry_index(&self, t: Target) -> usize {
        let [modalities, combinations, _] = self.counts;
        match t {
            Target::Modality(i) => i,
            Target::Combination(i) => modalities + i,
            Target::Innovation(i) => modalities + combinations + i,
        }
    }
}
