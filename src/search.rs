//! Finding entries the way people type them: ranked search over every
//! modality, combination and innovation, and the one-answer lookups built
//! on it.
//!
//! # How a query is matched
//!
//! The index is built once, when a catalog is loaded. Each searchable name
//! of an entry (its id, name, abbreviations, synonyms, brands, the products
//! of its regulatory events, the label of its category, the labels of the
//! conditions it is indicated for, and, for a combination, the names of the
//! modalities it combines) is cut into words the same way a query is:
//!
//! 1. runs of letters and digits, lower-cased, split where letters meet
//!    digits (`177Lu` is `177` and `lu`);
//! 2. a radionuclide written any way becomes one word: `Lu 177`, `177-Lu`,
//!    `lutetium177` and `Lu-177` are all `lu177` (the element's name, when
//!    written, is kept as a word too), and a lone element symbol such as
//!    `Lu` reads as the element's name;
//! 3. stop words (`of`, `the`, `for`...) are dropped;
//! 4. British spellings read as American ones (`tumour`, `oesophageal`,
//!    `coeliac`, `haem-`), and Greek plurals as singulars (`metastases`);
//! 5. each word also has its Snowball English stem (`vertebroplasties` and
//!    `vertebroplasty` share one).
//!
//! A query word matches a word of a name exactly, by stem, as a typo
//! (Damerau-Levenshtein distance 1 from five characters, 2 from nine, never
//! on shorter words or numbers, as search engines such as Meilisearch do
//! it, and never when the word is itself a word of the index), or, for the
//! last word of the query only, as a prefix of at least three characters
//! (search as you type).
//!
//! # How hits are ranked
//!
//! Each name scores its field's weight times how well it fits: three parts
//! for how many of the query's words it matches and how closely, one part
//! for how much of the name those words cover. A query equal to a name (or
//! an id) once punctuation and case are ignored beats any other fit. An
//! entry scores its best name; a combination scores four fifths of it, so
//! that a modality is found above the combinations that name it. Entries that match every word of the query
//! come first; only when none does are entries matching at least half of
//! the words returned. Nothing matched is an empty list, never a guess.
//!
//! Generic words of the domain ("injection", "therapy", "procedure"...)
//! score when they match but are not required.
//!
//! ```
//! use io_pain_modalities::{catalog, MatchKind};
//!
//! let hits = catalog().search("kyphoplatsy");
//! assert_eq!(hits[0].subject.id(), "balloon-kyphoplasty");
//! assert_eq!(hits[0].how, MatchKind::Typo);
//! assert!(catalog().search("paracetamol").is_empty());
//! ```

use std::{cell::RefCell, fmt, sync::OnceLock};

use rust_stemmers::{Algorithm, Stemmer};

use crate::{
    Error, Map, Modality, Result, Subject,
    file::Parts,
    normalize::{MAX_KEY, normalize_into, normalized},
};

/// Which name of an entry a hit matched.
///
/// ```
/// use io_pain_modalities::{catalog, NameField};
/// let hit = &catalog().search("Pluvicto")[0];
/// assert_eq!(hit.field, NameField::Brand);
/// assert_eq!(hit.field.label(), "brand");
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NameField {
    /// The entry's id.
    Id,
    /// Its canonical name.
    Name,
    /// An abbreviation.
    Abbreviation,
    /// A synonym.
    Synonym,
    /// A brand name.
    Brand,
    /// A product named in one of its regulatory events.
    Product,
    /// The label of its category.
    Category,
    /// The label of a condition it is indicated for.
    Condition,
    /// A name of a modality that a combination combines.
    Combined,
}

impl NameField {
    /// Every field, in the order of the enum.
    #[cfg(feature = "html")]
    pub(crate) const ALL: [NameField; 9] = [
        NameField::Id,
        NameField::Name,
        NameField::Abbreviation,
        NameField::Synonym,
        NameField::Brand,
        NameField::Product,
        NameField::Category,
        NameField::Condition,
        NameField::Combined,
    ];

