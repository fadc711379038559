//! Human labels for vocabulary terms, until the vocabularies carry their own.
//!
//! Temporary: `main` is adding `label()` to every vocabulary enum; when it
//! lands this module goes and the templates call the enums' own method.

use std::borrow::Cow;

/// A human label for a kebab-case vocabulary term.
pub(crate) trait Label {
    /// The label people read, such as "Thermal ablation".
    fn label(self) -> Cow<'static, str>;
}

/// Words that keep their capitals.
const UPPER: &[&str] = &[
    "us", "eu", "uk", "ct", "mri", "ai", "psma", "atc", "ndc", "nct", "hcpcs",
];

fn humanize(term: &'static str) -> Cow<'static, str> {
    match term {
        "icd-10-cm" => return "ICD-10-CM".into(),
        "fda-510k" => return "FDA 510(k)".into(),
        _ => {}
    }
    let mut out = String::with_capacity(term.len());
    for (i, word) in term.split('-').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if UPPER.contains(&word) {
            out.push_str(&word.to_ascii_uppercase());
        } else if i == 0 {
            let mut chars = word.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(word);
        }
    }
    // "Guideline supported" reads better with its hyphen.
    out.replace("Guideline supported", "Guideline-supported")
        .replace("Off label", "Off-label")
        .replace("Single arm", "Single-arm")
        .into()
}

macro_rules! labels {
    ($($ty:ty),* $(,)?) => {
        $(impl Label for $ty {
            fn label(self) -> Cow<'static, str> {
                humanize(self.as_str())
            }
        })*
    };
}

labels!(
    crate::Category,
    crate::Lifecycle,
    crate::PainPattern,
    crate::Condition,
    crate::AnatomicSite,
    crate::TumourType,
    crate::UseKind,
    crate::Jurisdiction,
    crate::RegulatoryStatus,
    crate::SourceKind,
    crate::PrecautionKind,
    crate::Route,
    crate::Imaging,
    crate::Verification,
    crate::CodeSystem,
    crate::OpioidFinding,
    crate::Emission,
    crate::EvidenceLevel,
);
