//! A modality as an `ActivityDefinition`.

use super::artifact::cite;
use super::ids::{canonical, code_system, computable_name, identifier};
use super::narrative::Text;
use super::r5::{ActivityDefinition, CodeableConcept, Coding, RelatedArtifact, Shareable};
use super::terminology::{MODALITY, external};
use super::{Context, is_radiopharmaceutical};
use crate::{CodeSystem, Modality, NOTICE, Source};

/// A modality's ActivityDefinition; `cited` are its sources in order of
/// first citation ([`Catalog::sources_in_order`](crate::Catalog::sources_in_order)).
pub(crate) fn activity_definition(
    m: &Modality,
    cited: &[&Source],
    cx: &Context,
) -> ActivityDefinition {
    let radiopharmaceutical = is_radiopharmaceutical(m);
    let text = Text::new(m.name.clone())
        .para(m.summary.text.clone())
        .row("Category", m.category.label())
        .row("Lifecycle", m.lifecycle.label())
        .row("Route", m.administration.route.label())
        .row("Last reviewed", m.last_reviewed.to_string())
        .row("Catalog id", m.id.to_string());
    ActivityDefinition {
        id: m.id.to_string(),
        text: text.build(),
        meta: Shareable {
            identifier: identifier("modality", m.id.to_string()),
            ..cx.shareable(
                canonical("ActivityDefinition", m.id.as_str()),
                computable_name(m.id.as_str()),
                m.name.clone(),
                m.last_reviewed.to_string(),
                m.summary.text.clone(),
            )
        },
        usage: NOTICE,
        last_review_date: m.last_reviewed.to_string(),
        related_artifact: {
            // The citations, then the modalities this one is related to
            // (its family, its comparators, what it varies or is combined
            // with), each named with the relation in words.
            let mut related = cite(cited.iter().map(|s| &s.id));
            related.extend(m.related.iter().map(|r| RelatedArtifact {
                kind: "similar-to",
                display: Some(format!("{}: {}", r.relation.label(), r.modality)),
                resource: canonical("ActivityDefinition", r.modality.as_str()),
            }));
            related
        },
        kind: if radiopharmaceutical {
            "MedicationRequest"
        } else {
            "ServiceRequest"
        },
        code: CodeableConcept {
            coding: vec![Coding {
                system: code_system(MODALITY),
                code: m.id.to_string(),
                display: Some(m.name.clone()),
            }],
            text: Some(m.name.clone()),
        },
        // The medicine as a concept: RxNorm where the catalog has it; the
        // product's other codes are on MedicinalProductDefinition.
        product_codeable_concept: radiopharmaceutical.then(|| CodeableConcept {
            coding: m
                .codes
                .iter()
                .filter(|c| c.system == CodeSystem::Rxnorm)
                .map(external)
                .collect(),
            text: Some(m.name.clone()),
        }),
    }
}
