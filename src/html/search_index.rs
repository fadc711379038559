//! The search index the page searches: the crate's own index, exported.
//!
//! Each searchable name of each entry is listed in the order
//! `crate::search` indexes it, cut into the same words
//! (`crate::search::text::words`) with the same Snowball stems, and with the
//! weights of its field. The index also carries the rules the page needs to
//! cut and rank a query the same way: the word tables of
//! `crate::search::text` and the constants of `crate::search::rank`, taken
//! from those modules, so that `assets/search.js` holds no copy of them. It
//! ranks with them exactly as [`Catalog::search`] does; the browser test
//! compares the two on every query of `tests/fixtures/site-search.json` and
//! `tests/fixtures/search-queries.json`,
//! and the tests below check that what is exported is what the crate uses.

use std::{
    borrow::Cow,
    collections::{BTreeMap, HashMap},
};

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::address::subject_href;
use crate::{
    catalog::Catalog,
    search::{
        MatchKind, NameField,
        index::{Target, each_name},
        rank,
        text::{self, normalized, words},
    },
    statement::Subject,
};

/// The rules of `crate::search` the page's script needs, each taken from
/// the constant or table the crate itself uses.
#[derive(Serialize)]
struct Rules {
    /// Longest normalised query, in bytes, that can equal a name.
    max_key: usize,
    /// Longest word, in characters, that typo matching compares.
    max_word: usize,
    /// Query words past this many are ignored.
    max_query_words: usize,
    /// Shortest last word that matches as a prefix.
    min_prefix: usize,
    /// Shortest word whose British ending is rewritten.
    min_suffix_word: usize,
    /// `[shortest word, typos allowed]`, longest first.
    typo_budgets: &'static [(usize, usize)],
    /// The bonus of a query equal to a name.
    exact_bonus: u32,
    /// `[numerator, denominator]` of a combination's share of its score.
    combination_share: (u32, u32),
    /// Match quality of a query word, out of 10, by how it matched.
    quality: Quality,
    /// The labels of the kinds of match, closest first.
    match_kinds: Vec<&'static str>,
    stop_words: &'static [&'static str],
    soft_words: &'static [&'static str],
    /// `[symbol, name]` of each element.
    elements: &'static [(&'static str, &'static str)],
    lone_symbols: &'static [&'static str],
    /// `[first, second, joined]`: words written apart that names join.
    joins: &'static [(&'static str, &'static str, &'static str)],
    /// `[plural, singular]`.
    plurals: &'static [(&'static str, &'static str)],
    /// `[British, American]` beginnings.
    british_prefixes: &'static [(&'static str, &'static str)],
    /// `[British, American]` endings.
    british_suffixes: &'static [(&'static str, &'static str)],
}

#[derive(Serialize)]
struct Quality {
    exact: u8,
    stem: u8,
    prefix: u8,
    typo1: u8,
    typo2: u8,
}

fn rules() -> Rules {
    Rules {
        max_key: text::MAX_KEY,
        max_word: text::MAX_WORD,
        max_query_words: rank::MAX_QUERY_WORDS,
        min_prefix: rank::MIN_PREFIX,
        min_suffix_word: text::MIN_SUFFIX_WORD,
        typo_budgets: text::TYPO_BUDGETS,
        exact_bonus: rank::EXACT_BONUS,
        combination_share: rank::COMBINATION_SHARE,
        quality: Quality {
            exact: rank::EXACT,
            stem: rank::STEM,
            prefix: rank::PREFIX,
            typo1: rank::TYPO1,
            typo2: rank::TYPO2,
        },
        match_kinds: MatchKind::ALL.into_iter().map(MatchKind::label).collect(),
        stop_words: text::STOP_WORDS,
        soft_words: text::SOFT_WORDS,
        elements: text::ELEMENTS,
        lone_symbols: text::LONE_SYMBOLS,
        joins: text::JOINS,
        plurals: text::PLURALS,
        british_prefixes: text::BRITISH_PREFIXES,
        british_suffixes: text::BRITISH_SUFFIXES,
    }
}

/// How a field counts, as `crate::search` weighs it.
#[derive(Serialize)]
struct FieldInfo {
    /// Worth of a full match, out of 100.
    weight: u32,
    /// Which of equally good names to show (lower first).
    display_rank: u8,
    /// Whether a query equal to it names the entry.
    names_entry: bool,
    /// Whether it is found only by the whole query (a code), never by its
    /// words.
    whole_only: bool,
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
                    whole_only: f.whole_only(),
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
    text: Cow<'a, str>,
    key: String,
    words: Vec<u32>,
}

