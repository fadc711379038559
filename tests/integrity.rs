//! Integrity of the shipped data, like tidy tests for code: the rules every
//! catalog passes are enforced at load; these add what only the embedded
//! data promises (order, provenance, the source article's traps).

use io_pain_modalities::{
    CodeSystem, Condition, DATA_VERSION, Date, Jurisdiction, NOTICE, PrecautionKind,
    RegulatoryStatus, SourceKind, UseKind, Verification, catalog,
};
use serde_json::Value;

fn raw() -> Value {
    serde_json::from_str(include_str!("../data/catalog.json")).unwrap()
}

fn ids(v: &Value, array: &str) -> Vec<String> {
    v[array]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_embedded_catalog_loads() {
    // This is what makes the documented panic in `catalog()` impossible.
    let c = catalog();
    assert_eq!(c.version(), Some(DATA_VERSION));
    assert!(c.len() >= 11);
}

#[test]
fn header_carries_version_notice_and_schema() {
    let v = raw();
    assert_eq!(v["version"], DATA_VERSION);
    assert_eq!(v["notice"], NOTICE);
    assert_eq!(v["$schema"], "./catalog.schema.json");
    let version: Date = DATA_VERSION.parse().unwrap();
    assert!(version.day().is_some());
}

#[test]
fn ids_are_unique_and_sorted_in_every_array() {
    let v = raw();
    for array in ["modalities", "combinations", "innovations", "sources"] {
        let list = ids(&v, array);
        let mut sorted = list.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            list, sorted,
            "{array} must be sorted by id without duplicates"
        );
    }
}

#[test]
fn the_source_articles_modalities_are_all_present() {
    let c = catalog();
    for id in [
        "radiofrequency-ablation",
        "strontium-89-chloride",
        "vertebroplasty",
        "balloon-kyphoplasty",
        "epidural-steroid-injection",
        "lutetium-177-vipivotide-tetraxetan",
    ] {
        let m = c.get(id).unwrap();
        assert!(!m.comparator, "{id}");
    }
    for id in [
        "cryoablation",
        "microwave-ablation",
        "mr-guided-focused-ultrasound",
        "samarium-153-lexidronam",
        "radium-223-dichloride",
    ] {
        assert!(c.get(id).unwrap().comparator, "{id}");
    }
}

#[test]
fn every_source_has_a_canonical_identifier_and_a_real_check_date() {
    let c = catalog();
    let today = Date::today();
    for s in c.sources() {
        assert!(
            s.doi.is_some() || s.pmid.is_some() || s.url.is_some(),
            "{}",
            s.id
        );
        assert!(!s.checked.is_after(&today), "{}", s.id);
        assert!(
            s.checked.day().is_some(),
            "{}: checked needs a full date",
            s.id
        );
        if let Some(url) = &s.url {
            assert!(!url.as_str().contains("/../"), "{}", s.id);
        }
        if s.verification == Verification::Secondary && s.kind == SourceKind::RegulatoryLabel {
            // A label seen only in a copy says where it was seen.
            assert!(s.url.is_some(), "{}", s.id);
        }
    }
}

#[test]
fn no_date_in_the_data_lies_after_the_data_version() {
    // So the embedded catalog loads even on a machine whose clock lags.
    let version: Date = DATA_VERSION.parse().unwrap();
    let c = catalog();
    for s in c.sources() {
        assert!(!s.checked.is_after(&version), "{}", s.id);
    }
    for m in c {
        assert!(!m.last_reviewed.is_after(&version), "{}", m.id);
        for r in &m.regulatory {
            if let Some(d) = &r.date {
                assert!(!d.is_after(&version), "{}: {d}", m.id);
            }
        }
    }
}

#[test]
fn every_modality_is_reviewed_and_has_a_primary_source() {
    let c = catalog();
    for m in c {
        assert!(!m.last_reviewed.is_after(&Date::today()), "{}", m.id);
        let primary = c
            .statements()
            .filter(|s| s.subject.id() == m.id.as_str())
            .flat_map(|s| c.cited(s.sources))
            .any(|s| s.kind.is_primary());
        assert!(primary, "{} has no primary source", m.id);
    }
}

#[test]
fn codes_use_their_systems_in_the_right_place() {
    let c = catalog();
    for m in c {
        for code in &m.codes {
            assert_ne!(
                code.system,
                CodeSystem::Icd10Cm,
                "{}: diagnosis codes belong on indications",
                m.id
            );
        }
        for i in &m.indications {
            for code in &i.codes {
                assert_eq!(code.system, CodeSystem::Icd10Cm, "{}", m.id);
                // Collapsed vertebra NEC excludes neoplastic fractures.
                assert!(
                    !code.code.starts_with("M48.5"),
                    "{}: M48.5 is not for neoplastic fractures",
                    m.id
                );
            }
        }
    }
}

