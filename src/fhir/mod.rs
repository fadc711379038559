//! FHIR R5 export (feature `fhir`): the catalog as one `Bundle` of type
//! `collection`.
//!
//! A view over the catalog for health-IT systems that speak FHIR. Like every
//! export it carries [`NOTICE`]: it describes what labels,
//! guidelines and studies say and is not clinical decision support.
//!
//! ```
//! let bundle = io_pain_modalities::fhir::bundle(io_pain_modalities::catalog());
//! assert_eq!(bundle.count("ActivityDefinition"), io_pain_modalities::catalog().len());
//! let json = bundle.to_json();
//! assert!(json.contains(r#""resourceType": "Bundle""#));
//! assert!(json.contains(io_pain_modalities::NOTICE));
//! ```
//!
//! # Mapping
//!
//! | catalog | FHIR R5 |
//! |---|---|
//! | each modality | `ActivityDefinition`: `kind` `MedicationRequest` for a radiopharmaceutical therapy, `ServiceRequest` for a procedure; `description` is the summary; `relatedArtifact` cites every source the modality's statements cite; `productCodeableConcept` carries the product's ATC, NDC and HCPCS codes |
//! | each radiopharmaceutical (category `bone-seeking-radiopharmaceutical` or `radioligand-therapy`) | `MedicationKnowledge`: `code` with its ATC, NDC and HCPCS codes; `name` with brands; `indicationGuideline` pointing at its indications; `clinicalUseIssue` pointing at its precautions; the radiation physics as `definitional.drugCharacteristic` (radionuclide, emission, half-life in `d`, energy in `MeV`, range in `mm`, all UCUM) |
//! | each indication | `ClinicalUseDefinition` of type `indication`: `diseaseSymptomProcedure` coded with the indication's ICD-10-CM codes and the condition, its text the catalog's sentence; `category` the kind of use and the jurisdiction |
//! | each precaution | `ClinicalUseDefinition` of type `contraindication` (the sentence as `diseaseSymptomProcedure` text), `warning` (boxed warnings, warnings and precautions, the sentence as `warning.description`, the kind as `category`) or `undesirable-effect` (adverse effects, the sentence as `symptomConditionEffect` text) |
//! | each source | `Citation`: DOI and PMID as `citedArtifact.identifier`, the URL as `citedArtifact.webLocation`, the kind as `citedArtifact.classification` (`knowledge-artifact-type`), the verification as `classification`, the citation text as `summary`, the date checked as `lastReviewDate` and `citedArtifact.dateAccessed`, the note as `note` |
//!
//! Every resource has an `id` derived from the catalog id (the modality or
//! source id; `{modality}-{type}-{index}` for clinical uses, where the
//! index is the entry's place in `indications` or `precautions`), an
//! `identifier` naming the catalog record (`urn:io-pain-modalities:modality`,
//! `:source`, or `:statement` with the statement's location such as
//! `radiofrequency-ablation/indications[0]`), the data version, a status
//! (`active`), and the notice: in `usage` (ActivityDefinition), `purpose`
//! (Citation), or the `artifact-usage` extension. The last review date is
//! `lastReviewDate` where the resource has one; for MedicationKnowledge and
//! ClinicalUseDefinition, which are not canonical resources, the version,
//! the last review date, the notice and the citations travel in the HL7
//! artifact extensions made for that (`http://hl7.org/fhir/StructureDefinition/artifact-version`,
//! `artifact-lastReviewDate`, `artifact-usage` and `artifact-relatedArtifact`).
//!
//! Each entry's `fullUrl` is a `urn:uuid:`, the name-based UUID (version 5,
//! URL namespace) of `urn:io-pain-modalities:fhir:{resourceType}/{id}`, so
//! it is the same on every run and for every user. References inside the
//! Bundle use these URNs; ActivityDefinition and Citation, which are
//! canonical resources, use the same URN as their canonical `url`, and
//! `relatedArtifact.resource` cites a Citation by it. Code systems are named
//! by [`CodeSystem::uri`](crate::CodeSystem::uri); a coding's `display` is
//! the catalog's own wording, which may add a note to the system's title.
//! The catalog's own vocabularies are named
//! `urn:io-pain-modalities:{vocabulary}` (for example
//! `urn:io-pain-modalities:use-kind`).
//!
//! # Provenance
//!
//! In the catalog every statement cites its own sources. The mapping keeps
//! that link where one FHIR resource holds one statement:
//!
//! - **kept, statement by statement**: each ClinicalUseDefinition is one
//!   indication or one precaution; its `artifact-relatedArtifact`
//!   extensions cite exactly that statement's sources, and its
//!   `identifier` names the statement.
//! - **kept per record only**: an ActivityDefinition cites, in
//!   `relatedArtifact`, every source of every statement of its modality,
//!   and a MedicationKnowledge every source of its codes and radiation
//!   profile. Which of those sources backs the summary, or which backs
//!   one code rather than another, is lost: `relatedArtifact` belongs to
//!   the whole resource, and FHIR has no element to attach a citation to
//!   one `description` or one `coding`.
//! - **no place in these resources**: the mechanism, administration, key
//!   evidence, opioid-sparing finding, regulatory history and corrections
//!   of a modality; an indication's pain pattern, sites and tumour types;
//!   combinations and innovations; the 510(k) and NCT codes. They are not
//!   exported to FHIR (they are in the JSON export). The label's activity
//!   and schedule is left out on purpose: FHIR would put it in a dosing
//!   element, and this catalog is never a dosing tool.

