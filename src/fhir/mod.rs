//! FHIR R5 export (feature `fhir`): the catalog as one `Bundle`, of type
//! `collection` ([`bundle`]) or `transaction` ([`transaction_bundle`], which
//! a FHIR server loads as it is).
//!
//! A view over the catalog for health-IT systems that speak FHIR. Like every
//! export it carries [`NOTICE`](crate::NOTICE): it describes what labels, guidelines and
//! studies say and is not clinical decision support. Every resource has a
//! generated narrative (`text.status` `generated`) that ends with the notice.
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
//! | each modality | `ActivityDefinition`: `kind` `MedicationRequest` for a radiopharmaceutical therapy, `ServiceRequest` for a procedure; `code` the modality in our `modality` CodeSystem; `description` the summary; `relatedArtifact` cites every source the modality's statements cite; for a radiopharmaceutical `productCodeableConcept` names the medicine (its RxNorm codes where the catalog has them) |
//! | each radiopharmaceutical (category `bone-seeking-radiopharmaceutical` or `radioligand-therapy`) | `MedicinalProductDefinition`: names (brands included), the ATC code as `classification`, HCPCS billing codes as `code`; a `PackagedProductDefinition` per NDC package code (the NDC as `identifier`, `packageFor` the product); `MedicationKnowledge`: `definitional.definition` the product, `medicineClassification` the ATC code, `packaging` the packages, `indicationGuideline` its indications, `clinicalUseIssue` its precautions, the radiation physics as `definitional.drugCharacteristic` (radionuclide, emission, half-life in `d`, energy in `MeV`, range in `mm`, all UCUM; the kinds in our `drug-characteristic` CodeSystem) |
//! | each indication | `ClinicalUseDefinition` of type `indication`: `diseaseSymptomProcedure.concept` is the condition, coded in our `condition` CodeSystem with its label and with the indication's ICD-10-CM codes, its `text` the condition's label; `category` the kind of use and the jurisdiction; the statement itself in the narrative |
//! | each precaution | `ClinicalUseDefinition` of type `contraindication` (a short concept text, the kind and the first sentence or clause, as `diseaseSymptomProcedure`), `warning` (boxed warnings, warnings and precautions: the whole statement as `warning.description`, the short text as `warning.code`, the kind as `category`) or `undesirable-effect` (adverse effects, the short text as `symptomConditionEffect`); the whole statement in the narrative |
//! | each source | `Citation`: `title` the citation text, DOI and PMID as `citedArtifact.identifier`, the year of publication as `citedArtifact.publicationForm.articleDate` when the citation text and the source id both name it, the URL as `citedArtifact.webLocation`, the kind as `citedArtifact.classification` (`knowledge-artifact-type`), the verification as `classification`, the citation text as `summary`, the date checked as `date`, `lastReviewDate` and `citedArtifact.dateAccessed`, the note as `note` |
//! | the catalog's vocabularies | a `CodeSystem` each (`content` `complete`): code the kebab-case name, display the label, definition the term's documentation (its `definition()`); in the `modality` system the modality's id, name and summary |
//! | finding a Citation by DOI or PMID | the `SearchParameter` `cited-artifact-identifier` (token, base `Citation`, expression `Citation.citedArtifact.identifier`): `Citation?cited-artifact-identifier=https://doi.org\|10.1056/NEJMoa1107192` |
//!
//! ClinicalUseDefinition's `subject` is the modality's ActivityDefinition
//! and, for a radiopharmaceutical, its MedicinalProductDefinition (R5 does
//! not allow MedicationKnowledge there).
//!
//! # Names
//!
//! The canonical base is [`CANONICAL_BASE`],
//! `https://io-pain-modalities.example/fhir` (the reserved `.example`
//! domain: a stable name, not an address to fetch). Under it:
//!
//! - canonical resources (ActivityDefinition, Citation, CodeSystem,
//!   SearchParameter) have the `url` `{base}/{resourceType}/{id}`, and
//!   `relatedArtifact.resource` cites a Citation by that URL;
//! - our code systems are `{base}/CodeSystem/{name}`: `condition`,
//!   `use-kind`, `jurisdiction`, `precaution-kind`, `source-kind`,
//!   `verification`, `emission`, `modality`, `drug-characteristic`; each is
//!   in the Bundle as a CodeSystem resource;
//! - business identifiers are in `{base}/identifier/{kind}`: `modality`,
//!   `product`, `source`, and `statement`, whose value is the record id and
//!   the statement's stable id (`radiofrequency-ablation/us-fda-510k-k142480`).
//!
//! The JSON exports of the crate name code systems by their catalog names
//! (`icd-10-cm`, `ndc`), not by URI; [`CodeSystem::uri`](crate::CodeSystem::uri)
//! gives the URI this module writes.
//!
//! Resource ids come from the catalog: the modality or source id;
//! `{modality}-{statement id}` for clinical uses (the statement ids of the
//! catalog, which stay when other statements are added, removed or
//! reordered); `{modality}-code-ndc-{code}` for packages; the vocabulary's
//! name for a CodeSystem. Each entry's `fullUrl` is a `urn:uuid:`, the
//! name-based UUID (version 5, URL namespace) of
//! `urn:io-pain-modalities:fhir:{resourceType}/{id}`, the same on every run
//! and for every user; references inside the Bundle use these URNs. In the
//! transaction each entry is a `PUT` to `{resourceType}/{id}`, so loading a
//! later release updates the same resources (a statement removed from the
//! catalog is not deleted on the server: its id is kept retired in the
//! catalog and never reused).
//!
//! # Codes as their systems write them
//!
//! A coding's `display` is the system's own text or absent. The catalog's
//! `Code.display` is the catalog's wording, often with a note ("from
//! 2022-10-01; before that, A9699", "ATC seen only on a secondary page"), so:
//!
//! | system | `display` in FHIR | where the catalog's wording goes |
//! |---|---|---|
//! | our CodeSystems | the vocabulary's label (our text is the system's text) | |
//! | ICD-10-CM | absent (some catalog displays add a note to the title) | the narrative |
//! | HCPCS | absent (the catalog's wording adds dates and predecessors) | the narrative |
//! | ATC | absent (the catalog's wording adds where the code was seen) | the narrative |
//! | NDC | absent (the NDC directory names products, the catalog describes the package) | `PackagedProductDefinition.description` and the narrative |
//! | RxNorm | absent | the narrative |
//!
//! A terminology server fills in the display from the system. NDC codes are
//! in HL7's 10-digit hyphenated form, which the crate checks.
//!
//! # Metadata
//!
//! Canonical resources carry what the CRMI shareable profiles ask for:
//! `url`, `version` (the data version), `name` (computable), `title`,
//! `status` `active`, `experimental` `false`, `date` (the last review of the
//! record; for CodeSystems and the SearchParameter the latest review in the
//! catalog), `publisher` and `description`; the notice is the
//! ActivityDefinition's `usage` and the other canonical resources'
//! `purpose`. MedicationKnowledge, MedicinalProductDefinition,
//! PackagedProductDefinition and ClinicalUseDefinition are not canonical:
//! the version, the last review date, the notice and the citations travel
//! in the HL7 artifact extensions made for that
//! (`http://hl7.org/fhir/StructureDefinition/artifact-version`,
//! `artifact-lastReviewDate`, `artifact-usage` and
//! `artifact-relatedArtifact`).
//!
//! # Provenance
//!
//! In the catalog every statement cites its own sources. The mapping keeps
//! that link where one FHIR resource holds one statement:
//!
//! - **kept, statement by statement**: each ClinicalUseDefinition is one
//!   indication or one precaution; its `artifact-relatedArtifact`
//!   extensions cite exactly that statement's sources (an indication's also
//!   those of its codes), and its `identifier` names the statement.
//! - **kept per record only**: an ActivityDefinition cites, in
//!   `relatedArtifact`, every source of every statement of its modality,
//!   and a MedicationKnowledge every source of its product codes and
//!   radiation profile. Which of those sources backs the summary, or which
//!   backs one code rather than another, is lost: `relatedArtifact` belongs
//!   to the whole resource, and FHIR has no element to attach a citation to
//!   one `description` or one `coding`.
//! - **no place in these resources**: the mechanism, administration, key
//!   evidence, opioid-sparing finding, regulatory history and corrections
//!   of a modality; combinations and innovations; the 510(k) and NCT codes.
//!   They are not exported to FHIR (they are in the JSON export). The
//!   label's activity and schedule is left out on purpose: FHIR would put
//!   it in a dosing element, and this catalog is never a dosing tool.

