//! `Catalog::compare`: two to four modalities side by side, by any of their
//! names, and what it refuses.

#[test]
fn compare_takes_two_to_four_modalities_by_any_name() {
    let c = io_pain_modalities::catalog();
    let cmp = c
        .compare(&["Sr-89", "radiofrequency-ablation", "Xofigo"])
        .unwrap();
    let ids: Vec<&str> = cmp.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "strontium-89-chloride",
            "radiofrequency-ablation",
            "radium-223-dichloride"
        ]
    );
    assert_eq!(Some(cmp.version.as_str()), c.version());
    for e in &cmp.entries {
        assert!(!e.how_it_works.is_empty() && !e.category.is_empty());
        assert!(!e.indications.is_empty());
    }
    // Strontium-89's strongest study is a review of randomised trials.
    let sr = &cmp.entries[0];
    assert_eq!(
        sr.strongest_evidence.as_ref().map(|s| s.rank),
        Some("Systematic review or meta-analysis of randomised trials")
    );
    let json = serde_json::to_value(&cmp).unwrap();
    assert_eq!(json["entries"].as_array().map(Vec::len), Some(3));
}

#[test]
fn compare_refuses_too_few_too_many_twice_and_unknown() {
    let c = io_pain_modalities::catalog();
    assert!(c.compare(&["Sr-89"]).is_err());
    assert!(c.compare(&["a", "b", "c", "d", "e"]).is_err());
    let twice = c.compare(&["Sr-89", "strontium-89-chloride"]).unwrap_err();
    assert!(twice.to_string().contains("twice"), "{twice}");
    assert!(matches!(
        c.compare(&["Sr-89", "no such modality at all"]),
        Err(io_pain_modalities::Error::NotFound { .. })
    ));
}