    /// What the field is called in messages.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::NameField::Condition.label(), "indicated condition");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            NameField::Id => "id",
            NameField::Name => "name",
            NameField::Abbreviation => "abbreviation",
            NameField::Synonym => "synonym",
            NameField::Brand => "brand",
            NameField::Product => "product",
            NameField::Category => "category",
            NameField::Condition => "indicated condition",
            NameField::Combined => "combined modality",
        }
    }

    /// Which of equally good names to show: the canonical name first, the
    /// id last among the entry's own names.
    pub(crate) fn display_rank(self) -> u8 {
        match self {
            NameField::Name => 0,
            NameField::Synonym => 1,
            NameField::Brand => 2,
            NameField::Abbreviation => 3,
            NameField::Product => 4,
            NameField::Id => 5,
            NameField::Category => 6,
            NameField::Combined => 7,
            NameField::Condition => 8,
        }
    }

    /// How much a full match of this field is worth, out of 100.
    pub(crate) fn weight(self) -> u32 {
        match self {
            NameField::Id | NameField::Name | NameField::Abbreviation => 100,
            NameField::Synonym | NameField::Brand => 95,
            NameField::Product => 80,
            NameField::Category => 70,
            NameField::Combined => 60,
            NameField::Condition => 40,
        }
    }

    /// Whether the field names the entry itself (so an exact match of the
    /// whole query identifies it).
    pub(crate) fn names_entry(self) -> bool {
        matches!(
            self,
            NameField::Id
                | NameField::Name
                | NameField::Abbreviation
                | NameField::Synonym
                | NameField::Brand
                | NameField::Product
        )
    }
}

/// How a hit's name matched the query, from the closest kind of match to
/// the loosest that took part.
///
/// ```
/// use io_pain_modalities::{catalog, MatchKind};
/// assert_eq!(catalog().search("Sr-89")[0].how, MatchKind::Exact);
/// assert_eq!(catalog().search("ablation radiofrequency")[0].how, MatchKind::AllWords);
/// assert_eq!(catalog().search("vertebroplasties")[0].how, MatchKind::Stem);
/// assert_eq!(catalog().search("kypho")[0].how, MatchKind::Prefix);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MatchKind {
    /// The whole query is the name, ignoring case and punctuation.
    Exact,
    /// Every word of the query is a word of the name, in any order.
    AllWords,
    /// Some words matched only through their stem (plural, singular).
    Stem,
    /// The last word matched as the start of a word.
    Prefix,
    /// Some words matched only with a typo.
    Typo,
    /// Only some of the query's words matched.
    Partial,
}

impl MatchKind {
    /// The label people read.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::MatchKind::AllWords.label(), "all words");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::AllWords => "all words",
            MatchKind::Stem => "stem",
            MatchKind::Prefix => "prefix",
            MatchKind::Typo => "typo",
            MatchKind::Partial => "some words",
        }
    }
}

/// One result of [`Catalog::search`](crate::Catalog::search).
///
/// ```
/// let hit = &io_pain_modalities::catalog().search("lutetium")[0];
/// assert_eq!(hit.subject.id(), "lutetium-177-vipivotide-tetraxetan");
/// assert!(hit.score > 0);
/// println!("{hit}");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Hit<'a> {
    /// The entry found.
    pub subject: Subject<'a>,
    /// Higher is better; comparable between hits of one search only.
    pub score: u32,
    /// The entry's name that matched best.
    pub matched: &'a str,
    /// Which kind of name it is.
    pub field: NameField,
    /// How it matched.
    pub how: MatchKind,
    /// Whether every required word of the query matched.
    pub all_words: bool,
}

impl fmt::Display for Hit<'_> {
    /// `id<TAB>name<TAB>score<TAB>how: field "matched"`, the line the
    /// `search` example prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}\t{}\t{}\t{}: {} {:?}",
            self.subject.id(),
            self.subject.name(),
            self.score,
            self.how.label(),
            self.field.label(),
            self.matched
        )
    }
}

