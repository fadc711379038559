//! Every vocabulary term has one name: Display, FromStr, IntoStaticStr and
//! serde agree, and unknown terms are rejected with a message that lists
//! the known ones.

use io_pain_modalities::{
    AnatomicSite, Category, CodeSystem, Condition, Emission, EvidenceLevel, Imaging, Jurisdiction,
    Lifecycle, OpioidFinding, PainPattern, PrecautionKind, RegulatoryStatus, Route, SourceKind,
    TumourType, UseKind, Verification, Vocabulary,
};

fn round_trips<T>()
where
    T: std::fmt::Display
        + std::str::FromStr<Err = io_pain_modalities::Error>
        + serde::Serialize
        + serde::de::DeserializeOwned
        + PartialEq
        + std::fmt::Debug
        + Copy
        + Into<&'static str>
        + Vocabulary,
{
    assert!(!T::ALL.is_empty());
    for &v in T::ALL {
        let shown = v.to_string();
        assert!(!shown.is_empty());
        assert!(
            shown
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{shown} is not kebab-case"
        );
        let s: &'static str = v.into();
        assert_eq!(s, shown);
        assert_eq!(shown.parse::<T>().ok(), Some(v), "FromStr({shown})");
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, format!("\"{shown}\""));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
    }
    let mut labels: Vec<&str> = T::ALL.iter().map(|v| v.label()).collect();
    for label in &labels {
        let first = label.chars().next().unwrap();
        assert!(
            first.is_uppercase() || first.is_ascii_digit(),
            "{} label {label:?} does not start with a capital",
            T::WHAT
        );
        assert_eq!(label.trim(), *label);
    }
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(
        labels.len(),
        T::ALL.len(),
        "{}: two terms share a label",
        T::WHAT
    );
    let err = "no-such-term".parse::<T>().unwrap_err().to_string();
    assert!(err.contains("\"no-such-term\""), "{err}");
    let first = T::ALL[0].to_string();
    assert!(err.contains(&first), "{err} should list {first}");
}

#[test]
fn every_vocabulary_has_one_name_per_term() {
    round_trips::<AnatomicSite>();
    round_trips::<Category>();
    round_trips::<CodeSystem>();
    round_trips::<Condition>();
    round_trips::<Emission>();
    round_trips::<EvidenceLevel>();
    round_trips::<Imaging>();
    round_trips::<Jurisdiction>();
    round_trips::<Lifecycle>();
    round_trips::<OpioidFinding>();
    round_trips::<PainPattern>();
    round_trips::<PrecautionKind>();
    round_trips::<RegulatoryStatus>();
    round_trips::<Route>();
    round_trips::<SourceKind>();
    round_trips::<TumourType>();
    round_trips::<UseKind>();
    round_trips::<Verification>();
}

#[test]
fn code_system_names_and_uris() {
    assert_eq!(CodeSystem::Icd10Cm.to_string(), "icd-10-cm");
    assert_eq!(CodeSystem::Fda510k.to_string(), "fda-510k");
    for &s in CodeSystem::ALL {
        assert!(
            s.uri().starts_with("http") || s.uri().starts_with("urn:"),
            "{s}"
        );
    }
}

#[test]
fn code_formats() {
    let ok = [
        (CodeSystem::Icd10Cm, "C79.51"),
        (CodeSystem::Icd10Cm, "M48.50XA"),
        (CodeSystem::Icd10Cm, "M84.58"),
        (CodeSystem::Hcpcs, "A9607"),
        (CodeSystem::Atc, "V10BX01"),
        (CodeSystem::Ndc, "69488-010-61"),
        (CodeSystem::Icd10Pcs, "DP220ZZ"),
        (CodeSystem::FdaPma, "P860004"),
        (CodeSystem::FdaPma, "P860004/S123"),
        (CodeSystem::NciThesaurus, "C15313"),
        (CodeSystem::Rxnorm, "1489883"),
        (CodeSystem::Ndc, "65909-089-01"),
        (CodeSystem::Ndc, "0069-0688-01"),
        (CodeSystem::Icd10Cm, "C61"),
        (CodeSystem::Fda510k, "K161949"),
        (CodeSystem::Nct, "NCT03511664"),
    ];
    for (system, code) in ok {
        assert!(system.check(code).is_ok(), "{system} {code}");
    }
    let bad = [
        (CodeSystem::Icd10Cm, "c79.51"),
        (CodeSystem::Icd10Cm, "C79."),
        (CodeSystem::Icd10Cm, "C7951234"),
        (CodeSystem::Hcpcs, "A960"),
        (CodeSystem::Atc, "V10BX1"),
        (CodeSystem::Ndc, "6948800106"),
        // The 11-digit billing form is not the NDC's own.
        (CodeSystem::Ndc, "69488-0010-61"),
        (CodeSystem::Icd10Pcs, "DP220Z"),
        (CodeSystem::Icd10Pcs, "DP2I0ZZ"),
        (CodeSystem::FdaPma, "K860004"),
        (CodeSystem::FdaPma, "P86000"),
        (CodeSystem::NciThesaurus, "15313"),
        (CodeSystem::Rxnorm, "01489"),
        (CodeSystem::Ndc, "12345-123-1"),
        (CodeSystem::Ndc, "1234-5678-90-1"),
        (CodeSystem::Ndc, "1234--90"),
        (CodeSystem::Fda510k, "P110039"),
        (CodeSystem::Nct, "NCT123"),
        (CodeSystem::Hcpcs, ""),
    ];
    for (system, code) in bad {
        let err = system.check(code).unwrap_err().to_string();
        assert!(err.contains(&format!("{code:?}")), "{err}");
    }
}

#[test]
fn ordering_of_lifecycle_reads_from_most_to_least_established() {
    assert!(Lifecycle::Established < Lifecycle::Emerging);
    assert!(Lifecycle::Emerging < Lifecycle::Investigational);
}

#[test]
fn labels_read_as_people_write() {
    assert_eq!(
        Condition::MalignantVertebralCompressionFracture.label(),
        "Malignant vertebral compression fracture"
    );
    assert_eq!(UseKind::GuidelineSupported.label(), "Guideline-supported");
    assert_eq!(Category::ThermalAblation.label(), "Thermal ablation");
    assert_eq!(Imaging::Ct.label(), "CT");
    // Display and serde keep the machine name.
    assert_eq!(Category::ThermalAblation.to_string(), "thermal-ablation");
}
