//! Each trap an adopter met (issue 17) and the behaviour that replaces it.

use io_pain_modalities::{
    Catalog, Category, Condition, Error, Jurisdiction, Modality, ModalityId, RegulatoryStatus,
    Rule, SourceId, UseKind, catalog,
};

/// A record deserialised alone passes with faults; `check_modality` names them.
#[test]
fn a_record_alone_is_checked_against_the_catalog() {
    let c = catalog();
    let mut json: serde_json::Value =
        serde_json::to_value(c.get("vertebroplasty").unwrap()).unwrap();
    json["id"] = "my-vertebroplasty".into();
    json["name"] = "".into();
    json["synonyms"] = serde_json::json!([]);
    json["abbreviations"] = serde_json::json!([]);
    json["brands"] = serde_json::json!([]);
    json["indications"] = serde_json::json!([]);
    json["mechanism"]["sources"] = serde_json::json!(["no-such-source"]);
    json["mechanism"].as_object_mut().unwrap().remove("support");
    json["last_reviewed"] = "2099-01-01".into();
    // The shape is fine, so serde accepts it...
    let m: Modality = serde_json::from_value(json).unwrap();
    // ...and the check names every fault, with its path.
    let Err(Error::Invalid(problems)) = c.check_modality(&m) else {
        panic!("faults expected")
    };
    let rules: Vec<(&str, &Rule)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.rule))
        .collect();
    assert!(
        rules.iter().any(
            |(p, r)| *p == "modalities[0].name" && matches!(r, Rule::NameWithoutLetters { .. })
        ),
        "{rules:?}"
    );
    assert!(
        rules
            .iter()
            .any(|(_, r)| matches!(r, Rule::NoIndication { .. }))
    );
    assert!(
        rules
            .iter()
            .any(|(p, r)| *p == "modalities[0].mechanism.sources[0]"
                && matches!(r, Rule::UnknownSource { .. }))
    );
    assert!(
        rules
            .iter()
            .any(|(_, r)| matches!(r, Rule::InTheFuture { .. }))
    );
    // A record of the catalog passes, as itself or as its own revision.
    for m in c {
        assert_eq!(c.check_modality(m), Ok(()), "{}", m.id);
    }
}

/// "Earliest approval in the US": undated events are skipped, not taken first.
#[test]
fn earliest_and_latest_skip_undated_events() {
    let c = catalog();
    let lu = c.get("lutetium-177-vipivotide-tetraxetan").unwrap();
    let us = lu
        .earliest(Jurisdiction::Us, RegulatoryStatus::Approved)
        .unwrap();
    assert_eq!(us.date.unwrap().to_string(), "2022-03-23");
    for m in c {
        let (e, l) = (m.earliest(None, None), m.latest(None, None));
        assert_eq!(
            e.is_some(),
            m.regulatory.iter().any(|r| r.date.is_some()),
            "{}",
            m.id
        );
        if let (Some(e), Some(l)) = (e, l) {
            assert!(e.date <= l.date);
            assert!(
                m.regulatory
                    .iter()
                    .filter(|r| r.date.is_some())
                    .all(|r| r.date >= e.date)
            );
        }
    }
    // A modality with an undated state only has no earliest event.
    let undated = c
        .iter()
        .find(|m| m.regulatory.iter().any(|r| r.date.is_none()));
    if let Some(m) = undated {
        let r = m.regulatory.iter().find(|r| r.date.is_none()).unwrap();
        assert!(
            m.earliest(r.jurisdiction, r.status)
                .is_none_or(|e| e.date.is_some())
        );
    }
}

/// From a PMID, DOI or URL to the statements that rest on it.
#[test]
fn statements_by_source_identifier() {
    let c = catalog();
    for s in c.sources() {
        let by_id: Vec<String> = c.citing(&s.id).map(|x| x.location()).collect();
        assert!(
            !by_id.is_empty() || c.exclusions().any(|x| x.sources.contains(&s.id)),
            "{}",
            s.id
        );
        for ident in [
            s.doi.as_ref().map(|d| d.as_str().to_owned()),
            s.doi.as_ref().map(|d| d.url()),
            s.pmid.as_ref().map(|p| format!("PMID: {}", p.as_str())),
            s.url.as_ref().map(|u| u.as_str().to_owned()),
        ]
        .into_iter()
        .flatten()
        {
            let found: Vec<String> = c.citing_identifier(&ident).map(|x| x.location()).collect();
            // Every statement citing the source is found; others only when
            // another source carries the same identifier.
            assert!(by_id.iter().all(|l| found.contains(l)), "{ident}");
            assert!(c.with_identifier(&ident).any(|x| x.id == s.id), "{ident}");
        }
    }
    assert_eq!(c.citing_identifier("10.9999/not-cited").count(), 0);
}