/// Longest word, in characters, that typo matching compares.
const MAX_WORD: usize = 48;
/// Query words past this many are ignored.
const MAX_QUERY_WORDS: usize = 16;
/// The bonus that puts an exact name above any other fit.
const EXACT_BONUS: u32 = 1000;
/// Shortest last word that matches as a prefix.
const MIN_PREFIX: usize = 3;

const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
    "to", "with", "without", "via",
];

/// Words of the domain too generic to be required.
const SOFT_WORDS: &[&str] = &[
    "injection",
    "injections",
    "therapy",
    "therapies",
    "treatment",
    "treatments",
    "procedure",
    "procedures",
    "drug",
    "device",
    "system",
    "technique",
    "intervention",
    "percutaneous",
];

/// Element symbols and names of the radionuclides people write.
const ELEMENTS: &[(&str, &str)] = &[
    ("lu", "lutetium"),
    ("sr", "strontium"),
    ("sm", "samarium"),
    ("ra", "radium"),
    ("ga", "gallium"),
    ("ac", "actinium"),
    ("tc", "technetium"),
    ("y", "yttrium"),
    ("i", "iodine"),
    ("pb", "lead"),
    ("tb", "terbium"),
    ("cu", "copper"),
    ("re", "rhenium"),
    ("ho", "holmium"),
];

/// Symbols read as the element's name when they stand alone. Symbols that
/// are also common words or abbreviations ("I", "Y", "RE", "TB", "PB")
/// are not.
const LONE_SYMBOLS: &[&str] = &["lu", "sr", "sm", "ra", "ga", "ac", "tc"];

/// Greek plurals the stemmer does not join to their singulars.
const PLURALS: &[(&str, &str)] = &[
    ("metastases", "metastasis"),
    ("analyses", "analysis"),
    ("diagnoses", "diagnosis"),
    ("prostheses", "prosthesis"),
    ("neoplasms", "neoplasm"),
    ("vertebrae", "vertebra"),
];

/// British beginnings and their American forms.
const BRITISH_PREFIXES: &[(&str, &str)] = &[
    ("oesophag", "esophag"),
    ("oedem", "edem"),
    ("oestr", "estr"),
    ("coeliac", "celiac"),
    ("haem", "hem"),
    ("anaem", "anem"),
    ("leukaem", "leukem"),
    ("paediatr", "pediatr"),
    ("orthopaed", "orthoped"),
    ("foet", "fet"),
    ("ischaem", "ischem"),
];

