//! The FHIR R5 export through the public API. `.ci/standards.sh` checks the
//! same Bundle with an independent R5 model (Python `fhir.resources`) and
//! against the StructureDefinitions of the official R5 package
//! (`.ci/node/fhir_validate.mjs`).
#![cfg(feature = "fhir")]

use std::collections::{BTreeMap, BTreeSet};

use io_pain_modalities::{Catalog, CodeSystem, NOTICE, catalog, fhir};
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

fn of_type<'a>(b: &'a Value, t: &'a str) -> impl Iterator<Item = &'a Value> {
    resources(b).filter(move |r| r["resourceType"] == t)
}

/// Calls `f(key, value)` for every key of every object below `v`.
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

const EXTERNAL: [CodeSystem; 5] = [
    CodeSystem::Icd10Cm,
    CodeSystem::Hcpcs,
    CodeSystem::Atc,
    CodeSystem::Ndc,
    CodeSystem::Rxnorm,
];

#[test]
fn one_resource_per_record() {
    let c = catalog();
    let b = fhir::bundle(c);
    let radiopharmaceuticals = c.iter().filter(|m| m.radiation.is_some()).count();
    assert_eq!(b.count("ActivityDefinition"), c.len());
    assert_eq!(b.count("MedicationKnowledge"), radiopharmaceuticals);
    assert_eq!(b.count("MedicinalProductDefinition"), radiopharmaceuticals);
    // Products are exported for the radiopharmaceuticals; the drugs of
    // other records (intrathecal delivery) keep their NDCs as codes.
    let ndc = c
        .iter()
        .filter(|m| m.radiation.is_some())
        .flat_map(|m| &m.codes)
        .filter(|code| code.system == CodeSystem::Ndc)
        .count();
    assert_eq!(b.count("PackagedProductDefinition"), ndc);
    assert_eq!(b.count("Citation"), c.sources().count());
    assert_eq!(b.count("CodeSystem"), 9);
    assert_eq!(b.count("SearchParameter"), 1);
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
    let canonicals: BTreeSet<&str> = resources(&b).filter_map(|r| r["url"].as_str()).collect();
    let mut n = 0;
    each(&b, &mut |key, value| match (key, value) {
        ("reference", Value::String(target)) => {
            assert!(urls.contains(&target.as_str()), "{target}");
            n += 1;
        }
        // relatedArtifact cites a Citation, or names a related modality's
        // ActivityDefinition, by its canonical URL.
        ("resource", Value::String(target)) => {
            assert!(canonicals.contains(target.as_str()), "{target}");
            let citation = format!("{}/Citation/", fhir::CANONICAL_BASE);
            let activity = format!("{}/ActivityDefinition/", fhir::CANONICAL_BASE);
            assert!(target.starts_with(&citation) || target.starts_with(&activity));
            n += 1;
        }
        _ => {}
    });
    assert!(n > 100, "{n}");
}