mod r5;

use serde::Serialize;
use uuid::Uuid;

use crate::{
    Catalog, CodeSystem, Field, Modality, NOTICE, Precaution, PrecautionKind, Source, SourceId,
    statement::modality_statements,
};
use r5::{
    ActivityDefinition, Annotation, CharacteristicValue, Citation, CitationSummary, CitedArtifact,
    Classification, ClinicalUseDefinition, CodeableConcept, CodeableReference, Coding,
    Definitional, DrugCharacteristic, Entry, Extension, ExtensionValue, Identifier,
    IndicationGuideline, MedicationKnowledge, Quantity, Reference, RelatedArtifact, Resource,
    Situation, UndesirableEffect, WebLocation,
};

const EXT_VERSION: &str = "http://hl7.org/fhir/StructureDefinition/artifact-version";
const EXT_LAST_REVIEW: &str = "http://hl7.org/fhir/StructureDefinition/artifact-lastReviewDate";
const EXT_USAGE: &str = "http://hl7.org/fhir/StructureDefinition/artifact-usage";
const EXT_RELATED: &str = "http://hl7.org/fhir/StructureDefinition/artifact-relatedArtifact";
const PUBLICATION_STATUS: &str = "http://hl7.org/fhir/publication-status";
const CLASSIFICATION_TYPE: &str = "http://hl7.org/fhir/cited-artifact-classification-type";
const UCUM: &str = "http://unitsofmeasure.org";
const DOI_SYSTEM: &str = "https://doi.org";
const PMID_SYSTEM: &str = "https://pubmed.ncbi.nlm.nih.gov";
/// Longest FHIR resource id.
const MAX_ID: usize = 64;

/// A FHIR R5 `Bundle` of type `collection` holding the whole catalog. Build
/// it with [`bundle`]; serialise it with [`Bundle::to_json`] or serde.
///
/// ```
/// let b = io_pain_modalities::fhir::bundle(io_pain_modalities::catalog());
/// assert!(b.count("Citation") > 0);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Bundle(r5::Bundle);

/// The catalog as a FHIR R5 `Bundle` of type `collection`: an
/// ActivityDefinition per modality, a MedicationKnowledge per
/// radiopharmaceutical, a ClinicalUseDefinition per indication and per
/// precaution, and a Citation per source (see the [module
/// documentation](self) for the mapping).
///
/// ```
/// use io_pain_modalities::{catalog, fhir};
/// let b = fhir::bundle(catalog());
/// let indications: usize = catalog().iter().map(|m| m.indications.len()).sum();
/// let precautions: usize = catalog().iter().map(|m| m.precautions.len()).sum();
/// assert_eq!(b.count("ClinicalUseDefinition"), indications + precautions);
/// assert_eq!(b.count("Citation"), catalog().sources().count());
/// ```
pub fn bundle(catalog: &Catalog) -> Bundle {
    let version = Some(catalog.version().to_owned()).filter(|v| !v.is_empty());
    let mut entry = Vec::new();
    for m in catalog {
        modality_resources(m, version.as_deref(), &mut entry);
    }
    for s in catalog.sources() {
        entry.push(entry_for(Resource::Citation(citation(
            s,
            version.as_deref(),
        ))));
    }
    let id = match &version {
        Some(v) => format!("io-pain-modalities-{v}"),
        None => "io-pain-modalities".to_owned(),
    };
    Bundle(r5::Bundle {
        resource_type: "Bundle",
        id,
        kind: "collection",
        entry,
    })
}