mod activity;
mod artifact;
mod citation;
mod ids;
mod narrative;
mod products;
mod r5;
mod terminology;
mod uses;

use serde::Serialize;

use crate::{Catalog, Modality, Source};
use ids::full_url;
use r5::{Entry, Request, Resource};

/// The canonical base of the export: canonical URLs, our code systems and
/// our identifier systems all start with it (see the [module
/// documentation](self#names)).
///
/// ```
/// assert!(io_pain_modalities::fhir::CANONICAL_BASE.starts_with("https://"));
/// ```
pub const CANONICAL_BASE: &str = "https://io-pain-modalities.example/fhir";

/// The `publisher` of every canonical resource.
const PUBLISHER: &str = "io-pain-modalities";

/// What every resource of one export shares.
pub(crate) struct Context {
    /// The data version, if the catalog has one.
    version: Option<String>,
    /// The latest review date in the catalog: the `date` of the resources
    /// that describe the whole catalog.
    date: String,
}

impl Context {
    /// The metadata of a canonical resource of this export: active, not
    /// experimental, published by the catalog, with the data version. The
    /// business `identifier` is left empty for the caller to set.
    fn shareable(
        &self,
        url: String,
        name: String,
        title: impl Into<String>,
        date: String,
        description: impl Into<String>,
    ) -> r5::Shareable {
        r5::Shareable {
            url,
            identifier: Vec::new(),
            version: self.version.clone(),
            name,
            title: title.into(),
            status: "active",
            experimental: false,
            date,
            publisher: PUBLISHER,
            description: description.into(),
        }
    }
}

