//! Sources as `Citation`s, and the `SearchParameter` that finds a Citation
//! by the DOI or PMID of the work it cites.

use super::Context;
use super::artifact::text_concept;
use super::ids::{canonical, computable_name, identifier};
use super::narrative::Text;
use super::r5::{
    Annotation, Citation, CitationSummary, CitedArtifact, Classification, CodeableConcept, Coding,
    Identifier, PublicationForm, SearchParameter, Shareable, WebLocation,
};
use super::terminology::own_concept;
use crate::{NOTICE, Source};

const CLASSIFICATION_TYPE: &str = "http://hl7.org/fhir/cited-artifact-classification-type";
/// The identifier systems of the cited work.
pub(crate) const DOI_SYSTEM: &str = "https://doi.org";
pub(crate) const PMID_SYSTEM: &str = "https://pubmed.ncbi.nlm.nih.gov";
/// The id and code of the search parameter over cited identifiers.
pub(crate) const SEARCH_PARAMETER: &str = "citation-cited-artifact-identifier";
const SEARCH_CODE: &str = "cited-artifact-identifier";

/// The year of publication, when the citation text names it: a year that
/// the source's id also names (`dupuy-2010` cites "... 2010 ..."). Other
/// years in a citation (a revision, an access date) are not taken for it.
pub(crate) fn year(s: &Source) -> Option<&str> {
    let in_id = |y: &str| s.id.as_str().split('-').any(|part| part == y);
    let text = s.citation.as_bytes();
    (0..text.len().saturating_sub(3)).find_map(|i| {
        let y = s.citation.get(i..i + 4)?;
        let bounded = (i == 0 || !text[i - 1].is_ascii_digit())
            && text.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        let plausible =
            (y.starts_with("19") || y.starts_with("20")) && y.bytes().all(|c| c.is_ascii_digit());
        (bounded && plausible && in_id(y)).then_some(y)
    })
}

fn cited_identifiers(s: &Source) -> Vec<Identifier> {
    let mut out = Vec::new();
    if let Some(doi) = &s.doi {
        out.push(Identifier {
            system: DOI_SYSTEM.to_owned(),
            value: doi.to_string(),
        });
    }
    if let Some(pmid) = &s.pmid {
        out.push(Identifier {
            system: PMID_SYSTEM.to_owned(),
            value: pmid.to_string(),
        });
    }
    out
}

pub(crate) fn citation(s: &Source, cx: &Context) -> Citation {
    let year = year(s);
    let text = Text::new(s.citation.clone())
        .row("Kind", s.kind.label())
        .row_if("DOI", s.doi.as_ref().map(|d| d.to_string()))
        .row_if("PMID", s.pmid.as_ref().map(|p| p.to_string()))
        .row_if("URL", s.url.as_ref().map(|u| u.to_string()))
        .row_if("Year", year)
        .row("Verification", s.verification.label())
        .row_if("Standing", s.status.as_ref().map(|st| st.label()))
        .row("Checked", s.checked.to_string())
        .row_if("Note", s.note.clone())
        .row("Catalog id", s.id.to_string());
    Citation {
        id: s.id.to_string(),
        text: text.build(),
        meta: Shareable {
            identifier: identifier("source", s.id.to_string()),
            ..cx.shareable(
                canonical("Citation", s.id.as_str()),
                computable_name(s.id.as_str()),
                s.citation.clone(),
                s.checked.to_string(),
                format!(
                    "The io-pain-modalities catalog's record of a source: {}",
                    s.citation
                ),
            )
        },
        purpose: NOTICE,
        last_review_date: s.checked.to_string(),
        summary: vec![CitationSummary {
            text: s.citation.clone(),
        }],
        classification: vec![Classification {
            kind: text_concept("verification"),
            classifier: vec![own_concept(s.verification)],
        }],
        note: s
            .note
            .iter()
            .map(|text| Annotation { text: text.clone() })
            .collect(),
        cited_artifact: CitedArtifact {
            identifier: cited_identifiers(s),
            date_accessed: s.checked.to_string(),
            publication_form: year
                .map(|y| PublicationForm {
                    article_date: y.to_owned(),
                })
                .into_iter()
                .collect(),
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
                classifier: vec![own_concept(s.kind)],
            }],
        },
    }
}

/// `Citation?cited-artifact-identifier=https://doi.org|10.1097/...`: a
/// token search over `Citation.citedArtifact.identifier`, which holds the
/// DOI and the PMID of the cited work (the standard `identifier` parameter
/// searches the Citation's own identifiers).
pub(crate) fn search_parameter(cx: &Context) -> SearchParameter {
    let description = "Finds a Citation by an identifier of the work it cites, such as its DOI \
(system https://doi.org) or PubMed id (system https://pubmed.ncbi.nlm.nih.gov).";
    let text = Text::new("Search parameter: cited-artifact-identifier")
        .para(description)
        .row("Code", SEARCH_CODE)
        .row("Base", "Citation")
        .row("Type", "token")
        .row("Expression", "Citation.citedArtifact.identifier");
    SearchParameter {
        id: SEARCH_PARAMETER.to_owned(),
        text: text.build(),
        meta: cx.shareable(
            canonical("SearchParameter", SEARCH_PARAMETER),
            "CitationCitedArtifactIdentifier".to_owned(),
            "Citation: identifier of the cited work (DOI, PMID)",
            cx.date.clone(),
            description,
        ),
        purpose: NOTICE,
        code: SEARCH_CODE,
        base: vec!["Citation"],
        kind: "token",
        expression: "Citation.citedArtifact.identifier",
        processing_mode: "normal",
    }
}