impl Bundle {
    /// The Bundle as pretty-printed FHIR JSON.
    ///
    /// ```
    /// let json = io_pain_modalities::fhir::bundle(io_pain_modalities::catalog()).to_json();
    /// let value: serde_json::Value = serde_json::from_str(&json)?;
    /// assert_eq!(value["type"], "collection");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Plain data with string keys always serialises.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// How many resources of `resource_type` (such as `"Citation"`) the
    /// Bundle holds.
    ///
    /// ```
    /// let b = io_pain_modalities::fhir::bundle(io_pain_modalities::catalog());
    /// assert_eq!(b.count("MedicationKnowledge"), 4);
    /// assert_eq!(b.count("Patient"), 0);
    /// ```
    pub fn count(&self, resource_type: &str) -> usize {
        self.0
            .entry
            .iter()
            .filter(|e| e.resource.type_name() == resource_type)
            .count()
    }
}

/// The `urn:uuid:` that names a resource in the Bundle.
fn full_url(resource_type: &str, id: &str) -> String {
    let name = format!("urn:io-pain-modalities:fhir:{resource_type}/{id}");
    format!(
        "urn:uuid:{}",
        Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes())
    )
}

fn entry_for(resource: Resource) -> Entry {
    let id = match &resource {
        Resource::ActivityDefinition(r) => &r.id,
        Resource::MedicationKnowledge(r) => &r.id,
        Resource::ClinicalUseDefinition(r) => &r.id,
        Resource::Citation(r) => &r.id,
    };
    Entry {
        full_url: full_url(resource.type_name(), id),
        resource,
    }
}

fn reference(resource_type: &str, id: &str) -> Reference {
    Reference {
        reference: full_url(resource_type, id),
        display: None,
    }
}

/// A FHIR id (at most 64 characters) made of a catalog id and a suffix.
/// Catalog ids are already valid FHIR ids; a long one is shortened and
/// made unique again with a hash of the whole.
fn compose_id(base: &str, suffix: &str) -> String {
    let whole = format!("{base}-{suffix}");
    if whole.len() <= MAX_ID {
        return whole;
    }
    let hash = Uuid::new_v5(&Uuid::NAMESPACE_URL, whole.as_bytes()).simple();
    let hash = hash.to_string();
    let Some(keep) = MAX_ID.checked_sub(suffix.len() + 10) else {
        // A suffix too long to keep readable: the hash stands for the whole.
        return hash;
    };
    // Catalog ids are ASCII, so any cut is a character boundary.
    let head = base.get(..keep).unwrap_or(base).trim_end_matches('-');
    format!("{head}-{}-{suffix}", hash.get(..8).unwrap_or_default())
}

/// `Radiofrequency Ablation`-style computable name from a kebab-case id.
fn computable_name(id: &str) -> String {
    let mut name = String::with_capacity(id.len());
    for word in id.split('-') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
    }
    // A computable name starts with a capital letter.
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.insert(0, 'M');
    }
    name
}

/// A term of one of the catalog's own vocabularies.
fn own_code(vocabulary: &str, code: &str) -> Coding {
    Coding {
        system: format!("urn:io-pain-modalities:{vocabulary}"),
        code: code.to_owned(),
        display: None,
    }
}

fn own_coding(vocabulary: &str, code: &str) -> CodeableConcept {
    CodeableConcept {
        coding: vec![own_code(vocabulary, code)],
        text: None,
    }
}

fn text_concept(text: &str) -> CodeableConcept {
    CodeableConcept {
        coding: Vec::new(),
        text: Some(text.to_owned()),
    }
}

fn is_radiopharmaceutical(m: &Modality) -> bool {
    matches!(
        m.category,
        crate::Category::BoneSeekingRadiopharmaceutical | crate::Category::RadioligandTherapy
    )
}