#[test]
fn lutetium_177_vipivotide_tetraxetan_has_no_pain_indication() {
    let lu = catalog().lookup("Pluvicto").unwrap();
    for i in &lu.indications {
        assert!(i.pain_pattern.is_none());
        assert_ne!(i.condition, Condition::PainfulBoneMetastases);
        assert_ne!(i.condition, Condition::CancerPain);
    }
    assert!(
        !lu.corrections.is_empty(),
        "the article's pain-control claim is corrected"
    );
    let us: Vec<_> = lu
        .regulatory
        .iter()
        .filter(|r| r.jurisdiction == Jurisdiction::Us)
        .map(|r| (r.status, r.date.map(|d| d.to_string())))
        .collect();
    assert!(
        us.contains(&(RegulatoryStatus::Approved, Some("2022-03-23".into()))),
        "{us:?}"
    );
    assert!(
        us.contains(&(
            RegulatoryStatus::IndicationExpanded,
            Some("2025-03-28".into())
        )),
        "{us:?}"
    );
    let codes: Vec<(CodeSystem, &str)> = lu
        .codes
        .iter()
        .map(|c| (c.system, c.code.as_str()))
        .collect();
    assert!(codes.contains(&(CodeSystem::Hcpcs, "A9607")));
    assert!(codes.contains(&(CodeSystem::Atc, "V10XX05")));
    assert!(!codes.iter().any(|(_, c)| *c == "A9609" || *c == "V10XX04"));
    let r = lu.radiation.as_ref().unwrap();
    assert_eq!(r.half_life_days, 6.647);
    assert!(r.label_activity.contains("7.4 GBq"));
    assert!(!r.label_activity.contains("74 GBq"));
}

#[test]
fn epidural_steroids_are_off_label_with_a_warning_not_a_boxed_warning() {
    let esi = catalog().lookup("ESI").unwrap();
    assert!(
        esi.indications
            .iter()
            .all(|i| i.use_kind != UseKind::Labelled)
    );
    assert!(
        esi.indications
            .iter()
            .any(|i| i.use_kind == UseKind::OffLabel)
    );
    assert!(
        esi.precautions
            .iter()
            .all(|p| p.kind != PrecautionKind::BoxedWarning)
    );
    assert!(
        esi.precautions
            .iter()
            .any(|p| p.kind == PrecautionKind::Warning)
    );
    let change = esi
        .regulatory
        .iter()
        .find(|r| r.status == RegulatoryStatus::SafetyLabelChange)
        .unwrap();
    assert_eq!(
        change.date.map(|d| d.to_string()).as_deref(),
        Some("2014-04-23")
    );
    assert!(
        esi.regulatory
            .iter()
            .any(|r| r.status == RegulatoryStatus::NotApproved)
    );
}

#[test]
fn metastron_is_recorded_as_discontinued() {
    let sr = catalog().lookup("Metastron").unwrap();
    assert!(
        sr.regulatory
            .iter()
            .any(|r| r.status == RegulatoryStatus::Discontinued)
    );
    assert!(
        sr.codes
            .iter()
            .any(|c| c.system == CodeSystem::Hcpcs && c.code == "A9600")
    );
    let r = sr.radiation.as_ref().unwrap();
    assert_eq!((r.half_life_days, r.max_energy_mev), (50.5, Some(1.463)));
}

#[test]
fn motion_is_a_cryoablation_trial() {
    let c = catalog();
    for m in c {
        for e in &m.evidence {
            if e.name.to_uppercase().contains("MOTION") {
                assert_eq!(m.id, "cryoablation", "MOTION is filed under {}", m.id);
            }
        }
    }
    let cryo = c.get("cryoablation").unwrap();
    assert!(cryo.codes.iter().any(|k| k.code == "NCT02511678"));
}

#[test]
fn opioid_sparing_is_not_generalised() {
    let c = catalog();
    use io_pain_modalities::OpioidFinding::*;
    let sr = c.get("strontium-89-chloride").unwrap();
    assert_eq!(sr.opioid_sparing.as_ref().unwrap().finding, NotEstablished);
    // Every modality answers the source article's opioid question.
    for m in c {
        assert!(
            m.opioid_sparing.is_some(),
            "{} says nothing on opioid use",
            m.id
        );
    }
    let lu = c.lookup("Pluvicto").unwrap();
    assert_ne!(
        lu.opioid_sparing.as_ref().unwrap().finding,
        ReductionRandomised
    );
    // No modality claims a randomised opioid reduction without a randomised source.
    for m in c {
        if let Some(o) = &m.opioid_sparing
            && o.finding == ReductionRandomised
        {
            assert!(
                c.cited(&o.sources)
                    .any(|s| s.kind == SourceKind::RandomisedTrial),
                "{}",
                m.id
            );
        }
    }
}

#[test]
fn no_text_calls_anything_a_black_box_warning_outside_a_correction() {
    let c = catalog();
    for s in c.statements() {
        let lower = s.text.to_lowercase();
        if lower.contains("black box") || lower.contains("black-box") {
            assert!(
                matches!(s.field, io_pain_modalities::Field::Correction(_)),
                "{}",
                s.location()
            );
        }
    }
}

#[test]
fn no_source_is_a_raw_ip_address_or_a_known_miscitation() {
    let text = include_str!("../data/catalog.json");
    for bad in [
        "s41375-024-02444-y",
        "39356439",
        "47.251.13.51",
        "47.97.18.252",
    ] {
        assert!(!text.contains(bad), "{bad} must not be shipped");
    }
}
