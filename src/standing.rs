//! A regulatory event in words that say what it concerns and what kind of
//! event it is, so that two events of one modality never read as a
//! contradiction ("Marketing approval" beside "Extension of indication not
//! approved", not "approved" beside "not approved").

use crate::{
    model::{Modality, RegulatoryEvent},
    vocab::{Jurisdiction, RegulatoryStatus},
};

/// The kind of `r`, in words, read in the light of the other events of `m`:
/// a "not approved" that follows an approval of the same product in the
/// same jurisdiction concerns an extension of its indication.
pub(crate) fn event_words(m: &Modality, r: &RegulatoryEvent) -> &'static str {
    match r.status {
        RegulatoryStatus::Approved => "Marketing approval",
        RegulatoryStatus::IndicationExpanded => "Indication extended",
        RegulatoryStatus::Cleared if r.jurisdiction == Jurisdiction::Us => "510(k) clearance",
        RegulatoryStatus::Cleared => "Clearance",
        RegulatoryStatus::SafetyLabelChange => "Safety label change",
        RegulatoryStatus::NotApproved if extends_approval(m, r) => {
            "Extension of indication not approved"
        }
        RegulatoryStatus::NotApproved => "No product approved for this use",
        RegulatoryStatus::ProcedureNotRegulated => "Procedure not regulated (its devices are)",
        RegulatoryStatus::Discontinued => "Product discontinued",
        RegulatoryStatus::Investigational => "Investigational only",
        RegulatoryStatus::Recall => "Recall",
        RegulatoryStatus::SafetyCommunication => "Safety communication",
        RegulatoryStatus::EnforcementAction => "Enforcement action",
        RegulatoryStatus::CoverageDecision => "Coverage decision (payer)",
    }
}

/// Whether an earlier approval of the same product (by its first word,
/// "Pluvicto") in the same jurisdiction precedes `r`.
fn extends_approval(m: &Modality, r: &RegulatoryEvent) -> bool {
    let brand = |e: &RegulatoryEvent| {
        e.product
            .as_deref()
            .and_then(|p| p.split_whitespace().next())
            .map(str::to_lowercase)
    };
    let Some(name) = brand(r) else {
        return false;
    };
    m.regulatory.iter().any(|e| {
        e.jurisdiction == r.jurisdiction
            && matches!(
                e.status,
                RegulatoryStatus::Approved | RegulatoryStatus::IndicationExpanded
            )
            && brand(e).as_deref() == Some(name.as_str())
            && match (e.date, r.date) {
                (Some(a), Some(b)) => a < b,
                _ => true,
            }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_eu_extension_is_not_a_second_refusal() {
        let lu = crate::catalog::catalog()
            .get("lutetium-177-vipivotide-tetraxetan")
            .unwrap();
        let words: Vec<&str> = lu
            .regulatory
            .iter()
            .filter(|r| r.jurisdiction == Jurisdiction::Eu)
            .map(|r| event_words(lu, r))
            .collect();
        assert_eq!(
            words,
            ["Marketing approval", "Extension of indication not approved"]
        );
        let esi = crate::catalog::catalog()
            .get("epidural-steroid-injection")
            .unwrap();
        assert!(
            esi.regulatory
                .iter()
                .any(|r| event_words(esi, r) == "No product approved for this use")
        );
    }
}
