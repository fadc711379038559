//! Text analysis: how a name or a query becomes the words the index
//! compares, and how close two words are.
//!
//! A text passes through small steps, each one function, composed in
//! [`words`]: [`raw_words`] (runs of letters and digits, lower-cased, split
//! where letters meet digits), [`join_split_words`], [`join_radionuclides`],
//! [`drop_stop_words`], [`singular`] and [`american`]. [`normalized`] is the forgiving form of a
//! whole name for exact lookups; [`typo_budget`] and [`distance_within`]
//! decide typo matches.
//!
//! The word tables here are also exported with the page's search index,
//! and `assets/search.js` reads them from there: they have one source.

use rust_stemmers::{Algorithm, Stemmer};

/// Longest normalised key the lookup index accepts, in bytes. A query whose
/// normalised form is longer cannot match any name and is a miss.
pub(crate) const MAX_KEY: usize = 256;

/// Longest word, in characters, that typo matching compares.
pub(crate) const MAX_WORD: usize = 48;

/// Words dropped from names and queries, unless nothing else is left.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
    "to", "with", "without", "via",
];

/// Words of the domain too generic to be required.
pub(crate) const SOFT_WORDS: &[&str] = &[
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
    // Condition words every entry of an oncology pain catalog shares: they
    // rank entries whose names or indications carry them, but a query's
    // other words ("breast", "ablation") decide what is found.
    "cancer",
    "cancers",
    "tumor",
    "tumors",
    "malignant",
    "malignancy",
    "metastatic",
    "oncologic",
    "pain",
    "painful",
];

/// Words people write apart that names write as one, in either spelling:
/// `[first, second, joined]` ("radio frequency" is `radiofrequency`).
pub(crate) const JOINS: &[(&str, &str, &str)] = &[
    ("radio", "frequency", "radiofrequency"),
    ("micro", "wave", "microwave"),
    ("cryo", "ablation", "cryoablation"),
    ("kypho", "plasty", "kyphoplasty"),
    ("vertebro", "plasty", "vertebroplasty"),
    ("cemento", "plasty", "cementoplasty"),
    ("osteo", "synthesis", "osteosynthesis"),
    ("radio", "therapy", "radiotherapy"),
    ("radio", "surgery", "radiosurgery"),
    ("radio", "ligand", "radioligand"),
    ("radio", "pharmaceutical", "radiopharmaceutical"),
    ("radio", "pharmaceuticals", "radiopharmaceuticals"),
    ("neuro", "lysis", "neurolysis"),
    ("neuro", "modulation", "neuromodulation"),
    ("intra", "thecal", "intrathecal"),
    ("chordo", "tomy", "chordotomy"),
    ("cordo", "tomy", "cordotomy"),
];

