//! What people type, and what they should find: the table of everyday
//! queries in `tests/fixtures/search-queries.json` (names, typos, families,
//! codes, tumours, out-of-scope procedures, negatives), each with what its
//! search must find, and how `lookup` answers. The browser test types the
//! same queries into the page and holds the page to the crate's answers.

use std::collections::BTreeSet;

use io_pain_modalities::{Error, MatchKind, Subject, catalog};
use serde::Deserialize;

/// One row of the table. Every expectation given must hold.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What kind of query it is, for the table's coverage.
    kind: String,
    query: String,
    /// The entry search lists first; `resolve` answers it unless the row
    /// says `ambiguous`, or `includes` names other entries that fit.
    top: Option<String>,
    /// The entries that fit about equally: search lists one of them first
    /// and `resolve` says the query is ambiguous between exactly these.
    ambiguous: Option<Vec<String>>,
    /// Entries search must list.
    includes: Option<Vec<String>>,
    /// Entries search must not list.
    excludes: Option<Vec<String>>,
    /// How the top hit matched (the label of its `MatchKind`).
    how: Option<String>,
    /// Search finds nothing and lookup suggests nothing.
    nothing: Option<bool>,
    /// The id of the exclusion the query names: search finds nothing, and
    /// lookup and resolve answer "out of scope" with its reason.
    out_of_scope: Option<String>,
}

