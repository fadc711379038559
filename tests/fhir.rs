//! The FHIR R5 export through the public API. `.ci/standards.sh` checks the
//! same Bundle with an independent R5 model (Python `fhir.resources`).
#![cfg(feature = "fhir")]

use io_pain_modalities::{Catalog, NOTICE, catalog, fhir};
use serde_json::Value;

fn bundle_value(c: &Catalog) -> Value {
    serde_json::from_str(&fhir::bundle(c).to_json()).unwrap()
}

fn resources(b: &Value) -> impl Iterator<Item = &Value> {
    b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
}

#[test]
fn one_resource_per_record() {
    let c = catalog();
    let b = fhir::bundle(c);
    let radiopharmaceuticals = c.iter().filter(|m| m.radiation.is_some()).count();
    assert_eq!(b.count("ActivityDefinition"), c.len());
    assert_eq!(b.count("MedicationKnowledge"), radiopharmaceuticals);
    assert_eq!(b.count("Citation"), c.sources().count());
    let uses: usize = c
        .iter()
        .map(|m| m.indications.len() + m.precautions.len())
        .sum();
    assert_eq!(b.count("ClinicalUseDefinition"), uses);
}

#[test]
fn every_reference_resolves_inside_the_bundle() {
    let b = bundle_value(catalog());
    let urls: Vec<&str> = b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    let mut unique = urls.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), urls.len(), "fullUrls are unique");
    fn each<'a>(v: &'a Value, f: &mut impl FnMut(&'a str, &'a Value)) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, v)| {
                f(k, v);
                each(v, f);
            }),
            Value::Array(a) => a.iter().for_each(|v| each(v, f)),
            _ => {}
        }
    }
    let mut n = 0;
    each(&b, &mut |key, value| {
        // Literal references, and canonical ones in relatedArtifact (a
        // Citation's canonical url is its fullUrl).
        if let ("reference" | "resource", Value::String(target)) = (key, value) {
            assert!(urls.contains(&target.as_str()), "{target}");
            n += 1;
        }
    });
    assert!(n > 100, "{n}");
}

#[test]
fn every_resource_carries_the_notice_the_version_and_a_valid_id() {
    let b = bundle_value(catalog());
    for r in resources(&b) {
        let text = r.to_string();
        assert!(text.contains(NOTICE), "{}", r["id"]);
        assert!(text.contains(catalog().version()), "{}", r["id"]);
        let id = r["id"].as_str().unwrap();
        assert!(
            (1..=64).contains(&id.len())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{id}"
        );
    }
}

#[test]
fn indications_keep_their_codes_and_their_own_sources() {
    let b = bundle_value(catalog());
    let rfa = catalog().get("radiofrequency-ablation").unwrap();
    let cud = resources(&b)
        .find(|r| {
            r["identifier"][0]["value"]
                == format!("radiofrequency-ablation/{}", rfa.indications[0].id).as_str()
        })
        .unwrap();
    assert_eq!(cud["type"], "indication");
    let coding = &cud["indication"]["diseaseSymptomProcedure"]["concept"]["coding"];
    for code in &rfa.indications[0].codes {
        assert!(
            coding
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["code"] == code.code.as_str() && c["system"] == code.system.uri()),
            "{}",
            code.code
        );
    }
    let cited = cud["extension"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e.get("valueRelatedArtifact").is_some())
        .count();
    let mut own: Vec<&str> = rfa.indications[0]
        .sources
        .iter()
        .chain(rfa.indications[0].codes.iter().flat_map(|c| &c.sources))
        .map(|s| s.as_str())
        .collect();
    own.sort_unstable();
    own.dedup();
    assert_eq!(cited, own.len());
}

#[test]
fn the_export_is_the_same_on_every_run_and_a_catalog_without_version_has_none() {
    assert_eq!(fhir::bundle(catalog()), fhir::bundle(catalog()));
    let text = std::fs::read_to_string("tests/fixtures/good.json").unwrap();
    let mine = Catalog::from_json(&text).unwrap();
    let b = bundle_value(&mine);
    assert_eq!(b["id"], "io-pain-modalities");
    for r in resources(&b) {
        assert!(r.get("version").is_none());
        assert!(!r.to_string().contains("artifact-version"));
    }
}
