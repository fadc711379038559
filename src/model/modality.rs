//! A modality and the statements it is made of: how it is given, its
//! indications, precautions, regulatory history, key evidence, opioid
//! finding, radiation profile, codes and corrections.

use serde::{Deserialize, Serialize};

use super::{GuidelineGrade, Relation, Statement, Support};
use crate::date::Date;
use crate::ids::{ModalityId, SourceId, StatementId};
use crate::vocab::{
    AnatomicSite, Category, CodeSystem, Condition, Emission, Imaging, Jurisdiction, Lifecycle,
    OpioidFinding, PainPattern, PrecautionKind, RegulatoryStatus, Route, SourceKind, TumourType,
    UseKind,
};

record! {
    /// One interventional-oncology pain modality.
    ///
    /// Deserialising a `Modality` on its own checks only its shape: it
    /// accepts an empty name, no indications, an uncited statement, an
    /// unknown source or a date in the future. Check it against a catalog
    /// with [`Catalog::check_modality`](crate::Catalog::check_modality), or
    /// load it in a catalog file, which runs every rule.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Category};
    /// let rfa = catalog().lookup("RFA")?;
    /// assert_eq!(rfa.category, Category::ThermalAblation);
    /// assert!(rfa.abbreviations.iter().any(|a| a == "RFA"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(feature = "schemars", schemars(description = "One interventional-oncology pain modality."))]
    pub struct Modality {
        /// Stable id, such as `radiofrequency-ablation`.
        pub id: ModalityId,
        /// The canonical name.
        pub name: String,
        /// Abbreviations, such as `RFA`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub abbreviations: Vec<String>,
        /// Other names in use.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub synonyms: Vec<String>,
        /// Brand (proprietary) names of products used for it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub brands: Vec<String>,
        /// What kind of intervention it is.
        pub category: Category,
        /// How established it is.
        pub lifecycle: Lifecycle,
        /// Whether the source article lists it, or the catalog adds it as a
        /// comparator.
        #[serde(default)]
        pub comparator: bool,
        /// Modalities of the same family, compared with it, of which it is a
        /// variant, or often combined with it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub related: Vec<Relation>,
        /// A short description.
        pub summary: Statement,
        /// A plain-language summary for patients and nurses: what it is,
        /// how it is done, what it may help and its main risks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub plain_summary: Option<Statement>,
        /// How it works.
        pub mechanism: Statement,
        /// How it is given or done.
        pub administration: Administration,
        /// What it is used for, by jurisdiction and kind of use (at least one).
        #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
        pub indications: Vec<Indication>,
        /// Contraindications, warnings, precautions and adverse effects.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub precautions: Vec<Precaution>,
        /// Approvals, clearances and other regulatory events.
        pub regulatory: Vec<RegulatoryEvent>,
        /// Key studies and reviews.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub evidence: Vec<Evidence>,
        /// What the evidence shows about opioid use.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub opioid_sparing: Option<OpioidEvidence>,
        /// For radiopharmaceuticals: the radionuclide and the label's activity.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub radiation: Option<Radiation>,
        /// Codes from open code systems (HCPCS, ATC, NDC, 510(k), NCT).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub codes: Vec<Code>,
        /// Claims of the source article that better evidence corrects.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub corrections: Vec<Correction>,
        /// Ids of statements removed from this record, kept so that they
        /// are never reused for another statement.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub retired_statements: Vec<StatementId>,
        /// When the record was last reviewed against its sources.
        pub last_reviewed: Date,
    }
}

impl Modality {
    /// The strongest study design among the modality's key evidence, if
    /// any entry is a primary study. It says which designs exist, not what
    /// condition they studied or whether they found a benefit: read the
    /// evidence entries for that.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, EvidenceLevel};
    /// let kp = catalog().lookup("kyphoplasty")?;
    /// assert_eq!(kp.evidence_level(), Some(EvidenceLevel::Randomised));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evidence_level(&self) -> Option<crate::EvidenceLevel> {
        self.evidence
            .iter()
            .filter_map(|e| crate::EvidenceLevel::of(e.design))
            .min()
    }
}