fn table() -> Vec<Case> {
    let text = std::fs::read_to_string("tests/fixtures/search-queries.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

/// What is wrong with the answers to one row, if anything.
fn check(case: &Case) -> Vec<String> {
    let c = catalog();
    let q = case.query.as_str();
    let hits = c.search(q);
    let ids: Vec<&str> = hits.iter().map(|h| h.subject.id()).collect();
    let mut wrong = Vec::new();
    let mut fail =
        |what: String| wrong.push(format!("{q:?}: {what}; got {:?}", &ids[..ids.len().min(6)]));
    if let Some(top) = &case.top {
        if ids.first() != Some(&top.as_str()) {
            fail(format!("expected {top} first"));
        }
        let alone = case.includes.as_ref().is_none_or(|i| i.len() <= 1);
        if case.ambiguous.is_none() && alone {
            match c.resolve(q) {
                Ok(s) if s.id() == top => {}
                other => fail(format!("resolve: {other:?}")),
            }
        }
    }
    if let Some(set) = &case.ambiguous {
        if !ids.first().is_some_and(|t| set.iter().any(|s| s == t)) {
            fail(format!("expected one of {set:?} first"));
        }
        match c.resolve(q) {
            Err(Error::Ambiguous { candidates, .. }) if candidates.len() == set.len() => {}
            other => fail(format!(
                "resolve should be ambiguous among {set:?}: {other:?}"
            )),
        }
        if !matches!(c.lookup(q), Err(Error::Ambiguous { .. })) {
            fail("lookup should be ambiguous".into());
        }
    }
    for id in case.includes.iter().flatten() {
        if !ids.contains(&id.as_str()) {
            fail(format!("expected {id} among the hits"));
        }
    }
    for id in case.excludes.iter().flatten() {
        if ids.contains(&id.as_str()) {
            fail(format!("{id} must not be found"));
        }
    }
    if let Some(how) = &case.how {
        let got = hits.first().map(|h| h.how.label());
        if got != Some(how.as_str()) {
            fail(format!(
                "expected the top hit to match as {how}, not {got:?}"
            ));
        }
    }
    if case.nothing == Some(true) {
        if !hits.is_empty() {
            fail("expected nothing".into());
        }
        match c.lookup(q) {
            Err(Error::NotFound { suggestions, .. }) if suggestions.is_empty() => {}
            other => fail(format!("lookup: {other:?}")),
        }
    }
    if let Some(x) = &case.out_of_scope {
        if !hits.is_empty() || !c.search_modalities(q).is_empty() {
            fail("an excluded procedure must find nothing".into());
        }
        match c.excluded(q) {
            Some(found) if found.id.as_str() == x => {}
            other => fail(format!("excluded: {:?}", other.map(|o| o.id.as_str()))),
        }
        for err in [c.lookup(q).err(), c.resolve(q).err()] {
            match &err {
                Some(e @ Error::OutOfScope { reason, .. })
                    if !reason.is_empty() && e.to_string().contains("out of scope") => {}
                other => fail(format!("lookup or resolve: {other:?}")),
            }
        }
    }
    wrong
}

#[test]
fn everyday_queries_find_what_they_should() {
    let table = table();
    let failures: Vec<String> = table.iter().flat_map(check).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_is_broad() {
    let table = table();
    assert!(table.len() >= 100, "{} queries", table.len());
    let queries: BTreeSet<&str> = table.iter().map(|c| c.query.as_str()).collect();
    assert_eq!(queries.len(), table.len(), "a query is listed twice");
    for kind in [
        "name",
        "typo",
        "family",
        "code",
        "tumour",
        "out of scope",
        "negative",
    ] {
        let n = table.iter().filter(|c| c.kind == kind).count();
        assert!(n >= 3, "only {n} queries of kind {kind}");
    }
    for case in &table {
        let expects = case.top.is_some()
            || case.ambiguous.is_some()
            || case.includes.is_some()
            || case.nothing.is_some()
            || case.out_of_scope.is_some();
        assert!(expects, "{:?} expects nothing", case.query);
    }
}

/// When lookup answers, search ranks that entry first, for every query of
/// the table and every name of every modality.
#[test]
fn lookup_and_search_agree() {
    let c = catalog();
    let table = table();
    let names = c.iter().flat_map(|m| {
        [m.id.as_str(), m.name.as_str()].into_iter().chain(
            m.abbreviations
                .iter()
                .chain(&m.synonyms)
                .chain(&m.brands)
                .map(String::as_str),
        )
    });
    for q in table.iter().map(|c| c.query.as_str()).chain(names) {
        if let Ok(m) = c.lookup(q) {
            let top = c.search(q).first().map(|h| h.subject.id());
            assert_eq!(top, Some(m.id.as_str()), "{q:?}");
        }
        if let Ok(s) = c.resolve(q) {
            let top = c.search(q).first().map(|h| h.subject.id());
            assert_eq!(top, Some(s.id()), "{q:?}");
        }
    }
}

#[test]
fn hits_say_what_matched_and_how() {
    let c = catalog();
    let how = |q: &str| c.search(q).first().map(|h| h.how);
    assert_eq!(how("Sr-89"), Some(MatchKind::Exact));
    assert_eq!(how("ablation radiofrequency"), Some(MatchKind::AllWords));
    assert_eq!(how("vertebroplasties"), Some(MatchKind::Stem));
    assert_eq!(how("kypho"), Some(MatchKind::Prefix));
    assert_eq!(how("kyphoplatsy"), Some(MatchKind::Typo));
    let hit = &c.search("Pluvikto")[0];
    assert_eq!(hit.matched, "Pluvicto");
    // Conditions are found at lower weight than names.
    let hits = c.search("compression fracture");
    assert!(
        hits.iter()
            .all(|h| h.score < c.search("kyphoplasty")[0].score)
    );
    // Combinations are found by the modalities they combine, below them.
    let hits = c.search("vertebroplasty");
    assert_eq!(hits[0].subject.id(), "vertebroplasty");
    assert!(
        hits.iter()
            .any(|h| h.subject.id() == "rfa-with-cement-augmentation")
    );
    // Hits are ranked best first.
    let hits = c.search("ablation");
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

/// Regulatory products are found by their names, never by the
/// descriptions written after them.
#[test]
fn product_descriptions_are_not_names() {
    let c = catalog();
    let products: Vec<&str> = c.search("Pluvicto").iter().map(|h| h.matched).collect();
    assert_eq!(products, ["Pluvicto"]);
    // "Ziconotide (intrathecal delivery) for chronic cancer pain" is the
    // product Ziconotide.
    let ziconotide = c.search("ziconotide");
    assert!(
        ziconotide.iter().all(|h| h.matched == "Ziconotide"),
        "{ziconotide:?}"
    );
    assert!(c.search("taxane chemotherapy").is_empty());
    assert!(c.search("public health notification").is_empty());
}

#[test]
fn lookup_stays_modality_only_and_resolve_covers_every_entry() {
    let c = catalog();
    assert_eq!(
        c.lookup("Pluvikto").unwrap().id,
        "lutetium-177-vipivotide-tetraxetan"
    );
    assert!(matches!(
        c.resolve("peripheral nerve stimulation").unwrap(),
        Subject::Innovation(_)
    ));
    assert!(c.lookup("peripheral nerve stimulation").is_err());
    let err = c.lookup("thermal ablation").unwrap_err().to_string();
    assert!(
        err.starts_with("\"thermal ablation\" fits more than one entry: "),
        "{err}"
    );
    // A catalogued procedure is never out of scope.
    assert!(c.excluded("radiofrequency ablation").is_none());
    assert!(c.excluded("kyphoplasty").is_none());
}

/// When no entry matches every required word, search falls back to the
/// entries matching at least half of them, as partial hits; when some entry
/// matches all of them, only such entries are listed.
#[test]
fn half_matches_only_when_nothing_matches_every_word() {
    let c = catalog();
    let hits = c.search("kyphoplasty zzzzqqqq");
    assert!(!hits.is_empty(), "one of two words is half of them");
    assert!(
        hits.iter()
            .all(|h| !h.all_words && h.how == MatchKind::Partial)
    );
    assert!(hits.iter().any(|h| h.subject.id() == "balloon-kyphoplasty"));

    let full = c.search("balloon kyphoplasty");
    assert!(!full.is_empty());
    assert!(full.iter().all(|h| h.all_words), "{full:?}");
    assert_eq!(full[0].subject.id(), "balloon-kyphoplasty");

    // Three of four words missing is less than half: nothing.
    assert!(
        c.search("kyphoplasty zzzzqqqq xxxxwwww vvvvkkkk")
            .is_empty()
    );
}