/// The product codes of a radiopharmaceutical (ATC, NDC, HCPCS) with the
/// fields they come from.
fn product_codes(m: &Modality) -> impl Iterator<Item = (Field, &crate::Code)> {
    m.codes
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(
                c.system,
                CodeSystem::Atc | CodeSystem::Ndc | CodeSystem::Hcpcs
            )
        })
        .map(|(k, c)| (Field::Code(k), c))
}

fn product_concept(m: &Modality) -> CodeableConcept {
    CodeableConcept {
        coding: product_codes(m)
            .map(|(_, c)| Coding {
                system: c.system.uri().to_owned(),
                code: c.code.clone(),
                display: Some(c.display.clone()),
            })
            .collect(),
        text: Some(m.name.clone()),
    }
}

/// Citations of `sources`, each once, in the order first cited. The
/// Citation resource carries the text; the link carries only its URL.
fn cite<'a>(sources: impl IntoIterator<Item = &'a SourceId>) -> Vec<RelatedArtifact> {
    let mut seen: Vec<&str> = Vec::new();
    for id in sources {
        if !seen.contains(&id.as_str()) {
            seen.push(id.as_str());
        }
    }
    seen.into_iter()
        .map(|id| RelatedArtifact {
            kind: "citation",
            resource: full_url("Citation", id),
        })
        .collect()
}

/// The artifact extensions of a non-canonical resource.
fn artifact_extensions(
    version: Option<&str>,
    last_reviewed: String,
    citations: Vec<RelatedArtifact>,
) -> Vec<Extension> {
    let mut ext = Vec::new();
    if let Some(v) = version {
        ext.push(Extension {
            url: EXT_VERSION,
            value: ExtensionValue::String(v.to_owned()),
        });
    }
    ext.push(Extension {
        url: EXT_LAST_REVIEW,
        value: ExtensionValue::Date(last_reviewed),
    });
    ext.push(Extension {
        url: EXT_USAGE,
        value: ExtensionValue::Markdown(NOTICE.to_owned()),
    });
    ext.extend(citations.into_iter().map(|c| Extension {
        url: EXT_RELATED,
        value: ExtensionValue::RelatedArtifact(c),
    }));
    ext
}

