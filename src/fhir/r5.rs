//! The handful of FHIR R5 structures the export writes, as plain serde
//! structs. Only the elements the export fills are declared; element order
//! follows the R5 specification so the JSON reads like the spec's examples.

use serde::Serialize;

/// `Bundle` (type `collection`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Bundle {
    pub resource_type: &'static str,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub entry: Vec<Entry>,
}

/// `Bundle.entry`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Entry {
    pub full_url: String,
    pub resource: Resource,
}

/// The resources of the export, tagged with `resourceType`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "resourceType")]
pub(crate) enum Resource {
    ActivityDefinition(ActivityDefinition),
    MedicationKnowledge(MedicationKnowledge),
    ClinicalUseDefinition(ClinicalUseDefinition),
    Citation(Citation),
}

impl Resource {
    pub fn type_name(&self) -> &'static str {
        match self {
            Resource::ActivityDefinition(_) => "ActivityDefinition",
            Resource::MedicationKnowledge(_) => "MedicationKnowledge",
            Resource::ClinicalUseDefinition(_) => "ClinicalUseDefinition",
            Resource::Citation(_) => "Citation",
        }
    }
}

// Data types.

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Coding {
    pub system: String,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub(crate) struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Identifier {
    pub system: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Reference {
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct CodeableReference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concept: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct RelatedArtifact {
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// A canonical reference.
    pub resource: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Extension {
    pub url: &'static str,
    #[serde(flatten)]
    pub value: ExtensionValue,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) enum ExtensionValue {
    #[serde(rename = "valueString")]
    String(String),
    #[serde(rename = "valueDate")]
    Date(String),
    #[serde(rename = "valueMarkdown")]
    Markdown(String),
    #[serde(rename = "valueRelatedArtifact")]
    RelatedArtifact(RelatedArtifact),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Quantity {
    pub value: f64,
    pub unit: &'static str,
    pub system: &'static str,
    pub code: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Annotation {
    pub text: String,
}

// ActivityDefinition.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ActivityDefinition {
    pub id: String,
    pub url: String,
    pub identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub name: String,
    pub title: String,
    pub status: &'static str,
    pub description: String,
    pub usage: &'static str,
    pub last_review_date: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_artifact: Vec<RelatedArtifact>,
    pub kind: &'static str,
    pub code: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_codeable_concept: Option<CodeableConcept>,
}

// MedicationKnowledge.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicationKnowledge {
    pub id: String,
    pub extension: Vec<Extension>,
    pub identifier: Vec<Identifier>,
    pub code: CodeableConcept,
    pub status: &'static str,
    pub name: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indication_guideline: Vec<IndicationGuideline>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clinical_use_issue: Vec<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definitional: Option<Definitional>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct IndicationGuideline {
    pub indication: Vec<CodeableReference>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Definitional {
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
}

// Citation.

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Citation {
    pub id: String,
    pub url: String,
    pub identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub status: &'static str,
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
    pub web_location: Vec<WebLocation>,
    pub classification: Vec<Classification>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct WebLocation {
    pub url: String,
}
