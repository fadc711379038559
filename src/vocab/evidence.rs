//! Where a statement applies and how strong its backing is: jurisdictions,
//! regulatory states, source kinds, verification, evidence levels and
//! guideline grading schemes.

use super::Vocabulary;
use crate::error::Error;

vocabulary! {
    /// The regulator or area a statement applies to.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Jurisdiction::Us.to_string(), "us");
    /// ```
    Jurisdiction ("jurisdiction") {
        /// United States (FDA).
        Us => "United States",
        /// European Union (EMA, European Commission).
        Eu => "European Union",
        /// United Kingdom (MHRA, NICE).
        Uk => "United Kingdom",
        /// International bodies or multinational guidelines.
        International => "International",
    }
}

vocabulary! {
    /// A regulatory state or event.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::RegulatoryStatus::Cleared.as_str(), "cleared");
    /// ```
    RegulatoryStatus ("regulatory status") {
        /// A drug or device approved by the regulator (NDA, BLA, PMA, EU marketing authorisation).
        Approved => "Approved",
        /// An approval extended to a new indication.
        IndicationExpanded => "Indication expanded",
        /// A device cleared as substantially equivalent (FDA 510(k)).
        Cleared => "Cleared",
        /// A regulator required new safety wording in a label.
        SafetyLabelChange => "Safety label change",
        /// No product is approved for this use; use of approved products is off-label.
        NotApproved => "Not approved",
        /// The procedure itself is not regulated; the devices used for it are.
        ProcedureNotRegulated => "Procedure not regulated",
        /// The product is no longer marketed.
        Discontinued => "Discontinued",
        /// Only available in trials.
        Investigational => "Investigational",
        /// A device recall or field correction classified by the regulator.
        Recall => "Recall or field correction",
        /// A regulator's safety alert that does not itself change a label.
        SafetyCommunication => "Safety communication",
        /// A consent decree, injunction or similar enforcement action.
        EnforcementAction => "Enforcement action",
        /// A national payer's or commissioner's decision on coverage.
        CoverageDecision => "Coverage or commissioning decision",
    }
}

vocabulary! {
    /// The kind of a bibliographic source.
    ///
    /// ```
    /// use io_pain_modalities::SourceKind;
    /// assert!(SourceKind::RandomisedTrial.is_primary());
    /// assert!(!SourceKind::NarrativeReview.is_primary());
    /// ```
    SourceKind ("source kind") {
        /// A regulator-approved label or prescribing information.
        RegulatoryLabel => "Regulatory label",
        /// Another regulator document: a clearance record, a safety communication.
        RegulatoryRecord => "Regulatory record",
        /// A clinical guideline, standard of practice or consensus statement.
        Guideline => "Guideline",
        /// A randomised controlled trial.
        RandomisedTrial => "Randomised trial",
        /// A published protocol of a trial, without results.
        TrialProtocol => "Trial protocol",
        /// A prospective study without a control arm.
        SingleArmStudy => "Single-arm study",
        /// A registry, cohort or retrospective study.
        ObservationalStudy => "Observational study",
        /// A systematic review or meta-analysis.
        SystematicReview => "Systematic review",
        /// A narrative (non-systematic) review.
        NarrativeReview => "Narrative review",
        /// A conference abstract or presentation.
        ConferenceAbstract => "Conference abstract",
        /// A payer's coverage policy or coding bulletin.
        PayerPolicy => "Payer policy",
        /// A news item, manufacturer page or other web article.
        NewsOrWeb => "News or web page",
    }
}

impl SourceKind {
    /// Whether this kind counts as a primary source for a modality: a label,
    /// another regulator record, a guideline or a clinical study.
    ///
    /// ```
    /// assert!(io_pain_modalities::SourceKind::Guideline.is_primary());
    /// ```
    pub fn is_primary(self) -> bool {
        matches!(
            self,
            SourceKind::RegulatoryLabel
                | SourceKind::RegulatoryRecord
                | SourceKind::Guideline
                | SourceKind::RandomisedTrial
                | SourceKind::SingleArmStudy
                | SourceKind::ObservationalStudy
        )
    }
}