#[test]
fn every_resource_has_a_narrative_the_notice_the_version_and_a_valid_id() {
    let b = bundle_value(catalog());
    for r in resources(&b) {
        let text = r.to_string();
        assert!(text.contains(NOTICE), "{}", r["id"]);
        assert!(text.contains(catalog().version().unwrap()), "{}", r["id"]);
        assert_eq!(r["text"]["status"], "generated", "{}", r["id"]);
        let div = r["text"]["div"].as_str().unwrap();
        assert!(
            div.starts_with(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#)
                && div.contains(NOTICE),
            "{div}"
        );
        let id = r["id"].as_str().unwrap();
        assert!(
            (1..=64).contains(&id.len())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{id}"
        );
        if r.get("url").is_some() {
            for key in ["name", "title", "publisher", "date", "description"] {
                assert!(r[key].is_string(), "{} {key}", r["id"]);
            }
            assert_eq!(r["experimental"], false);
            assert_eq!(
                r["url"],
                format!(
                    "{}/{}/{}",
                    fhir::CANONICAL_BASE,
                    r["resourceType"].as_str().unwrap(),
                    id
                )
                .as_str()
            );
        }
    }
}

#[test]
fn our_codes_resolve_to_code_systems_of_the_bundle_and_external_codes_have_no_display() {
    let b = bundle_value(catalog());
    let mut systems: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
    for cs in of_type(&b, "CodeSystem") {
        assert_eq!(cs["content"], "complete");
        let concepts = cs["concept"].as_array().unwrap();
        assert_eq!(cs["count"], concepts.len());
        systems.insert(
            cs["url"].as_str().unwrap(),
            concepts
                .iter()
                .map(|c| (c["code"].as_str().unwrap(), c["display"].as_str().unwrap()))
                .collect(),
        );
    }
    let mut ours = 0;
    each(&b, &mut |key, value| {
        // Codings in a CodeableConcept, and standing alone
        // (MedicinalProductDefinition.code).
        let (Some(codings), "coding" | "code") = (value.as_array(), key) else {
            return;
        };
        for coding in codings {
            let (Some(system), Some(code)) = (coding["system"].as_str(), coding["code"].as_str())
            else {
                continue;
            };
            if system.starts_with(fhir::CANONICAL_BASE) {
                let display = systems
                    .get(system)
                    .and_then(|s| s.get(code))
                    .unwrap_or_else(|| panic!("{system}|{code} is in no CodeSystem"));
                assert_eq!(coding["display"].as_str(), Some(*display), "{code}");
                ours += 1;
            }
            if EXTERNAL.iter().any(|s| s.uri() == system) {
                assert!(coding.get("display").is_none(), "{coding}");
            }
        }
    });
    assert!(ours > 100, "{ours}");
}

#[test]
fn indications_are_coded_conditions_and_keep_their_own_sources() {
    let b = bundle_value(catalog());
    let rfa = catalog().get("radiofrequency-ablation").unwrap();
    let ind = &rfa.indications[0];
    let cud = of_type(&b, "ClinicalUseDefinition")
        .find(|r| {
            r["identifier"][0]["value"] == format!("radiofrequency-ablation/{}", ind.id).as_str()
        })
        .unwrap();
    assert_eq!(cud["type"], "indication");
    assert_eq!(
        cud["id"],
        format!("radiofrequency-ablation-{}", ind.id).as_str()
    );
    let concept = &cud["indication"]["diseaseSymptomProcedure"]["concept"];
    assert_eq!(concept["text"], ind.condition.label());
    let coding = concept["coding"].as_array().unwrap();
    assert_eq!(coding[0]["code"], ind.condition.as_str());
    assert_eq!(coding[0]["display"], ind.condition.label());
    for code in &ind.codes {
        assert!(
            coding
                .iter()
                .any(|c| c["code"] == code.code.as_str() && c["system"] == code.system.uri()),
            "{}",
            code.code
        );
    }
    // The statement is in the narrative, not in the concept.
    let div = cud["text"]["div"].as_str().unwrap();
    assert!(div.contains(&ind.text[..20]), "{div}");
    let cited = cud["extension"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e.get("valueRelatedArtifact").is_some())
        .count();
    let mut own: Vec<&str> = ind
        .sources
        .iter()
        .chain(ind.codes.iter().flat_map(|c| &c.sources))
        .map(|s| s.as_str())
        .collect();
    own.sort_unstable();
    own.dedup();
    assert_eq!(cited, own.len());
}

#[test]
fn precautions_have_a_short_concept_and_the_whole_statement_in_the_narrative() {
    let b = bundle_value(catalog());
    for cud in of_type(&b, "ClinicalUseDefinition").filter(|r| r["type"] != "indication") {
        let concept = match cud["type"].as_str().unwrap() {
            "contraindication" => &cud["contraindication"]["diseaseSymptomProcedure"]["concept"],
            "undesirable-effect" => &cud["undesirableEffect"]["symptomConditionEffect"]["concept"],
            _ => &cud["warning"]["code"],
        };
        let short = concept["text"].as_str().unwrap();
        let div = cud["text"]["div"].as_str().unwrap();
        assert!(short.contains(": "), "{short}");
        assert!(div.len() > short.len(), "{}", cud["id"]);
    }
}

#[test]
fn product_codes_are_where_their_systems_belong() {
    let c = catalog();
    let b = bundle_value(c);
    let lu = c.get("lutetium-177-vipivotide-tetraxetan").unwrap();
    let code = |s: CodeSystem| {
        lu.codes
            .iter()
            .find(|c| c.system == s)
            .unwrap()
            .code
            .as_str()
    };
    let mk = of_type(&b, "MedicationKnowledge")
        .find(|r| r["id"] == lu.id.as_str())
        .unwrap();
    assert!(mk["code"].get("coding").is_none(), "{}", mk["code"]);
    assert_eq!(
        mk["medicineClassification"][0]["classification"][0]["coding"][0]["code"],
        code(CodeSystem::Atc)
    );
    let mpd = of_type(&b, "MedicinalProductDefinition")
        .find(|r| r["id"] == lu.id.as_str())
        .unwrap();
    assert_eq!(mpd["code"][0]["code"], code(CodeSystem::Hcpcs));
    assert_eq!(mpd["code"][0]["system"], CodeSystem::Hcpcs.uri());
    let ppd = of_type(&b, "PackagedProductDefinition")
        .find(|r| r["identifier"][0]["value"] == code(CodeSystem::Ndc))
        .unwrap();
    assert_eq!(ppd["identifier"][0]["system"], CodeSystem::Ndc.uri());
    // Its clinical uses name the product as subject.
    let mpd_url = b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["resource"]["resourceType"] == "MedicinalProductDefinition"
                && e["resource"]["id"] == lu.id.as_str()
        })
        .unwrap()["fullUrl"]
        .clone();
    let uses = of_type(&b, "ClinicalUseDefinition")
        .filter(|r| {
            r["subject"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["reference"] == mpd_url)
        })
        .count();
    assert_eq!(uses, lu.indications.len() + lu.precautions.len());
}

