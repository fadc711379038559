//! What people type, and what they should find: a table of everyday
//! queries with the expected top hit (or, where several entries fit
//! equally, the expected set), the negatives that must find nothing, and
//! how `lookup` answers.

use io_pain_modalities::{Error, MatchKind, catalog};

const RFA: &str = "radiofrequency-ablation";
const CRYO: &str = "cryoablation";
const MWA: &str = "microwave-ablation";
const FUS: &str = "mr-guided-focused-ultrasound";
const VP: &str = "vertebroplasty";
const KP: &str = "balloon-kyphoplasty";
const ESI: &str = "epidural-steroid-injection";
const SR: &str = "strontium-89-chloride";
const SM: &str = "samarium-153-lexidronam";
const RA: &str = "radium-223-dichloride";
const LU: &str = "lutetium-177-vipivotide-tetraxetan";
const COMBO: &str = "rfa-with-cement-augmentation";
const NAV: &str = "ai-3d-spine-navigation";
const PNS: &str = "peripheral-nerve-stimulation";
const RLT: &str = "newer-radioligand-therapies";

/// (query, expected top hit). Public so the site's in-page search can be
/// checked against the same table.
pub const TOP: &[(&str, &str)] = &[
    // Exact names, ids, abbreviations, synonyms, brands.
    ("RFA", RFA),
    ("radiofrequency-ablation", RFA),
    ("Radiofrequency ablation of bone metastases", RFA),
    ("Pluvicto", LU),
    ("Xofigo", RA),
    ("Quadramet", SM),
    ("Metastron", SR),
    ("Kyphon", KP),
    ("OsteoCool", RFA),
    ("ExAblate", FUS),
    ("MRgFUS", FUS),
    ("ESI", ESI),
    ("MWA", MWA),
    ("PVP", VP),
    ("BKP", KP),
    // Any word order, extra words and stop words.
    ("ablation radiofrequency", RFA),
    ("steroid injection epidural", ESI),
    ("radium dichloride", RA),
    ("Quadramet injection", SM),
    ("the kyphoplasty", KP),
    ("focused ultrasound MR guided", FUS),
    ("injection of epidural steroids", ESI),
    // Part of a name.
    ("lutetium", LU),
    ("kyphoplasty balloon", KP),
    ("samarium", SM),
    ("strontium", SR),
    ("microwave", MWA),
    ("vipivotide", LU),
    ("spine navigation", NAV),
    ("nerve stimulation", PNS),
    ("augmented reality", NAV),
    // Plural and singular.
    ("vertebroplasties", VP),
    ("cryoablations", CRYO),
    ("radioligand therapies", RLT),
    ("epidural steroid injections", ESI),
    ("microwave ablations", MWA),
    // Typos.
    ("kyphoplatsy", KP),
    ("Pluvikto", LU),
    ("lutetum", LU),
    ("vertebroplasy", VP),
    ("radiofrequncy ablation", RFA),
    ("strontum", SR),
    ("samarum", SM),
    ("cryoablaton", CRYO),
    // Radionuclides written every way.
    ("Lu 177", LU),
    ("177-Lu", LU),
    ("lutetium177", LU),
    ("Lu-177", LU),
    ("177Lu", LU),
    ("Sm 153", SM),
    ("153Sm", SM),
    ("Sr 89", SR),
    ("89Sr", SR),
    ("strontium-89", SR),
    ("Ra 223", RA),
    ("radium223", RA),
    ("Ra", RA),
    // Search as you type.
    ("kypho", KP),
    ("pluv", LU),
    ("cryo", CRYO),
    ("samar", SM),
    // Spelling.
    ("strontium chloride", SR),
    ("bone tumour ablation radiofrequency", RFA),
    ("bone tumor ablation radiofrequency", RFA),
    // Combinations by the modalities they combine.
    ("RFA followed by cement augmentation", COMBO),
    ("radiofrequency ablation cement augmentation", COMBO),
];

/// (query, the entries that fit equally; the top hit is one of them and
/// `resolve` says the query is ambiguous).
const AMBIGUOUS: &[(&str, &[&str])] = &[
    ("thermal ablation", &[RFA, CRYO, MWA, FUS]),
    (
        "compression fracture",
        &[VP, KP, "vertebral-body-implant-augmentation"],
    ),
    // A prefix both the vertebral procedures share.
    ("vertebr", &[VP, "vertebral-body-implant-augmentation"]),
    // Radiofrequency ablation and radiofrequency cordotomy.
    ("radiofreq", &[RFA, "percutaneous-cervical-cordotomy"]),
    ("bone-seeking radiopharmaceutical", &[SR, SM, RA]),
    ("ablation of the bone", &[RFA, MWA]),
];