/// A miss of `find` stays a hash probe: it never searches (whose work a
/// typo-tolerant miss shows), and agrees with `lookup` where it answers.
#[test]
fn find_is_an_exact_probe() {
    let c = catalog();
    assert!(c.find("kyphoplatsy").is_none());
    assert_eq!(c.lookup("kyphoplatsy").unwrap().id, "balloon-kyphoplasty");
    for m in c {
        assert_eq!(
            c.find(m.name.to_uppercase().as_str()).map(|x| &x.id),
            Some(&m.id)
        );
        assert_eq!(c.find(m.id.as_str()).map(|x| &x.id), Some(&m.id));
    }
    assert!(c.find("paracetamol").is_none());
}

/// The crate's own typed ids work wherever a string id does.
#[test]
fn typed_ids_are_accepted() {
    let c = catalog();
    let m: ModalityId = "vertebroplasty".parse().unwrap();
    let s: SourceId = "dupuy-2010".parse().unwrap();
    assert_eq!(c.get(&m).unwrap().id, m);
    assert_eq!(c.get(m.clone()).unwrap().id, m);
    assert_eq!(c.get(String::from("vertebroplasty")).unwrap().id, m);
    assert_eq!(c.source(&s).unwrap().id, s);
    assert!(c.citing(&s).count() > 0);
    assert!(c.retired(&m).is_none());
    let e = c.combinations().next().unwrap();
    assert!(c.entry(&e.id).is_some());
}

/// Search results and statements serialise for a web service.
#[test]
fn search_and_statement_views_serialise() {
    let c = catalog();
    let hits = c.search("kyphoplatsy");
    let json = serde_json::to_value(&hits[..1]).unwrap();
    assert_eq!(json[0]["subject"]["id"], "balloon-kyphoplasty");
    assert_eq!(json[0]["subject"]["kind"], "modality");
    assert_eq!(json[0]["how"], "typo");
    assert!(json[0]["field"].is_string());
    let s = c.statements().next().unwrap();
    let json = serde_json::to_value(s).unwrap();
    assert_eq!(json["field"], "summary");
    assert_eq!(json["statement"], "summary");
    assert_eq!(json["text"], s.text);
}

/// `Catalog` deserialises, through the same validation as `from_json`.
#[test]
fn a_catalog_deserialises_through_validation() {
    let c: Catalog = serde_json::from_str(&catalog().to_json()).unwrap();
    assert_eq!(&c, catalog());
    let bad = std::fs::read_to_string("tests/bad/orphan-source.json").unwrap();
    let err = serde_json::from_str::<Catalog>(&bad).unwrap_err();
    let expected = Catalog::from_json(&bad).unwrap_err().to_string();
    assert_eq!(err.to_string(), expected);
}

/// Vocabularies parse from the labels people read, in any case; JSON keeps
/// the kebab-case name only.
#[test]
fn vocabularies_parse_from_labels() {
    assert_eq!(
        "Thermal ablation".parse::<Category>().unwrap(),
        Category::ThermalAblation
    );
    assert_eq!(
        "thermal ablation".parse::<Category>().unwrap(),
        Category::ThermalAblation
    );
    assert_eq!(
        "THERMAL-ABLATION".parse::<Category>().unwrap(),
        Category::ThermalAblation
    );
    assert_eq!(
        "Guideline-supported".parse::<UseKind>().unwrap(),
        UseKind::GuidelineSupported
    );
    assert_eq!(
        "Painful bone metastases".parse::<Condition>().unwrap(),
        Condition::PainfulBoneMetastases
    );
    assert!("thermal".parse::<Category>().is_err());
    assert!(serde_json::from_str::<Category>(r#""Thermal ablation""#).is_err());
    assert!(serde_json::from_str::<Category>(r#""thermal-ablation""#).is_ok());
}
