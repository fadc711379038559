//! Retired ids: looking one up says so and names its replacement; the
//! retired list is validated.

use io_pain_modalities::{Catalog, Error, Rule, catalog};

fn with_retired(retired: &str) -> io_pain_modalities::Result<Catalog> {
    let mut c = catalog().clone();
    c.merge_json(&format!(
        r#"{{"modalities": [], "sources": [], "retired": {retired}}}"#
    ))?;
    Ok(c)
}

#[test]
fn get_and_lookup_of_a_retired_id_name_the_replacement() {
    let c = with_retired(
        r#"[{"id": "rfa-of-bone", "replaced_by": "radiofrequency-ablation", "reason": "renamed"},
            {"id": "gone", "reason": "removed: outside the scope."}]"#,
    )
    .unwrap();
    for err in [
        c.get("rfa-of-bone").unwrap_err(),
        c.lookup("rfa-of-bone").unwrap_err(),
    ] {
        assert_eq!(
            err,
            Error::Retired {
                id: "rfa-of-bone".into(),
                replaced_by: Some("radiofrequency-ablation".into()),
                reason: "renamed".into(),
            }
        );
    }
    let err = c.get("gone").unwrap_err();
    assert_eq!(
        err.to_string(),
        r#""gone" is a retired id: removed: outside the scope"#
    );
    assert!(matches!(
        c.resolve("gone"),
        Err(Error::Retired {
            replaced_by: None,
            ..
        })
    ));
    assert!(c.find("gone").is_none());
    // The list survives an export and a reload.
    let again = Catalog::from_json(&c.to_json()).unwrap();
    assert_eq!(again.retired_ids().count(), 2);
}

#[test]
fn a_retired_id_is_not_live_and_its_replacement_exists() {
    let Err(Error::Invalid(problems)) = with_retired(
        r#"[{"id": "vertebroplasty", "reason": "x"},
            {"id": "old", "replaced_by": "no-such-modality", "reason": "x"},
            {"id": "old", "reason": " "}]"#,
    ) else {
        panic!("three faults")
    };
    let found: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.path.clone(), p.rule.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "retired[0].id".to_owned(),
                r#"retired id "vertebroplasty" is also a modality: a retired id is never reused"#
                    .to_owned()
            ),
            (
                "retired[1].replaced_by".to_owned(),
                r#"retired id "old" is replaced by "no-such-modality", which is no modality of the catalog"#
                    .to_owned()
            ),
            (
                "retired[2].id".to_owned(),
                r#"retired id "old" is also retired above: a retired id is never reused"#.to_owned()
            ),
            ("retired[2].reason".to_owned(), "reason is empty".to_owned()),
        ]
    );
    assert!(matches!(problems.first().rule, Rule::RetiredButLive { .. }));
}