/// British endings and their American forms (`tumour`, `randomised`).
const BRITISH_SUFFIXES: &[(&str, &str)] = &[
    ("ours", "ors"),
    ("our", "or"),
    ("isation", "ization"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("ise", "ize"),
    ("ises", "izes"),
    ("tre", "ter"),
    ("tres", "ters"),
];

fn element_of(word: &str) -> Option<(&'static str, &'static str)> {
    ELEMENTS
        .iter()
        .copied()
        .find(|(sym, name)| *sym == word || *name == word)
}

/// The American spelling of a lower-case word.
fn american(word: &str) -> String {
    for (gb, us) in BRITISH_PREFIXES {
        if let Some(rest) = word.strip_prefix(gb) {
            return format!("{us}{rest}");
        }
    }
    // Endings only on longer words, so "four" or "rise" stay as they are.
    if word.chars().count() >= 6 {
        for (gb, us) in BRITISH_SUFFIXES {
            if let Some(stem) = word.strip_suffix(gb) {
                return format!("{stem}{us}");
            }
        }
    }
    word.to_owned()
}

/// Raw words: runs of letters and digits, lower-cased, split where letters
/// meet digits.
fn raw_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut cur_digit = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let digit = c.is_ascii_digit();
        if !cur.is_empty() && digit != cur_digit {
            words.push(std::mem::take(&mut cur));
        }
        cur_digit = digit;
        cur.push(c);
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// The words of a name or query, as the index compares them. Stop words
/// are dropped unless nothing else is left.
pub(crate) fn words(text: &str) -> Vec<String> {
    let raw = raw_words(text);
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(w) = raw.get(i) {
        let is_number = |s: &String| s.bytes().all(|b| b.is_ascii_digit());
        // Element next to a mass number, either order.
        let pair = raw.get(i + 1).and_then(|next| {
            if is_number(next) {
                element_of(w).map(|e| (e, next, w))
            } else if is_number(w) {
                element_of(next).map(|e| (e, w, next))
            } else {
                None
            }
        });
        if let Some(((sym, name), mass, written)) = pair {
            if written == name {
                out.push(name.to_owned());
            }
            out.push(format!("{sym}{mass}"));
            i += 2;
            continue;
        }
        if LONE_SYMBOLS.contains(&w.as_str()) {
            if let Some((_, name)) = element_of(w) {
                out.push(name.to_owned());
            }
        } else {
            out.push(w.clone());
        }
        i += 1;
    }
    let kept: Vec<String> = out
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    let chosen = if kept.is_empty() { out } else { kept };
    chosen
        .into_iter()
        .map(|w| {
            let w = PLURALS
                .iter()
                .find(|(p, _)| *p == w)
                .map_or(w, |(_, s)| (*s).to_owned());
            american(&w)
        })
        .collect()
}

fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

/// Typos allowed for a word of this many characters.
fn typo_budget(word: &str, len: usize) -> usize {
    if is_number(word) {
        0
    } else if len >= 9 {
        2
    } else if len >= 5 {
        1
    } else {
        0
    }
}

/// Optimal-string-alignment distance between `a` and `b` if it is at most
/// `max`, on characters, without allocating.
fn distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max || n > MAX_WORD || m > MAX_WORD {
        return None;
    }
    // Three rolling rows of the edit-distance table.
    let mut prev2 = [0usize; MAX_WORD + 1];
    let mut prev = [0usize; MAX_WORD + 1];
    let mut cur = [0usize; MAX_WORD + 1];
    for (j, slot) in prev.iter_mut().enumerate().take(m + 1) {
        *slot = j;
    }
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    let d = prev[m];
    (d <= max).then_some(d)
}

/// What a searchable name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Modality(usize),
    Combination(usize),
    Innovation(usize),
}

/// A searchable name.
#[derive(Clone, Debug)]
struct Named {
    target: Target,
    field: NameField,
    /// Where the text lives in the catalog, resolved at search time.
    text: Box<str>,
    /// The normalised whole name, for exact matches.
    key: Box<str>,
    /// Distinct word ids.
    words: Box<[u32]>,
}