fn modality_resources(m: &Modality, version: Option<&str>, out: &mut Vec<Entry>) {
    let radiopharmaceutical = is_radiopharmaceutical(m);
    let mut all_sources = Vec::new();
    modality_statements(m, |_, _, sources| all_sources.extend(sources));
    let identifier = vec![Identifier {
        system: "urn:io-pain-modalities:modality".to_owned(),
        value: m.id.to_string(),
    }];
    out.push(entry_for(Resource::ActivityDefinition(
        ActivityDefinition {
            id: m.id.to_string(),
            url: full_url("ActivityDefinition", m.id.as_str()),
            identifier: identifier.clone(),
            version: version.map(str::to_owned),
            name: computable_name(m.id.as_str()),
            title: m.name.clone(),
            status: "active",
            description: m.summary.text.clone(),
            usage: NOTICE,
            last_review_date: m.last_reviewed.to_string(),
            related_artifact: cite(all_sources),
            kind: if radiopharmaceutical {
                "MedicationRequest"
            } else {
                "ServiceRequest"
            },
            code: CodeableConcept {
                coding: vec![Coding {
                    system: "urn:io-pain-modalities:modality".to_owned(),
                    code: m.id.to_string(),
                    display: Some(m.name.clone()),
                }],
                text: Some(m.name.clone()),
            },
            product_codeable_concept: radiopharmaceutical.then(|| product_concept(m)),
        },
    )));

    let subject = vec![reference("ActivityDefinition", m.id.as_str())];
    let uses: Vec<(String, ClinicalUseDefinition)> = m
        .indications
        .iter()
        .map(|ind| {
            let id = compose_id(m.id.as_str(), ind.id.as_str());
            let mut coding: Vec<Coding> = ind
                .codes
                .iter()
                .filter(|c| c.system == CodeSystem::Icd10Cm)
                .map(|c| Coding {
                    system: c.system.uri().to_owned(),
                    code: c.code.clone(),
                    display: Some(c.display.clone()),
                })
                .collect();
            coding.push(own_code("condition", ind.condition.as_str()));
            // The codes are statements of their own: the indication cites
            // their sources too.
            let sources = ind
                .sources
                .iter()
                .chain(ind.codes.iter().flat_map(|c| &c.sources));
            let cud = ClinicalUseDefinition {
                id: id.clone(),
                extension: artifact_extensions(version, m.last_reviewed.to_string(), cite(sources)),
                identifier: statement_identifier(m, ind.id.as_str()),
                kind: "indication",
                category: vec![
                    own_coding("use-kind", ind.use_kind.as_str()),
                    own_coding("jurisdiction", ind.jurisdiction.as_str()),
                ],
                subject: subject.clone(),
                status: active_status(),
                contraindication: None,
                indication: Some(Situation {
                    disease_symptom_procedure: CodeableReference {
                        concept: Some(CodeableConcept {
                            coding,
                            text: Some(ind.text.clone()),
                        }),
                        reference: None,
                    },
                }),
                undesirable_effect: None,
                warning: None,
            };
            (id, cud)
        })
        .collect();
    let cautions: Vec<(String, ClinicalUseDefinition)> = m
        .precautions
        .iter()
        .map(|p| precaution(m, p, version, &subject))
        .collect();

    if radiopharmaceutical {
        let mut sources: Vec<&SourceId> = product_codes(m).flat_map(|(_, c)| &c.sources).collect();
        if let Some(r) = &m.radiation {
            sources.extend(&r.sources);
        }
        let mut name = vec![m.name.clone()];
        name.extend(m.brands.iter().cloned());
        out.push(entry_for(Resource::MedicationKnowledge(
            MedicationKnowledge {
                id: m.id.to_string(),
                extension: artifact_extensions(version, m.last_reviewed.to_string(), cite(sources)),
                identifier,
                code: product_concept(m),
                status: "active",
                name,
                indication_guideline: uses
                    .iter()
                    .map(|(id, _)| IndicationGuideline {
                        indication: vec![CodeableReference {
                            concept: None,
                            reference: Some(reference("ClinicalUseDefinition", id)),
                        }],
                    })
                    .collect(),
                clinical_use_issue: cautions
                    .iter()
                    .map(|(id, _)| reference("ClinicalUseDefinition", id))
                    .collect(),
                definitional: m.radiation.as_ref().map(radiation),
            },
        )));
    }
    for (_, cud) in uses.into_iter().chain(cautions) {
        out.push(entry_for(Resource::ClinicalUseDefinition(cud)));
    }
}

/// A statement's business identifier: its record's id and its stable
/// statement id, which survive reordering and removal of other statements.
fn statement_identifier(m: &Modality, statement: &str) -> Vec<Identifier> {
    vec![Identifier {
        system: "urn:io-pain-modalities:statement".to_owned(),
        value: format!("{}/{statement}", m.id),
    }]
}

fn active_status() -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: PUBLICATION_STATUS.to_owned(),
            code: "active".to_owned(),
            display: Some("Active".to_owned()),
        }],
        text: None,
    }
}

fn precaution(
    m: &Modality,
    p: &Precaution,
    version: Option<&str>,
    subject: &[Reference],
) -> (String, ClinicalUseDefinition) {
    let kind = match p.kind {
        PrecautionKind::Contraindication => "contraindication",
        PrecautionKind::AdverseEffect => "undesirable-effect",
        // Boxed warnings, warnings and precautions; the category keeps
        // which.
        _ => "warning",
    };
    let id = compose_id(m.id.as_str(), p.id.as_str());
    let concept = CodeableReference {
        concept: Some(text_concept(&p.text)),
        reference: None,
    };
    let cud = ClinicalUseDefinition {
        id: id.clone(),
        extension: artifact_extensions(version, m.last_reviewed.to_string(), cite(&p.sources)),
        identifier: statement_identifier(m, p.id.as_str()),
        kind,
        category: vec![own_coding("precaution-kind", p.kind.as_str())],
        subject: subject.to_vec(),
        status: active_status(),
        contraindication: (kind == "contraindication").then(|| Situation {
            disease_symptom_procedure: concept.clone(),
        }),
        indication: None,
        undesirable_effect: (kind == "undesirable-effect").then(|| UndesirableEffect {
            symptom_condition_effect: concept.clone(),
        }),
        warning: (kind == "warning").then(|| r5::Warning {
            description: p.text.clone(),
        }),
    };
    (id, cud)
}

