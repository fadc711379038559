//! The handful of FHIR R5 structures the export writes, as plain serde
//! structs: the Bundle and the data types here, the resources in
//! [`resources`]. Only the elements the export fills are declared; element
//! order follows the R5 specification so the JSON reads like the spec's
//! examples.

mod resources;

use serde::Serialize;

pub(crate) use resources::*;

/// `Bundle` (type `collection` or `transaction`).
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
}

/// `Bundle.entry.request` of a transaction.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Request {
    pub method: &'static str,
    pub url: String,
}

/// The resources of the export, tagged with `resourceType`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "resourceType")]
pub(crate) enum Resource {
    ActivityDefinition(ActivityDefinition),
    MedicinalProductDefinition(MedicinalProductDefinition),
    PackagedProductDefinition(PackagedProductDefinition),
    MedicationKnowledge(MedicationKnowledge),
    ClinicalUseDefinition(ClinicalUseDefinition),
    Citation(Citation),
    CodeSystem(CodeSystem),
    SearchParameter(SearchParameter),
}

impl Resource {
    pub fn type_name(&self) -> &'static str {
        match self {
            Resource::ActivityDefinition(_) => "ActivityDefinition",
            Resource::MedicinalProductDefinition(_) => "MedicinalProductDefinition",
            Resource::PackagedProductDefinition(_) => "PackagedProductDefinition",
            Resource::MedicationKnowledge(_) => "MedicationKnowledge",
            Resource::ClinicalUseDefinition(_) => "ClinicalUseDefinition",
            Resource::Citation(_) => "Citation",
            Resource::CodeSystem(_) => "CodeSystem",
            Resource::SearchParameter(_) => "SearchParameter",
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Resource::ActivityDefinition(r) => &r.id,
            Resource::MedicinalProductDefinition(r) => &r.id,
            Resource::PackagedProductDefinition(r) => &r.id,
            Resource::MedicationKnowledge(r) => &r.id,
            Resource::ClinicalUseDefinition(r) => &r.id,
            Resource::Citation(r) => &r.id,
            Resource::CodeSystem(r) => &r.id,
            Resource::SearchParameter(r) => &r.id,
        }
    }
}

// Data types.

/// `Narrative`: always `generated` from the catalog.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Narrative {
    pub status: &'static str,
    /// The XHTML `div`.
    pub div: String,
}

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
    /// What the artifact is, for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
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

/// The metadata elements every canonical resource of the export shares, in
/// the order R5 gives them, as the CRMI shareable profiles expect them:
/// `url`, `identifier`, `version`, `name`, `title`, `status`,
/// `experimental`, `date`, `publisher`, `description`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Shareable {
    pub url: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub name: String,
    pub title: String,
    pub status: &'static str,
    pub experimental: bool,
    pub date: String,
    pub publisher: &'static str,
    pub description: String,
}
