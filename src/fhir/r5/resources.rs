//! The R5 resources of the export, each with the elements it fills.

use serde::Serialize;

use super::{
    Annotation, CodeableConcept, CodeableReference, Coding, Extension, Identifier, Narrative,
    Quantity, Reference, RelatedArtifact, Shareable,
};

// ActivityDefinition.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ActivityDefinition {
    pub id: String,
    pub text: Narrative,
    #[serde(flatten)]
    pub meta: Shareable,
    pub usage: &'static str,
    pub last_review_date: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_artifact: Vec<RelatedArtifact>,
    pub kind: &'static str,
    pub code: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_codeable_concept: Option<CodeableConcept>,
}

// MedicinalProductDefinition and PackagedProductDefinition.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicinalProductDefinition {
    pub id: String,
    pub text: Narrative,
    pub extension: Vec<Extension>,
    pub identifier: Vec<Identifier>,
    pub status: CodeableConcept,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub classification: Vec<CodeableConcept>,
    /// Codes the product is known by outside its regulator (HCPCS).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub code: Vec<Coding>,
    pub name: Vec<ProductName>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ProductName {
    pub product_name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PackagedProductDefinition {
    pub id: String,
    pub text: Narrative,
    pub extension: Vec<Extension>,
    pub identifier: Vec<Identifier>,
    pub package_for: Vec<Reference>,
    pub status: CodeableConcept,
    pub description: String,
}

// MedicationKnowledge.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicationKnowledge {
    pub id: String,
    pub text: Narrative,
    pub extension: Vec<Extension>,
    pub identifier: Vec<Identifier>,
    pub code: CodeableConcept,
    pub status: &'static str,
    pub name: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indication_guideline: Vec<IndicationGuideline>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub medicine_classification: Vec<MedicineClassification>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub packaging: Vec<Packaging>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clinical_use_issue: Vec<Reference>,
    pub definitional: Definitional,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct IndicationGuideline {
    pub indication: Vec<CodeableReference>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct MedicineClassification {
    #[serde(rename = "type")]
    pub kind: CodeableConcept,
    pub classification: Vec<CodeableConcept>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Packaging {
    pub packaged_product: Reference,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Definitional {
    pub definition: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drug_characteristic: Vec<DrugCharacteristic>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct DrugCharacteristic {
    #[serde(rename = "type")]
    pub kind: CodeableConcept,
    #[serde(flatten)]
    pub value: CharacteristicValue,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) enum CharacteristicValue {
    #[serde(rename = "valueString")]
    String(String),
    #[serde(rename = "valueCodeableConcept")]
    CodeableConcept(CodeableConcept),
    #[serde(rename = "valueQuantity")]
    Quantity(Quantity),
}

// ClinicalUseDefinition.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ClinicalUseDefinition {
    pub id: String,
    pub text: Narrative,
    pub extension: Vec<Extension>,
    pub identifier: Vec<Identifier>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    pub subject: Vec<Reference>,
    pub status: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contraindication: Option<Situation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indication: Option<Situation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undesirable_effect: Option<UndesirableEffect>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
}

/// `ClinicalUseDefinition.indication` and `.contraindication`, as far as
/// the export fills them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Situation {
    pub disease_symptom_procedure: CodeableReference,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UndesirableEffect {
    pub symptom_condition_effect: CodeableReference,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Warning {
    pub description: String,
    pub code: CodeableConcept,
}

// Citation.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Citation {
    pub id: String,
    pub text: Narrative,
    #[serde(flatten)]
    pub meta: Shareable,
    pub purpose: &'static str,
    pub last_review_date: String,
    pub summary: Vec<CitationSummary>,
    pub classification: Vec<Classification>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
    pub cited_artifact: CitedArtifact,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct CitationSummary {
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Classification {
    #[serde(rename = "type")]
    pub kind: CodeableConcept,
    pub classifier: Vec<CodeableConcept>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CitedArtifact {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    pub date_accessed: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publication_form: Vec<PublicationForm>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub web_location: Vec<WebLocation>,
    pub classification: Vec<Classification>,
}

/// `Citation.citedArtifact.publicationForm`, as far as a year.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PublicationForm {
    pub article_date: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct WebLocation {
    pub url: String,
}

// CodeSystem and SearchParameter.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CodeSystem {
    pub id: String,
    pub text: Narrative,
    #[serde(flatten)]
    pub meta: Shareable,
    pub purpose: &'static str,
    pub case_sensitive: bool,
    pub content: &'static str,
    pub count: usize,
    pub concept: Vec<Concept>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Concept {
    pub code: String,
    pub display: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SearchParameter {
    pub id: String,
    pub text: Narrative,
    #[serde(flatten)]
    pub meta: Shareable,
    pub purpose: &'static str,
    pub code: &'static str,
    pub base: Vec<&'static str>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub expression: &'static str,
    pub processing_mode: &'static str,
}