/// A clinical use already built: its resource id and whether it is an
/// indication (the product resources list them).
pub(crate) struct Use {
    id: String,
    indication: bool,
}

/// A FHIR R5 `Bundle` holding the whole catalog. Build it with [`bundle`]
/// or [`transaction_bundle`]; serialise it with [`Bundle::to_json`] or
/// serde.
///
/// ```
/// let b = io_pain_modalities::fhir::bundle(io_pain_modalities::catalog());
/// assert!(b.count("Citation") > 0);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Bundle(r5::Bundle);

/// The catalog as a FHIR R5 `Bundle` of type `collection`: an
/// ActivityDefinition per modality, a MedicinalProductDefinition,
/// MedicationKnowledge and PackagedProductDefinitions per
/// radiopharmaceutical, a ClinicalUseDefinition per indication and per
/// precaution, a Citation per source, a CodeSystem per vocabulary and a
/// SearchParameter (see the [module documentation](self) for the mapping).
///
/// ```
/// use io_pain_modalities::{catalog, fhir};
/// let b = fhir::bundle(catalog());
/// let indications: usize = catalog().iter().map(|m| m.indications.len()).sum();
/// let precautions: usize = catalog().iter().map(|m| m.precautions.len()).sum();
/// assert_eq!(b.count("ClinicalUseDefinition"), indications + precautions);
/// assert_eq!(b.count("Citation"), catalog().sources().count());
/// assert_eq!(b.count("SearchParameter"), 1);
/// ```
pub fn bundle(catalog: &Catalog) -> Bundle {
    let resources = resources(catalog);
    Bundle(r5::Bundle {
        resource_type: "Bundle",
        id: bundle_id(catalog, ""),
        kind: "collection",
        entry: resources
            .into_iter()
            .map(|resource| Entry {
                full_url: full_url(resource.type_name(), resource.id()),
                resource,
                request: None,
            })
            .collect(),
    })
}