#[derive(Serialize)]
struct WordOut {
    text: String,
    stem: String,
}

/// A procedure or drug outside the catalog's scope: a query whose
/// normalised form is one of its keys finds nothing, and the page says why.
#[derive(Serialize)]
struct ExclusionOut<'a> {
    name: &'a str,
    reason: &'a str,
    /// The normalised id, name and synonyms.
    keys: Vec<String>,
}

#[derive(Serialize)]
struct IndexOut<'a> {
    version: &'a str,
    fields: BTreeMap<&'static str, FieldInfo>,
    rules: Rules,
    exclusions: Vec<ExclusionOut<'a>>,
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
    fn add(&mut self, entry: usize, field: NameField, text: Cow<'a, str>) {
        let key = normalized(&text);
        let mut ids: Vec<u32> = if field.whole_only() {
            Vec::new()
        } else {
            words(&text).into_iter().map(|w| self.word(w)).collect()
        };
        ids.sort_unstable();
        ids.dedup();
        // A name is kept by its words; a code, found whole, by its key.
        let unfindable = if field.whole_only() {
            key.is_empty()
        } else {
            ids.is_empty()
        };
        if unfindable {
            return;
        }
        self.names.push(NameOut {
            entry,
            field: field.label(),
            text,
            key,
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
    let exclusions = c
        .parts
        .exclusions
        .iter()
        .map(|x| {
            let mut keys: Vec<String> = std::iter::once(x.id.as_str())
                .chain(x.names())
                .map(normalized)
                .filter(|k| !k.is_empty())
                .collect();
            keys.sort_unstable();
            keys.dedup();
            ExclusionOut {
                name: &x.name,
                reason: &x.reason,
                keys,
            }
        })
        .collect();
    let out = IndexOut {
        version: c.version().unwrap_or_default(),
        fields: fields(),
        rules: rules(),
        exclusions,
        entries,
        names: b.names,
        words: b.words,
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(&out).unwrap_or_default()
}

/// What the page is given is what the crate searches with: the exported
/// rules equal the crate's own constants and tables, read back as data
/// they reproduce the crate's text analysis, and `assets/search.js` reads
/// every one of them from the index instead of holding a copy.
/// The search index as a script that sets one global, so that the page can
/// read it from `file://`, where browsers refuse to fetch JSON.
pub(crate) fn search_index_js(catalog: &Catalog) -> String {
    let json = search_index_json(catalog);
    // `<` never appears raw, so the text is inert even if pasted into a page.
    let json = json.replace('<', "\\u003c");
    let mut out =
        String::from("// Generated by io-pain-modalities: the search index of this site.\n");
    out.push_str("window.IO_PAIN_SEARCH_INDEX = ");
    out.push_str(&json);
    out.push_str(";\n");
    out
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::{catalog::catalog, search::typos::typo_budget};

    /// The `rules` of the index the site of the embedded catalog exports.
    fn exported_rules() -> Value {
        let site = crate::html::render(catalog()).unwrap();
        let js = site.get("assets/search-index.js").unwrap();
        let json = js
            .trim_end()
            .strip_suffix(';')
            .and_then(|s| s.split_once(" = "))
            .map(|(_, json)| json)
            .unwrap();
        let index: Value = serde_json::from_str(json).unwrap();
        index["rules"].clone()
    }

    fn strs(v: &Value) -> Vec<&str> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect()
    }

    fn pairs(v: &Value) -> Vec<(&str, &str)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap(), p[1].as_str().unwrap()))
            .collect()
    }

    fn num(v: &Value) -> usize {
        v.as_u64().unwrap() as usize
    }

    #[test]
    fn the_exported_rules_are_the_crates_own() {
        let kinds: Vec<&str> = MatchKind::ALL.iter().map(|k| k.label()).collect();
        assert_eq!(
            exported_rules(),
            json!({
                "max_key": text::MAX_KEY,
                "max_word": text::MAX_WORD,
                "max_query_words": rank::MAX_QUERY_WORDS,
                "min_prefix": rank::MIN_PREFIX,
                "min_suffix_word": text::MIN_SUFFIX_WORD,
                "typo_budgets": text::TYPO_BUDGETS,
                "exact_bonus": rank::EXACT_BONUS,
                "combination_share": rank::COMBINATION_SHARE,
                "quality": {
                    "exact": rank::EXACT,
                    "stem": rank::STEM,
                    "prefix": rank::PREFIX,
                    "typo1": rank::TYPO1,
                    "typo2": rank::TYPO2,
                },
                "match_kinds": kinds,
                "stop_words": text::STOP_WORDS,
                "soft_words": text::SOFT_WORDS,
                "elements": text::ELEMENTS,
                "lone_symbols": text::LONE_SYMBOLS,
                "joins": text::JOINS,
                "plurals": text::PLURALS,
                "british_prefixes": text::BRITISH_PREFIXES,
                "british_suffixes": text::BRITISH_SUFFIXES,
            })
        );
        assert_eq!(
            kinds,
            ["exact", "all words", "stem", "prefix", "typo", "some words"],
            "search.js reads the kinds by position"
        );
    }

    #[test]
    fn the_exported_word_tables_reproduce_the_crates_words() {
        let r = exported_rules();
        for stop in strs(&r["stop_words"]) {
            assert_eq!(words(&format!("bone {stop}")), ["bone"], "{stop}");
        }
        for (sym, name) in pairs(&r["elements"]) {
            let joined = format!("{sym}177");
            assert_eq!(words(&format!("{sym}-177")), [joined.as_str()]);
            assert_eq!(words(&format!("177 {name}")), [name, joined.as_str()]);
            let lone = strs(&r["lone_symbols"]).contains(&sym);
            assert_eq!(words(sym), [if lone { name } else { sym }], "{sym}");
        }
        for join in r["joins"].as_array().unwrap() {
            let [a, b, joined] = [0, 1, 2].map(|k| join[k].as_str().unwrap());
            assert_eq!(words(&format!("{a} {b}")), words(joined), "{joined}");
            assert_eq!(words(&format!("{a}-{b}")), words(joined), "{joined}");
        }
        for (plural, singular) in pairs(&r["plurals"]) {
            assert_eq!(words(plural), words(singular), "{plural}");
            assert_ne!(words(plural), [plural]);
        }
        for (gb, us) in pairs(&r["british_prefixes"]) {
            assert_eq!(words(&format!("{gb}xyz")), [format!("{us}xyz")]);
        }
        let min = num(&r["min_suffix_word"]);
        for (gb, us) in pairs(&r["british_suffixes"]) {
            let long = format!("{}{gb}", "b".repeat(min.saturating_sub(gb.len()).max(1)));
            let stem = long.strip_suffix(gb).unwrap();
            assert_eq!(words(&long), [format!("{stem}{us}")], "{gb}");
            if gb.len() < min - 1 {
                let short = format!("{}{gb}", "b".repeat(min - 1 - gb.len()));
                assert_eq!(words(&short), [short.as_str()], "{gb}");
            }
        }
        for budget in r["typo_budgets"].as_array().unwrap() {
            let (from, typos) = (num(&budget[0]), num(&budget[1]));
            assert_eq!(typo_budget(&"a".repeat(from), from), typos);
            assert!(typo_budget(&"a".repeat(from - 1), from - 1) < typos);
        }
    }

    #[test]
    fn the_exported_soft_words_are_not_required() {
        let c = catalog();
        for soft in strs(&exported_rules()["soft_words"]) {
            let hits = c.search(&format!("{soft} kyphoplasty"));
            assert!(
                !hits.is_empty() && hits.iter().all(|h| h.all_words),
                "{soft}"
            );
        }
        let hits = c.search("zebra kyphoplasty");
        assert!(hits.iter().all(|h| !h.all_words), "a word that is not soft");
    }

    #[test]
    fn the_page_reads_every_rule_from_the_index() {
        let script = super::super::assets::SEARCH_JS;
        let rules = exported_rules();
        let mut read = vec![];
        for (key, value) in rules.as_object().unwrap() {
            read.push(format!("rules.{key}"));
            for sub in value.as_object().into_iter().flat_map(|o| o.keys()) {
                read.push(format!("{key}.{sub}"));
            }
        }
        for r in read {
            assert!(script.contains(&r), "search.js does not read {r}");
        }
        // And holds no copy of the word tables.
        let domain_words = [
            &rules["stop_words"],
            &rules["soft_words"],
            &rules["elements"],
            &rules["plurals"],
            &rules["british_prefixes"],
            &rules["joins"],
        ]
        .into_iter()
        .flat_map(|t| t.as_array().unwrap())
        .flat_map(|v| v.as_array().cloned().unwrap_or_else(|| vec![v.clone()]))
        .map(|v| v.as_str().unwrap().to_owned())
        .filter(|w| w.len() > 3);
        for w in domain_words {
            assert!(
                !script.contains(&format!("\"{w}\"")),
                "search.js copies {w}"
            );
        }
    }
}