/// A word of the index.
#[derive(Clone, Debug)]
struct Word {
    text: Box<str>,
    chars: Box<[char]>,
    /// Ids of the names containing it.
    postings: Vec<u32>,
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
struct Words {
    named: Vec<Named>,
    words: Vec<Word>,
    /// Word text -> word id, sorted by text for prefix ranges.
    sorted: Vec<(Box<str>, u32)>,
    by_text: Map<Box<str>, u32>,
    /// Stem id -> word ids.
    stems: Vec<Vec<u32>>,
    stem_ids: Map<Box<str>, u32>,
    /// Word ids by length in characters, for typo matching (letters only).
    by_len: Vec<Vec<u32>>,
    /// How many modalities, combinations and innovations there are.
    counts: [usize; 3],
}

fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
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
    fn words(&self, parts: &Parts) -> &Words {
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
pub(crate) fn each_name<'a>(c: &'a Parts, mut f: impl FnMut(Target, NameField, &'a str)) {
    for (i, m) in c.modalities.iter().enumerate() {
        let t = Target::Modality(i);
        f(t, NameField::Id, m.id.as_str());
        f(t, NameField::Name, &m.name);
        for a in &m.abbreviations {
            f(t, NameField::Abbreviation, a);
        }
        for s in &m.synonyms {
            f(t, NameField::Synonym, s);
        }
        for b in &m.brands {
            f(t, NameField::Brand, b);
        }
        let mut products: Vec<&str> = m
            .regulatory
            .iter()
            .filter_map(|r| r.product.as_deref())
            .collect();
        products.sort_unstable();
        products.dedup();
        for p in products {
            f(t, NameField::Product, p);
        }
        f(t, NameField::Category, m.category.label());
        let mut conditions: Vec<_> = m.indications.iter().map(|i| i.condition).collect();
        conditions.sort_unstable();
        conditions.dedup();
        for cond in conditions {
            f(t, NameField::Condition, cond.label());
        }
    }
    for (i, comb) in c.combinations.iter().enumerate() {
        let t = Target::Combination(i);
        f(t, NameField::Id, comb.id.as_str());
        f(t, NameField::Name, &comb.name);
        for id in &comb.modalities {
            if let Some(m) = c.modalities.iter().find(|m| m.id == *id) {
                f(t, NameField::Combined, &m.name);
                for n in m.abbreviations.iter().chain(&m.synonyms) {
                    f(t, NameField::Combined, n);
                }
            }
        }
    }
    for (i, inn) in c.innovations.iter().enumerate() {
        let t = Target::Innovation(i);
        f(t, NameField::Id, inn.id.as_str());
        f(t, NameField::Name, &inn.name);
        for s in &inn.synonyms {
            f(t, NameField::Synonym, s);
        }
        f(t, NameField::Category, inn.category.label());
    }
}

impl Words {
    fn build(c: &Parts) -> Words {
        let mut ix = Words::default();
        let stemmer = stemmer();
        each_name(c, |t, field, text| ix.add(&stemmer, t, field, text));
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
        for &w in &ids {
            if let Some(word) = self.words.get_mut(w as usize) {
                word.postings.push(id);
            }
        }
        self.named.push(Named {
            target,
            field,
            text: text.into(),
            key: normalized(text).into(),
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
            chars,
            postings: Vec::new(),
        });
        id
    }
}

/// Match quality of one query word, out of 10.
const EXACT: u8 = 10;
const STEM: u8 = 9;
const PREFIX: u8 = 7;
const TYPO1: u8 = 6;
const TYPO2: u8 = 4;

/// Per-name accumulator of one search.
#[derive(Clone, Copy, Default)]
struct Acc {
    /// Best quality per query word.
    quality: [u8; MAX_QUERY_WORDS],
    /// Name words matched.
    covered: u16,
    touched: bool,
}

/// Scratch space reused by every search on a thread, so that a search
/// allocates little beyond its result.
#[derive(Default)]
struct Scratch {
    acc: Vec<Acc>,
    touched: Vec<u32>,
    best: Vec<Best>,
    entries_touched: Vec<u32>,
    matched: Vec<(u32, u8, u8)>,
}

impl Acc {
    /// The query words this name matched, as a bit set.
    fn mask(&self, n: usize) -> u32 {
        self.quality
            .iter()
            .take(n)
            .enumerate()
            .filter(|(_, q)| **q > 0)
            .fold(0, |m, (k, _)| m | (1 << k))
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The subject a target points at.
fn subject(parts: &Parts, t: Target) -> Option<Subject<'_>> {
    Some(match t {
        Target::Modality(i) => Subject::Modality(parts.modalities.get(i)?),
        Target::Combination(i) => Subject::Combination(parts.combinations.get(i)?),
        Target::Innovation(i) => Subject::Innovation(parts.innovations.get(i)?),
    })
}

/// An entry's best name so far in one search.
#[derive(Clone, Copy, Default)]
struct Best {
    seen: bool,
    score: u32,
    name: u32,
    kind: Option<MatchKind>,
    /// The query words matched by any of the entry's names.
    mask: u32,
}

impl Index {
    /// Ranked hits for `query` among the targets `keep` accepts.
    pub(crate) fn search<'a>(
        &'a self,
        parts: &'a Parts,
        query: &str,
        keep: impl Fn(Target) -> bool,
    ) -> Vec<Hit<'a>> {
        let mut qwords = words(query);
        qwords.truncate(MAX_QUERY_WORDS);
        let n = qwords.len();
        if n == 0 {
            return Vec::new();
        }
        let soft = qwords
            .iter()
            .enumerate()
            .filter(|(_, w)| SOFT_WORDS.contains(&w.as_str()))
            .fold(0u32, |m, (k, _)| m | (1 << k));
        let every = (1u32 << n) - 1;
        // Generic words are not required, unless they are all there is.
        let required = if soft == every { every } else { every & !soft };
        let mut buf = [0u8; MAX_KEY];
        let query_key = normalize_into(query, &mut buf).unwrap_or("");
        let stemmer = stemmer();
        let w = self.words(parts);

        SCRATCH.with(|cell| {
            let mut guard = cell.borrow_mut();
            let s = &mut *guard;
            if s.acc.len() < w.named.len() {
                s.acc.resize(w.named.len(), Acc::default());
            }
            let entries: usize = w.counts.iter().sum();
            if s.best.len() < entries {
                s.best.resize(entries, Best::default());
            }
            // Which index words each query word matches, and how well.
            s.matched.clear();
            for (qi, qw) in qwords.iter().enumerate() {
                w.match_word(&stemmer, qw, qi + 1 == n, |word, quality| {
                    s.matched.push((word, qi as u8, quality));
                });
            }
            // Each index word counts once towards covering a name.
            s.matched.sort_unstable_by_key(|&(word, _, _)| word);
            let mut prev_word = u32::MAX;
            for &(id, qi, quality) in &s.matched {
                let first_for_word = id != prev_word;
                prev_word = id;
                let Some(word) = w.words.get(id as usize) else {
                    continue;
                };
                for &name in &word.postings {
                    let Some(acc) = s.acc.get_mut(name as usize) else {
                        continue;
                    };
                    if !acc.touched {
                        acc.touched = true;
                        s.touched.push(name);
                    }
                    if let Some(q) = acc.quality.get_mut(usize::from(qi)) {
                        *q = (*q).max(quality);
                    }
                    if first_for_word {
                        acc.covered += 1;
                    }
                }
            }
            // Score the names; keep each entry's best.
            for &name in &s.touched {
                let Some(acc) = s.acc.get_mut(name as usize) else {
                    continue;
                };
                let a = std::mem::take(acc);
                let Some(named) = w.named.get(name as usize) else {
                    continue;
                };
                if !keep(named.target) {
                    continue;
                }
                let (mut score, kind) = score_name(named, &a, n, query_key);
                if let Target::Combination(_) = named.target {
                    // A combination is found below the modality whose name
                    // it shares.
                    score = score * 4 / 5;
                }
                let Some(best) = s.best.get_mut(w.entry_index(named.target)) else {
                    continue;
                };
                if !best.seen {
                    best.seen = true;
                    s.entries_touched.push(w.entry_index(named.target) as u32);
                }
                let better_name = score == best.score
                    && w.named
                        .get(best.name as usize)
                        .is_some_and(|b| named.field.display_rank() < b.field.display_rank());
                if score > best.score || better_name {
                    best.score = score;
                    best.name = name;
                    best.kind = kind;
                }
                best.mask |= a.mask(n);
            }
            s.touched.clear();
            // Entries matching every required word; failing that, those
            // matching at least half of them.
            let need = required.count_ones();
            let any_full = s
                .entries_touched
                .iter()
                .filter_map(|&e| s.best.get(e as usize))
                .any(|b| b.mask & required == required);
            let mut hits = Vec::new();
            for &e in &s.entries_touched {
                let Some(best) = s.best.get_mut(e as usize) else {
                    continue;
                };
                let b = std::mem::take(best);
                let got = (b.mask & required).count_ones();
                let all = got == need;
                if (any_full && !all) || (!any_full && 2 * got < need) {
                    continue;
                }
                let Some(named) = w.named.get(b.name as usize) else {
                    continue;
                };
                let Some(subject) = subject(parts, named.target) else {
                    continue;
                };
                let how = match b.kind {
                    Some(MatchKind::Exact) => MatchKind::Exact,
                    Some(k) if all => k,
                    _ => MatchKind::Partial,
                };
                hits.push(Hit {
                    subject,
                    score: b.score,
                    matched: &named.text,
                    field: named.field,
                    how,
                    all_words: all,
                });
            }
            s.entries_touched.clear();
            hits.sort_by(|a, b| {
                b.score
                    .cmp(&a.score)
                    .then_with(|| a.subject.name().cmp(b.subject.name()))
            });
            hits
        })
    }

    /// The one modality `query` names, exactly or clearly.
    pub(crate) fn lookup<'a>(&'a self, parts: &'a Parts, query: &str) -> Result<&'a Modality> {
        if let Some(m) = self.exact(query).and_then(|i| parts.modalities.get(i)) {
            return Ok(m);
        }
        let hits = self.search(parts, query, |t| matches!(t, Target::Modality(_)));
        match decide(query, &hits)? {
            Subject::Modality(m) => Ok(m),
            other => Err(Error::NotFound {
                query: query.to_owned(),
                suggestions: vec![other.name().to_owned()],
            }),
        }
    }

    /// The one entry `query` names, exactly or clearly.
    pub(crate) fn resolve<'a>(&'a self, parts: &'a Parts, query: &str) -> Result<Subject<'a>> {
        if let Some(m) = self.exact(query).and_then(|i| parts.modalities.get(i)) {
            return Ok(Subject::Modality(m));
        }
        decide(query, &self.search(parts, query, |_| true))
    }

    /// A modality by exact id, or suggestions from the search.
    pub(crate) fn get<'a>(&'a self, parts: &'a Parts, id: &str) -> Result<&'a Modality> {
        self.id(id)
            .and_then(|i| parts.modalities.get(i))
            .ok_or_else(|| Error::NotFound {
                query: id.to_owned(),
                suggestions: suggestions(&self.search(parts, id, |_| true)),
            })
    }
}

/// Up to three distinct entry names from the top of a hit list.
fn suggestions(hits: &[Hit<'_>]) -> Vec<String> {
    hits.iter()
        .take(3)
        .map(|h| h.subject.name().to_owned())
        .collect()
}

/// The one answer of a search, or why there is none.
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

/// A name's score and how it matched: its field's weight times three
/// parts query fit and one part name coverage; an exact name beats every
/// other fit.
fn score_name(named: &Named, a: &Acc, n: usize, query_key: &str) -> (u32, Option<MatchKind>) {
    let w = named.field.weight();
    if named.field.names_entry() && !query_key.is_empty() && *named.key == *query_key {
        return (w * 100 + EXACT_BONUS, Some(MatchKind::Exact));
    }
    let qualities = a.quality.iter().take(n).copied();
    let quality: u32 = qualities.clone().map(u32::from).sum();
    let base = quality * 100 / (10 * n as u32);
    let total = named.words.len().max(1) as u32;
    let cover = u32::from(a.covered).min(total) * 100 / total;
    // The loosest kind of word match that took part.
    let kind = qualities
        .filter(|&q| q > 0)
        .map(|q| match q {
            EXACT => MatchKind::AllWords,
            STEM => MatchKind::Stem,
            PREFIX => MatchKind::Prefix,
            _ => MatchKind::Typo,
        })
        .max();
    (w * (3 * base + cover) / 4, kind)
}

impl Words {
    fn entry_index(&self, t: Target) -> usize {
        let [modalities, combinations, _] = self.counts;
        match t {
            Target::Modality(i) => i,
            Target::Combination(i) => modalities + i,
            Target::Innovation(i) => modalities + combinations + i,
        }
    }

    /// Calls `found(word, quality)` for each index word that `qw` matches.
    fn match_word(&self, stemmer: &Stemmer, qw: &str, last: bool, mut found: impl FnMut(u32, u8)) {
        let exact = self.by_text.get(qw).copied();
        if let Some(w) = exact {
            found(w, EXACT);
        }
        if let Some(stem) = self.stem_ids.get(&*stemmer.stem(qw)) {
            for &w in self.stems.get(*stem as usize).into_iter().flatten() {
                if Some(w) != exact {
                    found(w, STEM);
                }
            }
        }
        if last && qw.chars().count() >= MIN_PREFIX {
            let start = self.sorted.partition_point(|(t, _)| &**t < qw);
            for (t, w) in self.sorted.get(start..).into_iter().flatten() {
                if !t.starts_with(qw) {
                    break;
                }
                if **t != *qw {
                    found(*w, PREFIX);
                }
            }
        }
        let mut chars = ['\0'; MAX_WORD];
        let mut len = 0;
        for c in qw.chars() {
            let Some(slot) = chars.get_mut(len) else {
                return;
            };
            *slot = c;
            len += 1;
        }
        // A word found as it is typed is not also read as a typo of
        // another (so "bone" never matches "none").
        let budget = if exact.is_some() {
            0
        } else {
            typo_budget(qw, len)
        };
        if budget == 0 {
            return;
        }
        let q = chars.get(..len).unwrap_or(&[]);
        for l in len.saturating_sub(budget)..=len + budget {
            for &w in self.by_len.get(l).into_iter().flatten() {
                let Some(word) = self.words.get(w as usize) else {
                    continue;
                };
                if Some(w) == exact {
                    continue;
                }
                // The shorter word decides how many typos are allowed.
                let allowed = budget.min(typo_budget(&word.text, word.chars.len()));
                if allowed == 0 {
                    continue;
                }
                match distance_within(q, &word.chars, allowed) {
                    Some(0) | None => {}
                    Some(1) => found(w, TYPO1),
                    Some(_) => found(w, TYPO2),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_radionuclides_written_every_way() {
        for q in ["Lu 177", "177-Lu", "Lu-177", "177Lu", "lu177"] {
            assert_eq!(words(q), ["lu177"], "{q}");
        }
        assert_eq!(words("lutetium177"), ["lutetium", "lu177"]);
        assert_eq!(words("Sm 153"), ["sm153"]);
        assert_eq!(words("Lu-PSMA"), ["lutetium", "psma"]);
        assert_eq!(words("ablation of the bone"), ["ablation", "bone"]);
        assert_eq!(words("the"), ["the"]);
        assert_eq!(words("tumour"), ["tumor"]);
        assert_eq!(words("oesophageal"), ["esophageal"]);
        assert_eq!(words("metastases"), ["metastasis"]);
    }

    #[test]
    fn distances_are_bounded_and_count_transpositions() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            distance_within(&c("kyphoplatsy"), &c("kyphoplasty"), 1),
            Some(1)
        );
        assert_eq!(distance_within(&c("lutetum"), &c("lutetium"), 1), Some(1));
        assert_eq!(distance_within(&c("abc"), &c("xyz"), 2), None);
        assert_eq!(distance_within(&c("same"), &c("same"), 0), Some(0));
    }

    #[test]
    fn budgets_follow_word_length() {
        assert_eq!(typo_budget("ra", 2), 0);
        assert_eq!(typo_budget("abcd", 4), 0);
        assert_eq!(typo_budget("abcde", 5), 1);
        assert_eq!(typo_budget("abcdefghi", 9), 2);
        assert_eq!(typo_budget("12345", 5), 0);
    }
}
