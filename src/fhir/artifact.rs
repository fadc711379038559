//! What every resource says about itself as a knowledge artifact: the
//! citations of its statements, and for the resources that are not
//! canonical, the HL7 artifact extensions that carry the version, the last
//! review date and the notice.

use super::ids::canonical;
use super::r5::{CodeableConcept, Coding, Extension, ExtensionValue, RelatedArtifact};
use crate::{NOTICE, SourceId};

const EXT_VERSION: &str = "http://hl7.org/fhir/StructureDefinition/artifact-version";
const EXT_LAST_REVIEW: &str = "http://hl7.org/fhir/StructureDefinition/artifact-lastReviewDate";
const EXT_USAGE: &str = "http://hl7.org/fhir/StructureDefinition/artifact-usage";
const EXT_RELATED: &str = "http://hl7.org/fhir/StructureDefinition/artifact-relatedArtifact";
const PUBLICATION_STATUS: &str = "http://hl7.org/fhir/publication-status";

/// Citations of `sources`, each once, in the order first cited, by the
/// Citation's canonical URL.
pub(crate) fn cite<'a>(sources: impl IntoIterator<Item = &'a SourceId>) -> Vec<RelatedArtifact> {
    let mut seen: Vec<&str> = Vec::new();
    for id in sources {
        if !seen.contains(&id.as_str()) {
            seen.push(id.as_str());
        }
    }
    seen.into_iter()
        .map(|id| RelatedArtifact {
            kind: "citation",
            display: None,
            resource: canonical("Citation", id),
        })
        .collect()
}

/// The artifact extensions of a resource that is not canonical.
pub(crate) fn extensions(
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

/// `active` in the publication-status code system, for the resources
/// whose status is a CodeableConcept.
pub(crate) fn active_status() -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: PUBLICATION_STATUS.to_owned(),
            code: "active".to_owned(),
            display: Some("Active".to_owned()),
        }],
        text: None,
    }
}

/// A concept that is text only.
pub(crate) fn text_concept(text: impl Into<String>) -> CodeableConcept {
    CodeableConcept {
        coding: Vec::new(),
        text: Some(text.into()),
    }
}
