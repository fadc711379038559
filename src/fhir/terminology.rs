//! Codings, and the catalog's own vocabularies as CodeSystem resources.
//!
//! A coding of one of our code systems carries the vocabulary's label as
//! `display`: there the label is the system's own text. A coding of an
//! external system carries no `display` (see the module documentation of
//! [`crate::fhir`] for the reasons, system by system).

use strum::VariantArray;

use super::Context;
use super::ids::{code_system, computable_name};
use super::narrative::Text;
use super::r5::{CodeSystem, CodeableConcept, Coding, Concept};
use crate::{
    Catalog, Code, Condition, Emission, Jurisdiction, NOTICE, PrecautionKind, SourceKind, UseKind,
    Verification, Vocabulary,
};

/// A vocabulary of the crate published as a CodeSystem.
pub(crate) trait Own: Vocabulary + VariantArray {
    /// The last segment of the system's canonical URL.
    const SYSTEM: &'static str;
    /// The CodeSystem's title.
    const TITLE: &'static str;
    /// The term's documentation, the concept's definition.
    fn definition(self) -> &'static str;
}

macro_rules! own {
    ($($ty:ty => $system:literal, $title:literal;)+) => {
        $(impl Own for $ty {
            const SYSTEM: &'static str = $system;
            const TITLE: &'static str = $title;
            fn definition(self) -> &'static str {
                <$ty>::definition(self)
            }
        })+
    };
}

own! {
    Condition => "condition", "Conditions an indication is for";
    UseKind => "use-kind", "Standing of an indication (kind of use)";
    Jurisdiction => "jurisdiction", "Regulators and areas a statement applies to";
    PrecautionKind => "precaution-kind", "Kinds of caution";
    SourceKind => "source-kind", "Kinds of bibliographic source";
    Verification => "verification", "How a source was checked";
    Emission => "emission", "Therapeutic emissions of a radionuclide";
}

/// The system of the catalog's modalities (`ActivityDefinition.code`).
pub(crate) const MODALITY: &str = "modality";
/// The system naming the kinds of radiation characteristic of a
/// radiopharmaceutical (`MedicationKnowledge.definitional.drugCharacteristic.type`).
pub(crate) const DRUG_CHARACTERISTIC: &str = "drug-characteristic";

/// The drug characteristics the export states: code, display, definition.
pub(crate) const DRUG_CHARACTERISTICS: [(&str, &str, &str); 5] = [
    (
        "radionuclide",
        "Radionuclide",
        "The radioactive isotope the medicine carries.",
    ),
    (
        "emission",
        "Therapeutic emission",
        "The radiation the radionuclide emits for therapy.",
    ),
    (
        "half-life",
        "Physical half-life",
        "The physical half-life of the radionuclide.",
    ),
    (
        "max-energy",
        "Maximum energy of the therapeutic emission",
        "The maximum energy of the therapeutic emission.",
    ),
    (
        "max-range",
        "Maximum range in tissue",
        "The maximum range of the therapeutic emission in soft tissue.",
    ),
];

/// A term of one of our vocabularies, with its label as display.
pub(crate) fn own<T: Own>(term: T) -> Coding {
    Coding {
        system: code_system(T::SYSTEM),
        code: term.as_str().to_owned(),
        display: Some(term.label().to_owned()),
    }
}

/// A concept holding one term of our vocabularies.
pub(crate) fn own_concept<T: Own>(term: T) -> CodeableConcept {
    CodeableConcept {
        coding: vec![own(term)],
        text: None,
    }
}

/// A drug characteristic kind (one of [`DRUG_CHARACTERISTICS`]).
pub(crate) fn characteristic(code: &str) -> CodeableConcept {
    let display = DRUG_CHARACTERISTICS
        .iter()
        .find(|(c, ..)| *c == code)
        .map(|(_, d, _)| (*d).to_owned());
    CodeableConcept {
        coding: vec![Coding {
            system: code_system(DRUG_CHARACTERISTIC),
            code: code.to_owned(),
            display,
        }],
        text: None,
    }
}

/// A code of an external system as the system writes it: the code under
/// the HL7 system URI, no display (the catalog's `display` is our wording,
/// which goes into the narrative).
pub(crate) fn external(code: &Code) -> Coding {
    Coding {
        system: code.system.uri().to_owned(),
        code: code.code.clone(),
        display: None,
    }
}

/// A CodeSystem resource with every concept, `content` `complete`.
fn code_system_resource(
    cx: &Context,
    name: &str,
    title: &str,
    description: &str,
    concept: Vec<Concept>,
) -> CodeSystem {
    let url = code_system(name);
    let mut text = Text::new(title)
        .para(description)
        .row("Canonical URL", url.clone());
    for c in &concept {
        text = text.row(c.code.clone(), c.display.clone());
    }
    CodeSystem {
        id: name.to_owned(),
        text: text.build(),
        meta: cx.shareable(
            url,
            computable_name(name),
            title,
            cx.date.clone(),
            description,
        ),
        purpose: NOTICE,
        case_sensitive: true,
        content: "complete",
        count: concept.len(),
        concept,
    }
}

fn vocabulary<T: Own>(cx: &Context) -> CodeSystem {
    let concept = T::VARIANTS
        .iter()
        .map(|t| Concept {
            code: t.as_str().to_owned(),
            display: t.label().to_owned(),
            definition: Some(t.definition().to_owned()),
        })
        .collect();
    let description = format!(
        "The io-pain-modalities vocabulary of the {}: each term's kebab-case name as code, its label as display, its documentation as definition.",
        T::WHAT
    );
    code_system_resource(cx, T::SYSTEM, T::TITLE, &description, concept)
}

/// Every CodeSystem of the export: the vocabularies the resources use,
/// the catalog's modalities and the drug characteristics.
pub(crate) fn code_systems(catalog: &Catalog, cx: &Context) -> Vec<CodeSystem> {
    let modalities = catalog
        .iter()
        .map(|m| Concept {
            code: m.id.to_string(),
            display: m.name.clone(),
            definition: Some(m.summary.text.clone()),
        })
        .collect();
    let characteristics = DRUG_CHARACTERISTICS
        .iter()
        .map(|(code, display, definition)| Concept {
            code: (*code).to_owned(),
            display: (*display).to_owned(),
            definition: Some((*definition).to_owned()),
        })
        .collect();
    vec![
        vocabulary::<Condition>(cx),
        vocabulary::<UseKind>(cx),
        vocabulary::<Jurisdiction>(cx),
        vocabulary::<PrecautionKind>(cx),
        vocabulary::<SourceKind>(cx),
        vocabulary::<Verification>(cx),
        vocabulary::<Emission>(cx),
        code_system_resource(
            cx,
            MODALITY,
            "Modalities of the io-pain-modalities catalog",
            "The catalog's modalities: each modality's id as code, its name as display, its summary as definition.",
            modalities,
        ),
        code_system_resource(
            cx,
            DRUG_CHARACTERISTIC,
            "Radiation characteristics of a radiopharmaceutical",
            "The kinds of radiation characteristic the export states for a radiopharmaceutical.",
            characteristics,
        ),
    ]
}