fn radiation(r: &crate::Radiation) -> Definitional {
    let quantity = |value: f64, unit: &'static str| {
        CharacteristicValue::Quantity(Quantity {
            value,
            unit,
            system: UCUM,
            code: unit,
        })
    };
    let mut drug_characteristic = vec![
        DrugCharacteristic {
            kind: text_concept("radionuclide"),
            value: CharacteristicValue::String(r.radionuclide.clone()),
        },
        DrugCharacteristic {
            kind: text_concept("therapeutic emission"),
            value: CharacteristicValue::CodeableConcept(own_coding(
                "emission",
                r.emission.as_str(),
            )),
        },
        DrugCharacteristic {
            kind: text_concept("physical half-life"),
            value: quantity(r.half_life_days, "d"),
        },
    ];
    if let Some(mev) = r.max_energy_mev {
        drug_characteristic.push(DrugCharacteristic {
            kind: text_concept("maximum energy of the therapeutic emission"),
            value: quantity(mev, "MeV"),
        });
    }
    if let Some(mm) = r.max_range_mm {
        drug_characteristic.push(DrugCharacteristic {
            kind: text_concept("maximum range in tissue"),
            value: quantity(mm, "mm"),
        });
    }
    Definitional {
        drug_characteristic,
    }
}

fn citation(s: &Source, version: Option<&str>) -> Citation {
    let mut identifier = Vec::new();
    if let Some(doi) = &s.doi {
        identifier.push(Identifier {
            system: DOI_SYSTEM.to_owned(),
            value: doi.to_string(),
        });
    }
    if let Some(pmid) = &s.pmid {
        identifier.push(Identifier {
            system: PMID_SYSTEM.to_owned(),
            value: pmid.to_string(),
        });
    }
    Citation {
        id: s.id.to_string(),
        url: full_url("Citation", s.id.as_str()),
        identifier: vec![Identifier {
            system: "urn:io-pain-modalities:source".to_owned(),
            value: s.id.to_string(),
        }],
        version: version.map(str::to_owned),
        status: "active",
        purpose: NOTICE,
        last_review_date: s.checked.to_string(),
        summary: vec![CitationSummary {
            text: s.citation.clone(),
        }],
        classification: vec![Classification {
            kind: text_concept("verification"),
            classifier: vec![own_coding("verification", s.verification.as_str())],
        }],
        note: s
            .note
            .iter()
            .map(|text| Annotation { text: text.clone() })
            .collect(),
        cited_artifact: CitedArtifact {
            identifier,
            date_accessed: s.checked.to_string(),
            web_location: s
                .url
                .iter()
                .map(|u| WebLocation { url: u.to_string() })
                .collect(),
            classification: vec![Classification {
                kind: CodeableConcept {
                    coding: vec![Coding {
                        system: CLASSIFICATION_TYPE.to_owned(),
                        code: "knowledge-artifact-type".to_owned(),
                        display: Some("Knowledge Artifact Type".to_owned()),
                    }],
                    text: None,
                },
                classifier: vec![own_coding("source-kind", s.kind.as_str())],
            }],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_fit_fhir_and_stay_unique_when_shortened() {
        let long = "a".repeat(64);
        let one = compose_id(&long, "indication-0");
        let two = compose_id(&format!("{}b", "a".repeat(63)), "indication-0");
        assert!(one.len() <= MAX_ID && two.len() <= MAX_ID, "{one} {two}");
        assert_ne!(one, two);
        assert!(one.ends_with("-indication-0"));
        assert_eq!(compose_id("rfa", "warning-2"), "rfa-warning-2");
    }

    #[test]
    fn full_urls_are_stable_name_based_uuids() {
        let a = full_url("Citation", "dupuy-2010");
        assert_eq!(a, full_url("Citation", "dupuy-2010"));
        assert_ne!(a, full_url("ActivityDefinition", "dupuy-2010"));
        // Version 5 (name-based, SHA-1).
        assert_eq!(a.as_bytes()[23], b'5', "{a}");
    }

    #[test]
    fn computable_names_follow_the_fhir_rule() {
        assert_eq!(
            computable_name("radiofrequency-ablation"),
            "RadiofrequencyAblation"
        );
        assert_eq!(computable_name("177lu-psma"), "M177luPsma");
    }
}