/// Element symbols and names of the radionuclides people write.
pub(crate) const ELEMENTS: &[(&str, &str)] = &[
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
pub(crate) const LONE_SYMBOLS: &[&str] = &["lu", "sr", "sm", "ra", "ga", "ac", "tc"];

/// Greek plurals the stemmer does not join to their singulars.
pub(crate) const PLURALS: &[(&str, &str)] = &[
    ("metastases", "metastasis"),
    ("analyses", "analysis"),
    ("diagnoses", "diagnosis"),
    ("prostheses", "prosthesis"),
    ("neoplasms", "neoplasm"),
    ("vertebrae", "vertebra"),
];

/// British beginnings and their American forms.
pub(crate) const BRITISH_PREFIXES: &[(&str, &str)] = &[
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
pub(crate) const BRITISH_SUFFIXES: &[(&str, &str)] = &[
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

/// Shortest word, in characters, whose British ending is rewritten, so
/// that "four" or "rise" stay as they are.
pub(crate) const MIN_SUFFIX_WORD: usize = 6;

/// Typos allowed from a word length on, in characters: `(shortest, typos)`,
/// longest first. Shorter words and numbers allow none.
pub(crate) const TYPO_BUDGETS: &[(usize, usize)] = &[(9, 2), (5, 1)];

// ------------------------------------------------------------ whole names

fn chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// The forgiving form of a name, allocated (used when building indexes and
/// errors): letters and digits only, lower-cased. "Sr-89", "SR 89" and
/// "sr89" all become `sr89`.
pub(crate) fn normalized(s: &str) -> String {
    chars(s).collect()
}

/// The normalised form written into `buf`, without allocating; `None` when
/// it does not fit.
pub(crate) fn normalize_into<'b>(s: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b str> {
    if s.is_ascii() {
        // Fast path: one byte per character, no case tables.
        let mut len = 0;
        for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
            *buf.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
        }
        return std::str::from_utf8(buf.get(..len)?).ok();
    }
    let mut len = 0;
    for c in chars(s) {
        let n = c.len_utf8();
        let slot = buf.get_mut(len..len + n)?;
        c.encode_utf8(slot);
        len += n;
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

// ------------------------------------------------------------ words

/// The words of a name or query, as the index compares them: the steps
/// below, in order.
pub(crate) fn words(text: &str) -> Vec<String> {
    let joined = join_radionuclides(&join_split_words(raw_words(text)));
    drop_stop_words(joined)
        .into_iter()
        .map(|w| american(&singular(w)))
        .collect()
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

/// Two words written apart that names write as one become that one word
/// ([`JOINS`]).
fn join_split_words(mut raw: Vec<String>) -> Vec<String> {
    let mut i = 0;
    while i + 1 < raw.len() {
        let joined = JOINS
            .iter()
            .find(|(a, b, _)| {
                raw.get(i).is_some_and(|w| w == a) && raw.get(i + 1).is_some_and(|w| w == b)
            })
            .map(|(_, _, j)| *j);
        if let Some(j) = joined {
            raw.remove(i + 1);
            if let Some(w) = raw.get_mut(i) {
                j.clone_into(w);
            }
        }
        i += 1;
    }
    raw
}

fn element_of(word: &str) -> Option<(&'static str, &'static str)> {
    ELEMENTS
        .iter()
        .copied()
        .find(|(sym, name)| *sym == word || *name == word)
}

/// A radionuclide written any way becomes one word (`Lu 177`, `177-Lu` and
/// `lutetium177` are all `lu177`, the element's name kept when written),
/// and a lone symbol such as `Lu` reads as the element's name.
fn join_radionuclides(raw: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(w) = raw.get(i) {
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
    out
}

/// The words without stop words, unless nothing else is left.
fn drop_stop_words(words: Vec<String>) -> Vec<String> {
    let kept: Vec<String> = words
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() { words } else { kept }
}

/// The singular of a Greek plural the stemmer does not know.
fn singular(word: String) -> String {
    PLURALS
        .iter()
        .find(|(p, _)| *p == word)
        .map_or(word, |(_, s)| (*s).to_owned())
}

/// The American spelling of a lower-case word.
fn american(word: &str) -> String {
    for (gb, us) in BRITISH_PREFIXES {
        if let Some(rest) = word.strip_prefix(gb) {
            return format!("{us}{rest}");
        }
    }
    if word.chars().count() >= MIN_SUFFIX_WORD {
        for (gb, us) in BRITISH_SUFFIXES {
            if let Some(stem) = word.strip_suffix(gb) {
                return format!("{stem}{us}");
            }
        }
    }
    word.to_owned()
}

/// The stemmer of every word: Snowball English.
pub(crate) fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

// ------------------------------------------------------------ typos

/// Whether a word is all ASCII digits (a mass number, a version).
pub(crate) fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_normal_forms_agree() {
        let mut buf = [0; MAX_KEY];
        for s in [
            "Sr-89",
            "177Lu-PSMA-617",
            "  Radiofrequency  Ablation ",
            "İstanbul",
            "",
        ] {
            assert_eq!(
                normalize_into(s, &mut buf).map(str::to_owned),
                Some(normalized(s))
            );
        }
    }

    #[test]
    fn too_long_is_none() {
        let mut buf = [0; MAX_KEY];
        assert_eq!(normalize_into(&"a".repeat(MAX_KEY + 1), &mut buf), None);
        assert!(normalize_into(&"a".repeat(MAX_KEY), &mut buf).is_some());
    }

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
    fn words_written_apart_are_joined() {
        assert_eq!(
            words("radio frequency ablation"),
            ["radiofrequency", "ablation"]
        );
        assert_eq!(words("Radio-Frequency"), ["radiofrequency"]);
        assert_eq!(words("micro wave"), ["microwave"]);
        assert_eq!(words("radio"), ["radio"]);
        assert_eq!(words("frequency radio"), ["frequency", "radio"]);
    }
}