record! {
    /// How a modality is given or done.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Route};
    /// let sr = catalog().lookup("Sr-89")?;
    /// assert_eq!(sr.administration.route, Route::Intravenous);
    /// assert!(sr.administration.imaging.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Administration {
        /// The route.
        pub route: Route,
        /// Imaging used to guide it (empty when none is needed).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub imaging: Vec<Imaging>,
        /// Details of access, guidance, sedation and setting.
        pub text: String,
        /// The sources that back it.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// A use of a modality, as a label, guideline or study states it.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, UseKind};
    /// let esi = catalog().lookup("ESI")?;
    /// assert!(esi.indications.iter().all(|i| i.use_kind != UseKind::Labelled));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Indication {
        /// The statement's stable id within its record.
        pub id: StatementId,
        /// The condition.
        pub condition: Condition,
        /// The pain pattern, when the indication is about pain.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pain_pattern: Option<PainPattern>,
        /// Anatomic sites it applies to.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub sites: Vec<AnatomicSite>,
        /// Primary tumour types it is stated for.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub tumours: Vec<TumourType>,
        /// Labelled, guideline-supported, off-label or investigational.
        pub use_kind: UseKind,
        /// Where it applies.
        pub jurisdiction: Jurisdiction,
        /// The date at which the label or guideline was seen to state this
        /// (its revision date, or the date it was checked). An indication
        /// describes a state of affairs, so a labelled or guideline-supported
        /// one must say as of when.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub as_of: Option<Date>,
        /// Diagnosis codes for the condition (ICD-10-CM).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub codes: Vec<Code>,
        /// The grade the guideline gives, in its own terms, when it gives one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub grade: Option<GuidelineGrade>,
        /// The indication in the catalog's words.
        pub text: String,
        /// The sources that back it.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// A contraindication, warning, precaution or adverse effect.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, PrecautionKind};
    /// let esi = catalog().lookup("epidural steroid injection")?;
    /// assert!(esi.precautions.iter().any(|p| p.kind == PrecautionKind::Warning));
    /// assert!(esi.precautions.iter().all(|p| p.kind != PrecautionKind::BoxedWarning));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Precaution {
        /// The statement's stable id within its record.
        pub id: StatementId,
        /// What kind of caution.
        pub kind: PrecautionKind,
        /// The grade the guideline gives, in its own terms, when it gives one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub grade: Option<GuidelineGrade>,
        /// The caution in the catalog's words.
        pub text: String,
        /// The sources that back it.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// An approval, clearance, label change or other regulatory fact.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Jurisdiction, RegulatoryStatus};
    /// let lu = catalog().lookup("Pluvicto")?;
    /// let first = lu.regulatory.iter().find(|r| r.status == RegulatoryStatus::Approved).unwrap();
    /// assert_eq!(first.jurisdiction, Jurisdiction::Us);
    /// assert_eq!(first.date.map(|d| d.to_string()).as_deref(), Some("2022-03-23"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct RegulatoryEvent {
        /// The statement's stable id within its record.
        pub id: StatementId,
        /// Where.
        pub jurisdiction: Jurisdiction,
        /// What happened or holds.
        pub status: RegulatoryStatus,
        /// When, to the precision known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<Date>,
        /// For a state rather than an event (not approved, discontinued, not
        /// regulated): the date at which it was seen to hold. An event
        /// without a `date` must have one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub as_of: Option<Date>,
        /// The product concerned.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub product: Option<String>,
        /// The holder (manufacturer or sponsor).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub holder: Option<String>,
        /// The event in the catalog's words.
        pub text: String,
        /// The sources that back it.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// A key study or review, summarised.
    ///
    /// ```
    /// let rfa = io_pain_modalities::catalog().get("radiofrequency-ablation")?;
    /// assert!(rfa.evidence.iter().any(|e| e.participants.is_some()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Evidence {
        /// The statement's stable id within its record.
        pub id: StatementId,
        /// The study's short name, such as `VISION` or `Goetz 2004`.
        pub name: String,
        /// The design, as a source kind (randomised trial, single-arm study...).
        pub design: SourceKind,
        /// Number of patients analysed, when stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub participants: Option<u32>,
        /// Design, size and main result in the catalog's words.
        pub text: String,
        /// The sources that back it.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// What the evidence shows about opioid use with a modality.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, OpioidFinding};
    /// let sr = catalog().get("strontium-89-chloride")?;
    /// assert_eq!(sr.opioid_sparing.as_ref().map(|o| o.finding), Some(OpioidFinding::NotEstablished));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct OpioidEvidence {
        /// The finding, in one word.
        pub finding: OpioidFinding,
        /// The finding in the catalog's words.
        pub text: String,
        /// The sources that back it.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// The physics and labelled activity of a radiopharmaceutical, as
    /// information (never as a dosing tool).
    ///
    /// ```
    /// let sr = io_pain_modalities::catalog().get("strontium-89-chloride")?;
    /// let r = sr.radiation.as_ref().unwrap();
    /// assert_eq!(r.half_life_days, 50.5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Radiation {
        /// The radionuclide, such as `Sr-89`.
        pub radionuclide: String,
        /// The therapeutic emission.
        pub emission: Emission,
        /// Physical half-life in days.
        #[cfg_attr(feature = "schemars", schemars(extend("exclusiveMinimum" = 0)))]
        pub half_life_days: f64,
        /// Maximum energy of the therapeutic emission, in MeV.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schemars", schemars(extend("exclusiveMinimum" = 0)))]
        pub max_energy_mev: Option<f64>,
        /// Maximum range in tissue, in millimetres.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schemars", schemars(extend("exclusiveMinimum" = 0)))]
        pub max_range_mm: Option<f64>,
        /// The label's activity and schedule, in the catalog's words.
        pub label_activity: String,
        /// The sources that back these values.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// A code from an open code system, with the sources that show it.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, CodeSystem};
    /// let sr = catalog().get("strontium-89-chloride")?;
    /// assert!(sr.codes.iter().any(|c| c.system == CodeSystem::Hcpcs && c.code == "A9600"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Code {
        /// The code system.
        pub system: CodeSystem,
        /// The code, in the system's own form.
        pub code: String,
        /// What the code means, in the catalog's words.
        pub display: String,
        /// The sources that show the code.
        pub sources: Vec<SourceId>,
    }
}

impl Code {
    /// The code's stable key within its record: `code-<system>-<code>`,
    /// lower-cased, with anything but letters and digits turned into
    /// hyphens.
    ///
    /// ```
    /// let sr = io_pain_modalities::catalog().get("strontium-89-chloride")?;
    /// assert!(sr.codes.iter().any(|c| c.key() == "code-hcpcs-a9600"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn key(&self) -> String {
        let mut key = format!("code-{}-", self.system.as_str());
        for ch in self.code.chars() {
            key.push(if ch.is_ascii_alphanumeric() {
                ch.to_ascii_lowercase()
            } else {
                '-'
            });
        }
        key
    }
}

record! {
    /// A claim of the source article and what better evidence shows.
    ///
    /// ```
    /// let lu = io_pain_modalities::catalog().lookup("Pluvicto")?;
    /// assert!(!lu.corrections.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Correction {
        /// The statement's stable id within its record.
        pub id: StatementId,
        /// The article's claim, paraphrased.
        pub claim: String,
        /// What the better evidence shows.
        pub text: String,
        /// The sources that back the correction.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}