/// The same resources as [`bundle`], as a `transaction` Bundle: each entry
/// a `PUT` to `{resourceType}/{id}`, so a FHIR server creates the
/// resources on the first load and updates the same ones on the next.
/// References between entries are their `urn:uuid:` full URLs, which the
/// server rewrites to the resources' ids.
///
/// ```
/// use io_pain_modalities::{catalog, fhir};
/// let t = fhir::transaction_bundle(catalog());
/// let value: serde_json::Value = serde_json::from_str(&t.to_json())?;
/// assert_eq!(value["type"], "transaction");
/// let first = &value["entry"][0];
/// assert_eq!(first["request"]["method"], "PUT");
/// assert_eq!(
///     first["request"]["url"],
///     format!("{}/{}", first["resource"]["resourceType"].as_str().unwrap(), first["resource"]["id"].as_str().unwrap())
/// );
/// assert_eq!(t.count("Citation"), fhir::bundle(catalog()).count("Citation"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn transaction_bundle(catalog: &Catalog) -> Bundle {
    let Bundle(mut b) = bundle(catalog);
    b.id = bundle_id(catalog, "-transaction");
    b.kind = "transaction";
    for e in &mut b.entry {
        e.request = Some(Request {
            method: "PUT",
            url: format!("{}/{}", e.resource.type_name(), e.resource.id()),
        });
    }
    Bundle(b)
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
    /// assert_eq!(b.count("MedicinalProductDefinition"), 4);
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

fn bundle_id(catalog: &Catalog, suffix: &str) -> String {
    match catalog.version() {
        None => format!("io-pain-modalities{suffix}"),
        Some(v) => format!("io-pain-modalities-{v}{suffix}"),
    }
}

/// Every resource of the export, in Bundle order: per modality its
/// ActivityDefinition, product resources and clinical uses; then the
/// Citations, the CodeSystems and the SearchParameter.
fn resources(catalog: &Catalog) -> Vec<Resource> {
    let version = catalog.version().map(str::to_owned);
    let date = catalog
        .iter()
        .map(|m| m.last_reviewed.to_string())
        .chain(catalog.sources().map(|s| s.checked.to_string()))
        .max()
        .unwrap_or_default();
    let cx = Context { version, date };
    let mut out = Vec::new();
    for m in catalog {
        let cited = catalog.sources_in_order(crate::Subject::Modality(m));
        modality_resources(m, &cited, &cx, &mut out);
    }
    out.extend(
        catalog
            .sources()
            .map(|s| Resource::Citation(citation::citation(s, &cx))),
    );
    out.extend(
        terminology::code_systems(catalog, &cx)
            .into_iter()
            .map(Resource::CodeSystem),
    );
    out.push(Resource::SearchParameter(citation::search_parameter(&cx)));
    out
}

fn is_radiopharmaceutical(m: &Modality) -> bool {
    matches!(
        m.category,
        crate::Category::BoneSeekingRadiopharmaceutical | crate::Category::RadioligandTherapy
    )
}

fn modality_resources(m: &Modality, cited: &[&Source], cx: &Context, out: &mut Vec<Resource>) {
    let radiopharmaceutical = is_radiopharmaceutical(m);
    out.push(Resource::ActivityDefinition(activity::activity_definition(
        m, cited, cx,
    )));
    let named = |resource_type| r5::Reference {
        display: Some(m.name.clone()),
        ..ids::reference(resource_type, m.id.as_str())
    };
    let mut subject = vec![named("ActivityDefinition")];
    if radiopharmaceutical {
        subject.push(named("MedicinalProductDefinition"));
    }
    let (uses, cuds): (Vec<Use>, Vec<_>) = m
        .indications
        .iter()
        .map(|ind| uses::indication(m, ind, &subject, cx))
        .chain(
            m.precautions
                .iter()
                .map(|p| uses::precaution(m, p, &subject, cx)),
        )
        .unzip();
    if radiopharmaceutical {
        out.extend(products::product_resources(m, &uses, cx));
    }
    out.extend(cuds.into_iter().map(Resource::ClinicalUseDefinition));
}
