//! Bad user catalogs: each file in `tests/bad/` holds one kind of fault and
//! gets its own precise error, pinned by a snapshot; `three-faults.json`
//! holds three independent faults, all reported at once. Loading fails with
//! the error, and merging fails with it while the catalog in hand stays
//! unchanged.

use io_pain_modalities::{Catalog, Error, Problems, Rule, catalog};

#[test]
fn the_fixture_base_is_valid() {
    // Every bad file is this one with a single fault, so the error is
    // caused by that fault alone.
    let good = include_str!("fixtures/good.json");
    let c = Catalog::from_json(good).unwrap();
    assert_eq!(c.len(), 1);
    let mut merged = catalog().clone();
    merged.merge_json(good).unwrap();
    assert_eq!(merged.len(), catalog().len() + 1);
}

#[test]
fn each_bad_file_has_its_own_error() {
    insta::glob!("bad/*.json", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let err = Catalog::from_json(&text).unwrap_err();
        // Merging the same file into a copy of the embedded catalog fails
        // and changes nothing.
        let mut merged = catalog().clone();
        let merge_err = merged.merge_json(&text).unwrap_err();
        assert_eq!(&merged, catalog(), "{}", path.display());
        insta::assert_snapshot!(format!("load:  {err}\nmerge: {merge_err}"));
    });
}

#[test]
fn json_errors_name_the_path() {
    let text = std::fs::read_to_string("tests/bad/unknown-vocabulary-term.json").unwrap();
    match Catalog::from_json(&text).unwrap_err() {
        Error::Json { path, message } => {
            assert_eq!(path, "modalities[0].category");
            assert!(message.contains("surgery"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn very_deep_nesting_is_an_error_not_a_crash() {
    let depth = 100_000;
    let open = "[".repeat(depth);
    let close = "]".repeat(depth);
    for (text, path) in [
        (format!("{open}{close}"), "."),
        (
            format!(r#"{{"modalities": [{{"id": {open}{close}}}], "sources": []}}"#),
            "modalities[0].id",
        ),
        (
            format!(r#"{{"sources": [], "innovations": {open}{close}}}"#),
            "innovations[0][0]",
        ),
    ] {
        match Catalog::from_json(&text) {
            Err(Error::Json { path: p, .. }) => assert_eq!(p, path),
            other => panic!("{other:?}"),
        }
        let mut merged = catalog().clone();
        assert!(merged.merge_json(&text).is_err());
        assert_eq!(&merged, catalog());
    }
}

#[test]
fn a_very_large_file_loads_or_fails_cleanly() {
    // Tens of megabytes: the good fixture's source with a huge citation,
    // then the same file with one bad date at the very end.
    let good = include_str!("fixtures/good.json");
    let big = good.replace("A test fixture, not a real study.", &"x".repeat(30 << 20));
    assert!(big.len() > 30 << 20);
    let c = Catalog::from_json(&big).unwrap();
    assert_eq!(c.len(), 1);
    let bad = big.replace("\"checked\": \"2026-01-01\"", "\"checked\": \"2026-13-01\"");
    let err = Catalog::from_json(&bad).unwrap_err();
    assert!(err.to_string().contains("2026-13-01"), "{err}");
    let mut merged = catalog().clone();
    assert!(merged.merge_json(&bad).is_err());
    assert_eq!(&merged, catalog());
}

#[test]
fn merge_errors_point_into_the_users_file() {
    // A user modality named like an embedded one: the path is the user's.
    let good = include_str!("fixtures/good.json");
    let clash = good.replace("\"TA\"", "\"RFA\"");
    let mut c = catalog().clone();
    let err = c.merge_json(&clash).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "invalid catalog at modalities[0].abbreviations[0]: name \"RFA\" is ambiguous"
        ),
        "{err}"
    );
    assert!(err.contains("(base catalog) modalities["), "{err}");
    assert_eq!(&c, catalog());
}

#[test]
fn every_problem_is_reported_with_its_rule_and_path() {
    let text = include_str!("bad/three-faults.json");
    let mut merged = catalog().clone();
    for err in [
        Catalog::from_json(text).unwrap_err(),
        merged.merge_json(text).unwrap_err(),
    ] {
        let Error::Invalid(problems) = err else {
            panic!("{err:?}");
        };
        let found: Vec<(&str, &Rule)> = problems.iter().map(|p| (&*p.path, &p.rule)).collect();
        assert!(
            matches!(
                found.as_slice(),
                [
                    ("sources[0].checked", Rule::InTheFuture { date }),
                    ("modalities[0].codes[0].code", Rule::MalformedCode { code, .. }),
                    ("sources[1]", Rule::UncitedSource { id }),
                ] if date.to_string() == "2999-01-01" && code == "NCT123" && id == "unused-2021"
            ),
            "{found:?}"
        );
        assert_eq!(problems.omitted(), 0);
    }
    assert_eq!(&merged, catalog());
}

#[test]
fn problems_beyond_the_cap_are_counted_not_listed() {
    // The good fixture with 150 more sources that nothing cites.
    let good = include_str!("fixtures/good.json");
    let extra: Vec<String> = (0..150)
        .map(|k| {
            format!(
                r#"{{"id": "uncited-{k}", "kind": "narrative-review", "citation": "Uncited.",
                "doi": "10.5555/uncited.{k}", "verification": "secondary", "checked": "2026-01-01"}}"#
            )
        })
        .collect();
    let top = "\n  \"sources\": [";
    assert_eq!(good.matches(top).count(), 1);
    let text = good.replace(top, &format!("{top}{},", extra.join(",")));
    let err = Catalog::from_json(&text).unwrap_err();
    let Error::Invalid(problems) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(problems.as_slice().len(), Problems::CAP);
    assert_eq!(problems.omitted(), 150 - Problems::CAP);
    assert_eq!(problems.first().path, "sources[0]");
    let message = err.to_string();
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 1 + Problems::CAP + 1, "{message}");
    assert_eq!(lines[0], "invalid catalog: 150 problems");
    assert_eq!(
        lines[1],
        r#"  at sources[0]: source "uncited-0" is cited by no statement"#
    );
    assert_eq!(lines[Problems::CAP + 1], "  and 50 more, not shown");
    let mut merged = catalog().clone();
    assert!(merged.merge_json(&text).is_err());
    assert_eq!(&merged, catalog());
}