#[test]
fn citations_have_a_title_their_identifiers_and_a_search_parameter() {
    let c = catalog();
    let b = bundle_value(c);
    let with_doi = c.sources().find(|s| s.doi.is_some()).unwrap();
    let cit = of_type(&b, "Citation")
        .find(|r| r["id"] == with_doi.id.as_str())
        .unwrap();
    assert_eq!(cit["title"], with_doi.citation.as_str());
    assert!(
        cit["citedArtifact"]["identifier"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["system"] == "https://doi.org"
                && i["value"] == with_doi.doi.as_ref().unwrap().to_string().as_str())
    );
    let years = of_type(&b, "Citation")
        .filter(|r| r["citedArtifact"]["publicationForm"][0]["articleDate"].is_string())
        .count();
    assert!(years > 50, "{years}");
    let sp = of_type(&b, "SearchParameter").next().unwrap();
    assert_eq!(sp["base"][0], "Citation");
    assert_eq!(sp["type"], "token");
    assert_eq!(sp["expression"], "Citation.citedArtifact.identifier");
}

#[test]
fn the_transaction_puts_every_resource_by_type_and_id() {
    let c = catalog();
    let collection = bundle_value(c);
    let t: Value = serde_json::from_str(&fhir::transaction_bundle(c).to_json()).unwrap();
    assert_eq!(t["type"], "transaction");
    let entries = t["entry"].as_array().unwrap();
    assert_eq!(entries.len(), collection["entry"].as_array().unwrap().len());
    for (e, plain) in entries.iter().zip(collection["entry"].as_array().unwrap()) {
        let r = &e["resource"];
        assert_eq!(e["request"]["method"], "PUT");
        assert_eq!(
            e["request"]["url"],
            format!(
                "{}/{}",
                r["resourceType"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            )
            .as_str()
        );
        assert_eq!(e["fullUrl"], plain["fullUrl"]);
        assert_eq!(r, &plain["resource"]);
    }
}

/// The clinical uses of a catalog, by identifier: (resource id, fullUrl).
fn clinical_uses(c: &Catalog) -> BTreeMap<String, (String, String)> {
    bundle_value(c)["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "ClinicalUseDefinition")
        .map(|e| {
            let r = &e["resource"];
            (
                r["identifier"][0]["value"].as_str().unwrap().to_owned(),
                (
                    r["id"].as_str().unwrap().to_owned(),
                    e["fullUrl"].as_str().unwrap().to_owned(),
                ),
            )
        })
        .collect()
}

#[test]
fn removing_an_indication_leaves_every_other_clinical_use_its_id() {
    let text = std::fs::read_to_string("data/catalog.json").unwrap();
    let mut json: Value = serde_json::from_str(&text).unwrap();
    // The first indication of the first modality with more than one.
    let modality = json["modalities"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["indications"].as_array().unwrap().len() > 1)
        .unwrap();
    let mid = modality["id"].as_str().unwrap().to_owned();
    let removed = modality["indications"].as_array_mut().unwrap().remove(0);
    let removed = format!("{mid}/{}", removed["id"].as_str().unwrap());
    let before = clinical_uses(catalog());
    let after = clinical_uses(&Catalog::from_json(&json.to_string()).unwrap());
    assert!(before.contains_key(&removed));
    assert!(!after.contains_key(&removed));
    assert_eq!(after.len(), before.len() - 1);
    for (statement, ids) in &after {
        assert_eq!(Some(ids), before.get(statement), "{statement}");
    }
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