vocabulary! {
    /// How a source was checked.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Verification::Secondary.as_str(), "secondary");
    /// ```
    Verification ("verification") {
        /// The identifier and the facts cited were seen in the publisher's,
        /// the regulator's, the society's or an index's own page.
        Verified => "Verified",
        /// Seen only in a secondary copy (a mirror, a summary of the label, a
        /// news report); statements citing only such sources are weaker.
        Secondary => "Secondary",
    }
}

vocabulary! {
    /// The strongest primary-study design behind a modality's key evidence,
    /// strongest first. Reviews, guidelines and labels are not study
    /// designs and do not count here.
    ///
    /// ```
    /// use io_pain_modalities::{EvidenceLevel, SourceKind};
    /// assert!(EvidenceLevel::Randomised < EvidenceLevel::Prospective);
    /// assert_eq!(EvidenceLevel::of(SourceKind::SingleArmStudy), Some(EvidenceLevel::Prospective));
    /// assert_eq!(EvidenceLevel::of(SourceKind::NarrativeReview), None);
    /// ```
    EvidenceLevel ("evidence level") {
        /// A randomised controlled trial.
        Randomised => "Randomised",
        /// A prospective study without a control arm.
        Prospective => "Prospective",
        /// A registry, cohort or retrospective study.
        Observational => "Observational",
    }
}

impl EvidenceLevel {
    /// The level of a study design given as a source kind, if it is one.
    ///
    /// ```
    /// use io_pain_modalities::{EvidenceLevel, SourceKind};
    /// assert_eq!(EvidenceLevel::of(SourceKind::RandomisedTrial), Some(EvidenceLevel::Randomised));
    /// ```
    pub fn of(kind: SourceKind) -> Option<EvidenceLevel> {
        match kind {
            SourceKind::RandomisedTrial => Some(EvidenceLevel::Randomised),
            SourceKind::SingleArmStudy => Some(EvidenceLevel::Prospective),
            SourceKind::ObservationalStudy => Some(EvidenceLevel::Observational),
            _ => None,
        }
    }
}

vocabulary! {
    /// The grading scheme a guideline uses for its recommendations.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::GradeScheme::Grade.label(), "GRADE");
    /// ```
    GradeScheme ("grading scheme") {
        /// ASTRO's strength of recommendation and quality of evidence.
        Astro => "ASTRO",
        /// GRADE: strength of recommendation and certainty of evidence.
        Grade => "GRADE",
        /// ESMO's level of evidence and grade of recommendation.
        Esmo => "ESMO",
        /// NCCN categories of evidence and consensus.
        Nccn => "NCCN",
        /// The Polyanalgesic Consensus Conference's levels and grades.
        Pacc => "PACC",
        /// Oxford Centre for Evidence-Based Medicine levels of evidence.
        OxfordCebm => "Oxford CEBM",
        /// ASCO's evidence quality and strength of recommendation.
        Asco => "ASCO",
        /// NICE's wording of recommendation strength ("offer", "consider").
        Nice => "NICE",
        /// The RAND/UCLA appropriateness method: a median appropriateness
        /// score, with the level of evidence.
        RandUcla => "RAND/UCLA appropriateness",
        /// The Congress of Neurological Surgeons' levels of recommendation.
        Cns => "Congress of Neurological Surgeons",
    }
}

vocabulary! {
    /// How a figure of a statement was worked out from figures a source
    /// gives, when the source does not give it as written.
    ///
    /// ```
    /// use io_pain_modalities::Derivation;
    /// assert_eq!(Derivation::UnitConversion.as_str(), "unit-conversion");
    /// assert_eq!(Derivation::Difference.label(), "difference");
    /// ```
    Derivation ("derivation") {
        /// One figure minus another (an absolute difference).
        Difference => "difference",
        /// Figures added together (arms of a trial, say).
        Sum => "sum",
        /// One figure divided by another.
        Ratio => "ratio",
        /// A count given as a share of a total.
        Percentage => "percentage",
        /// The same quantity in another unit (mCi to MBq, say).
        UnitConversion => "unit conversion",
        /// A figure rounded for reading.
        Rounding => "rounding",
    }
}
