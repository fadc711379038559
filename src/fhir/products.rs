//! A radiopharmaceutical as products: a `MedicinalProductDefinition` (the
//! product ClinicalUseDefinition.subject may name, with its ATC class and
//! HCPCS billing codes), a `PackagedProductDefinition` per NDC package
//! code, and a `MedicationKnowledge` that links them to its clinical uses
//! and carries the radiation physics.

use super::artifact::{active_status, cite, extensions, text_concept};
use super::ids::{compose_id, identifier, reference};
use super::narrative::Text;
use super::r5::{
    CharacteristicValue, CodeableConcept, CodeableReference, Definitional, DrugCharacteristic,
    IndicationGuideline, MedicationKnowledge, MedicinalProductDefinition, MedicineClassification,
    PackagedProductDefinition, Packaging, ProductName, Quantity, Reference, Resource,
};
use super::terminology::{characteristic, external, own_concept};
use super::{Context, Use};
use crate::{Code, CodeSystem, Modality, SourceId};

const UCUM: &str = "http://unitsofmeasure.org";

fn codes_of(m: &Modality, system: CodeSystem) -> impl Iterator<Item = &Code> {
    m.codes.iter().filter(move |c| c.system == system)
}

/// The systems that code a medicine or its packages and billing.
fn is_product_code(system: CodeSystem) -> bool {
    matches!(
        system,
        CodeSystem::Atc | CodeSystem::Ndc | CodeSystem::Hcpcs | CodeSystem::Rxnorm
    )
}

fn atc_concepts(m: &Modality) -> Vec<CodeableConcept> {
    codes_of(m, CodeSystem::Atc)
        .map(|c| CodeableConcept {
            coding: vec![external(c)],
            text: None,
        })
        .collect()
}

/// The narrative of a product: its names and every code with the
/// catalog's note on it.
fn product_text(kind: &str, m: &Modality) -> Text {
    let mut text = Text::new(format!("{} ({kind})", m.name));
    if !m.brands.is_empty() {
        text = text.row("Brands", m.brands.join(", "));
    }
    for c in m.codes.iter().filter(|c| is_product_code(c.system)) {
        text = text.row(
            format!("{} {}", c.system.label(), c.code),
            format!("{} (catalog wording)", c.display),
        );
    }
    text.row("Catalog id", m.id.to_string())
}

fn package_id(m: &Modality, c: &Code) -> String {
    compose_id(m.id.as_str(), &c.key())
}

/// The product resources of a radiopharmaceutical, given the ids of its
/// indications and of its other clinical uses.
pub(crate) fn product_resources(m: &Modality, uses: &[Use], cx: &Context) -> Vec<Resource> {
    let version = cx.version.as_deref();
    let reviewed = m.last_reviewed.to_string();
    let mut out = Vec::new();
    let product = reference("MedicinalProductDefinition", m.id.as_str());
    let mut names = vec![ProductName {
        product_name: m.name.clone(),
    }];
    names.extend(m.brands.iter().map(|b| ProductName {
        product_name: b.clone(),
    }));
    let product_sources = [CodeSystem::Atc, CodeSystem::Hcpcs]
        .into_iter()
        .flat_map(|s| codes_of(m, s))
        .flat_map(|c| &c.sources);
    out.push(Resource::MedicinalProductDefinition(
        MedicinalProductDefinition {
            id: m.id.to_string(),
            text: product_text("medicinal product", m).build(),
            extension: extensions(version, reviewed.clone(), cite(product_sources)),
            identifier: identifier("product", m.id.to_string()),
            status: active_status(),
            classification: atc_concepts(m),
            code: codes_of(m, CodeSystem::Hcpcs).map(external).collect(),
            name: names,
        },
    ));
    let mut packages = Vec::new();
    for c in codes_of(m, CodeSystem::Ndc) {
        let id = package_id(m, c);
        let text = Text::new(format!("{} (package NDC {})", m.name, c.code))
            .para(c.display.clone())
            .row("NDC", c.code.clone());
        out.push(Resource::PackagedProductDefinition(
            PackagedProductDefinition {
                id: id.clone(),
                text: text.build(),
                extension: extensions(version, reviewed.clone(), cite(&c.sources)),
                identifier: vec![super::r5::Identifier {
                    system: c.system.uri().to_owned(),
                    value: c.code.clone(),
                }],
                package_for: vec![product.clone()],
                status: active_status(),
                description: c.display.clone(),
            },
        ));
        packages.push(Packaging {
            packaged_product: reference("PackagedProductDefinition", &id),
        });
    }
    out.push(Resource::MedicationKnowledge(medication_knowledge(
        m, uses, packages, product, cx,
    )));
    out
}

