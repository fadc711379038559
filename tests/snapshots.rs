//! Snapshots of what users see: the exports and each example's output.
//! Review a snapshot diff like a data diff.

#[path = "../examples/catalog.rs"]
#[allow(dead_code)]
mod catalog_example;
#[path = "../examples/extend.rs"]
#[allow(dead_code)]
mod extend_example;
#[path = "../examples/filter.rs"]
#[allow(dead_code)]
mod filter_example;
#[path = "../examples/lookup.rs"]
#[allow(dead_code)]
mod lookup_example;
#[path = "../examples/validate.rs"]
#[allow(dead_code)]
mod validate_example;

use io_pain_modalities::{Catalog, catalog};

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

/// The small fixture catalog the exports are pinned on, so that a data
/// edit of the embedded catalog does not rewrite these snapshots. (The
/// committed schema is guarded by its freshness test in `tests/schema.rs`,
/// and the embedded FHIR bundle by the structural checks of `tests/fhir.rs`.)
fn fixture() -> Catalog {
    Catalog::from_json(include_str!("fixtures/site.json")).unwrap()
}

#[test]
fn export_json() {
    insta::assert_snapshot!(fixture().to_json());
}

#[test]
fn export_statements_jsonl() {
    insta::assert_snapshot!(fixture().statements_jsonl());
}

/// The FHIR R5 Bundle of the fixture catalog. Review its diff like a data
/// diff (`cargo insta review`).
#[cfg(feature = "fhir")]
#[test]
fn fhir_bundle() {
    insta::assert_snapshot!(io_pain_modalities::fhir::bundle(&fixture()).to_json());
}

#[test]
fn catalog_example() {
    let mut out = Vec::new();
    catalog_example::run(catalog(), &mut out).unwrap();
    insta::assert_snapshot!(text(out));
}

#[path = "../examples/provenance.rs"]
#[allow(dead_code)]
mod provenance_example;

#[test]
fn provenance_example() {
    let mut out = Vec::new();
    provenance_example::run(catalog(), false, &mut out).unwrap();
    insta::assert_snapshot!(text(out));
}

#[path = "../examples/search.rs"]
#[allow(dead_code)]
mod search_example;

#[test]
fn search_example() {
    for (name, query, found) in [
        ("lu177", "Lu 177", true),
        ("thermal", "thermal ablation", true),
        ("nothing", "knee arthroscopy", false),
    ] {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = search_example::run(catalog(), query, &mut out, &mut err).unwrap();
        assert_eq!(ok, found, "{query}");
        insta::assert_snapshot!(
            format!("search_example_{name}"),
            format!("{}{}", text(out), text(err))
        );
    }
}

#[test]
fn lookup_example() {
    for (name, query, found) in [
        ("pluvicto", "Pluvicto", true),
        ("esi", "ESI", true),
        ("sr89", "strontium 89", true),
        ("miss", "paracetamol", false),
        ("ambiguous", "thermal ablation", false),
        ("innovation", "peripheral nerve stimulation", true),
        ("empty", "", false),
    ] {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = lookup_example::run(catalog(), query, &mut out, &mut err).unwrap();
        assert_eq!(ok, found, "{query}");
        insta::assert_snapshot!(
            format!("lookup_example_{name}"),
            format!("{}{}", text(out), text(err))
        );
    }
}

#[test]
fn filter_example() {
    for (name, args, ok_expected) in [
        (
            "focal_labelled",
            &["pain-pattern=focal", "use=labelled"][..],
            true,
        ),
        ("bone_mets_code", &["code=icd-10-cm:C79.51"][..], true),
        ("comparators", &["comparator=true"][..], true),
        ("bad_term", &["pain-pattern=sharp"][..], false),
        ("bad_key", &["colour=red"][..], false),
    ] {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = filter_example::run(catalog(), &args, &mut out, &mut err).unwrap();
        assert_eq!(ok, ok_expected, "{args:?}");
        insta::assert_snapshot!(
            format!("filter_example_{name}"),
            format!("{}{}", text(out), text(err))
        );
    }
}

#[test]
fn extend_example() {
    for (name, path, ok_expected) in [
        ("extension", "examples/data/extension.json", true),
        ("bad", "tests/bad/missing-source.json", false),
        ("three_faults", "tests/bad/three-faults.json", false),
    ] {
        let input = std::fs::read_to_string(path).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = extend_example::run(catalog(), path, &input, &mut out, &mut err).unwrap();
        assert_eq!(ok, ok_expected, "{path}");
        insta::assert_snapshot!(
            format!("extend_example_{name}"),
            format!("{}{}", text(out), text(err))
        );
    }
}

#[test]
fn validate_example() {
    for (name, path, ok_expected) in [
        ("good", "tests/fixtures/good.json", true),
        ("three_faults", "tests/bad/three-faults.json", false),
    ] {
        let input = std::fs::read_to_string(path).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = validate_example::run(path, &input, &mut out, &mut err).unwrap();
        assert_eq!(ok, ok_expected, "{path}");
        insta::assert_snapshot!(
            format!("validate_example_{name}"),
            format!("{}{}", text(out), text(err))
        );
    }
}

/// The file with three independent faults gets all three reported, each
/// with its JSON path, and fails.
#[test]
fn validate_example_reports_every_problem() {
    let path = "tests/bad/three-faults.json";
    let input = std::fs::read_to_string(path).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert!(!validate_example::run(path, &input, &mut out, &mut err).unwrap());
    assert!(out.is_empty());
    let err = text(err);
    assert!(
        err.starts_with(&format!("{path}: invalid catalog: 3 problems\n")),
        "{err}"
    );
    for at in [
        "\n  at sources[0].checked: ",
        "\n  at modalities[0].codes[0].code: ",
        "\n  at sources[1]: ",
    ] {
        assert!(err.contains(at), "{at} in {err}");
    }
}