/// Queries that name nothing in the catalog.
const NOTHING: &[&str] = &[
    "paracetamol",
    "knee arthroscopy",
    "aspirin",
    "hip replacement",
    "zzzzqqqq",
    "Rb",
    "x",
    "",
    "   ",
    "---",
];

#[test]
fn everyday_queries_find_the_expected_entry_first() {
    let c = catalog();
    let mut failures = Vec::new();
    for (query, expected) in TOP {
        let hits = c.search(query);
        let top = hits.first().map(|h| h.subject.id());
        if top != Some(expected) {
            failures.push(format!(
                "{query:?}: expected {expected}, got {:?}",
                hits.iter()
                    .take(3)
                    .map(|h| format!("{} {}", h.subject.id(), h.score))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(TOP.len() + AMBIGUOUS.len() + NOTHING.len() >= 60);
}

#[test]
fn everyday_queries_resolve_to_one_entry() {
    let c = catalog();
    let mut failures = Vec::new();
    for (query, expected) in TOP {
        match c.resolve(query) {
            Ok(s) if s.id() == *expected => {}
            other => failures.push(format!("{query:?}: {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn equal_fits_are_ambiguous_never_a_silent_pick() {
    let c = catalog();
    for (query, expected) in AMBIGUOUS {
        let hits = c.search(query);
        let top = hits.first().map(|h| h.subject.id()).unwrap_or_default();
        assert!(expected.contains(&top), "{query:?}: top {top}");
        match c.resolve(query) {
            Err(Error::Ambiguous {
                query: q,
                candidates,
            }) => {
                assert_eq!(q, *query);
                assert_eq!(
                    candidates.len(),
                    expected.len(),
                    "{query:?}: {candidates:?}"
                );
            }
            other => panic!("{query:?}: {other:?}"),
        }
        assert!(matches!(c.lookup(query), Err(Error::Ambiguous { .. })));
    }
    let err = c.lookup("thermal ablation").unwrap_err().to_string();
    assert!(
        err.starts_with("\"thermal ablation\" fits more than one entry: "),
        "{err}"
    );
}

#[test]
fn nothing_found_is_an_honest_empty_result() {
    let c = catalog();
    for query in NOTHING {
        assert!(
            c.search(query).is_empty(),
            "{query:?}: {:?}",
            c.search(query)
        );
        match c.lookup(query) {
            Err(Error::NotFound { suggestions, .. }) => assert!(suggestions.is_empty()),
            other => panic!("{query:?}: {other:?}"),
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
    assert_eq!(hits[0].subject.id(), VP);
    assert!(hits.iter().any(|h| h.subject.id() == COMBO));
}

#[test]
fn lookup_stays_modality_only_and_resolve_covers_every_entry() {
    let c = catalog();
    assert_eq!(c.lookup("Pluvikto").unwrap().id, LU);
    assert_eq!(c.resolve("peripheral nerve stimulation").unwrap().id(), PNS);
    assert!(c.lookup("peripheral nerve stimulation").is_err());
    // Hits are ranked best first.
    let hits = c.search("ablation");
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

/// Procedures and drugs outside the catalog's scope: lookup and resolve
/// say so with the reason, search finds nothing.
#[test]
fn excluded_procedures_answer_out_of_scope_with_the_reason() {
    let c = catalog();
    for query in [
        "basivertebral nerve ablation",
        "Intracept",
        "genicular nerve radiofrequency ablation",
        "sacroiliac joint radiofrequency ablation",
        "zoledronic acid",
        "Zometa",
        "denosumab",
        "XGEVA",
    ] {
        assert!(
            c.search(query).is_empty(),
            "{query}: search found something"
        );
        assert!(c.search_modalities(query).is_empty(), "{query}");
        for err in [c.lookup(query).unwrap_err(), c.resolve(query).unwrap_err()] {
            let Error::OutOfScope { name, reason, .. } = &err else {
                panic!("{query}: {err:?}");
            };
            assert!(!name.is_empty() && !reason.is_empty());
            assert!(err.to_string().contains("out of scope"), "{err}");
        }
    }
    // A catalogued procedure is never out of scope.
    assert!(c.excluded("radiofrequency ablation").is_none());
    assert!(c.excluded("kyphoplasty").is_none());
}