fn medication_knowledge(
    m: &Modality,
    uses: &[Use],
    packaging: Vec<Packaging>,
    product: Reference,
    cx: &Context,
) -> MedicationKnowledge {
    let mut sources: Vec<&SourceId> = m
        .codes
        .iter()
        .filter(|c| is_product_code(c.system))
        .flat_map(|c| &c.sources)
        .collect();
    if let Some(r) = &m.radiation {
        sources.extend(&r.sources);
    }
    let mut name = vec![m.name.clone()];
    name.extend(m.brands.iter().cloned());
    let atc = atc_concepts(m);
    let mut text = product_text("medication knowledge", m);
    if let Some(r) = &m.radiation {
        text = text
            .row("Radionuclide", r.radionuclide.clone())
            .row("Therapeutic emission", r.emission.label())
            .row("Physical half-life", format!("{} d", r.half_life_days))
            .row_if(
                "Maximum energy",
                r.max_energy_mev.map(|e| format!("{e} MeV")),
            )
            .row_if(
                "Maximum range in tissue",
                r.max_range_mm.map(|e| format!("{e} mm")),
            );
    }
    MedicationKnowledge {
        id: m.id.to_string(),
        text: text.build(),
        extension: extensions(
            cx.version.as_deref(),
            m.last_reviewed.to_string(),
            cite(sources),
        ),
        identifier: identifier("modality", m.id.to_string()),
        code: CodeableConcept {
            coding: codes_of(m, CodeSystem::Rxnorm).map(external).collect(),
            text: Some(m.name.clone()),
        },
        status: "active",
        name,
        indication_guideline: uses
            .iter()
            .filter(|u| u.indication)
            .map(|u| IndicationGuideline {
                indication: vec![CodeableReference {
                    concept: None,
                    reference: Some(reference("ClinicalUseDefinition", &u.id)),
                }],
            })
            .collect(),
        medicine_classification: (!atc.is_empty())
            .then(|| MedicineClassification {
                kind: text_concept("Anatomical Therapeutic Chemical (ATC) classification"),
                classification: atc,
            })
            .into_iter()
            .collect(),
        packaging,
        clinical_use_issue: uses
            .iter()
            .filter(|u| !u.indication)
            .map(|u| reference("ClinicalUseDefinition", &u.id))
            .collect(),
        definitional: Definitional {
            definition: vec![product],
            drug_characteristic: m.radiation.as_ref().map(radiation).unwrap_or_default(),
        },
    }
}

fn radiation(r: &crate::Radiation) -> Vec<DrugCharacteristic> {
    let quantity = |value: f64, unit: &'static str| {
        CharacteristicValue::Quantity(Quantity {
            value,
            unit,
            system: UCUM,
            code: unit,
        })
    };
    let mut out = vec![
        DrugCharacteristic {
            kind: characteristic("radionuclide"),
            value: CharacteristicValue::String(r.radionuclide.clone()),
        },
        DrugCharacteristic {
            kind: characteristic("emission"),
            value: CharacteristicValue::CodeableConcept(own_concept(r.emission)),
        },
        DrugCharacteristic {
            kind: characteristic("half-life"),
            value: quantity(r.half_life_days, "d"),
        },
    ];
    if let Some(mev) = r.max_energy_mev {
        out.push(DrugCharacteristic {
            kind: characteristic("max-energy"),
            value: quantity(mev, "MeV"),
        });
    }
    if let Some(mm) = r.max_range_mm {
        out.push(DrugCharacteristic {
            kind: characteristic("max-range"),
            value: quantity(mm, "mm"),
        });
    }
    out
}
