//! Closed vocabularies.
//!
//! Every enum here has the same kebab-case name in Rust's `Display`/`FromStr`
//! and in JSON (serde), and can be iterated with
//! [`strum::IntoEnumIterator`] or listed with [`strum::VariantArray`].
//! `FromStr` also takes the label people read, in any case
//! (`"Guideline-supported"`); JSON takes the kebab-case name only.
//!
//! ```
//! use io_pain_modalities::PainPattern;
//!
//! let p: PainPattern = "focal".parse()?;
//! assert_eq!(p, PainPattern::Focal);
//! assert_eq!(p.to_string(), "focal");
//! assert!("sharp".parse::<PainPattern>().is_err());
//! // Labels parse too, in any case.
//! assert_eq!("Malignant vertebral compression fracture".parse::<io_pain_modalities::Condition>()?,
//!            io_pain_modalities::Condition::MalignantVertebralCompressionFracture);
//! assert_eq!("FOCAL".parse::<PainPattern>()?, PainPattern::Focal);
//! // People read labels; machines read the kebab-case names.
//! assert_eq!(io_pain_modalities::UseKind::GuidelineSupported.label(), "Guideline-supported");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::Error;

/// What every vocabulary enum has: a kebab-case name for machines, a label
/// for people, and the name of the vocabulary for messages. Generic code
/// (a page generator, a form) can list any vocabulary through it.
///
/// ```
/// use io_pain_modalities::{Condition, Vocabulary, strum::IntoEnumIterator};
///
/// fn options<T: Vocabulary + IntoEnumIterator>() -> Vec<(&'static str, &'static str)> {
///     T::iter().map(|t| (t.as_str(), t.label())).collect()
/// }
/// let conditions = options::<Condition>();
/// assert!(conditions.contains(&(
///     "malignant-vertebral-compression-fracture",
///     "Malignant vertebral compression fracture",
/// )));
/// ```
pub trait Vocabulary: Copy + std::fmt::Display + 'static {
    /// What this vocabulary is called in error messages, such as `"pain pattern"`.
    const WHAT: &'static str;
    /// The kebab-case name, as in JSON and `Display`.
    fn as_str(self) -> &'static str;
    /// The label people read, in sentence case.
    fn label(self) -> &'static str;
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $label:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize,
            strum::Display, strum::IntoStaticStr,
            strum::EnumIter, strum::EnumCount, strum::VariantArray,
        )]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[serde(rename_all = "kebab-case")]
        #[strum(serialize_all = "kebab-case")]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        // JSON takes the kebab-case name only, and rejects a bad term with
        // the message `FromStr` gives.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::from_name(&s).ok_or_else(|| serde::de::Error::custom($name::unknown_term(&s)))
            }
        }

        /// Parses the kebab-case name (`"thermal-ablation"`) or the label
        /// people read (`"Thermal ablation"`), ignoring ASCII case.
        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                if let Some(v) = $name::from_name(s) {
                    return Ok(v);
                }
                let t = s.trim();
                <Self as strum::VariantArray>::VARIANTS
                    .iter()
                    .copied()
                    .find(|v| t.eq_ignore_ascii_case(v.as_str()) || t.eq_ignore_ascii_case(v.label()))
                    .ok_or_else(|| $name::unknown_term(s))
            }
        }

        impl $name {
            /// What this vocabulary is called in error messages.
            pub const WHAT: &'static str = $what;

            /// The term whose kebab-case name is exactly `s`.
            fn from_name(s: &str) -> Option<Self> {
                <Self as strum::VariantArray>::VARIANTS.iter().copied().find(|v| v.as_str() == s)
            }

            fn unknown_term(value: &str) -> Error {
                let known: Vec<&'static str> =
                    <Self as strum::VariantArray>::VARIANTS.iter().map(|v| v.as_str()).collect();
                Error::parse($what, value, format!("expected one of {}", known.join(", ")))
            }

            /// The kebab-case name, as in JSON.
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The label people read, in sentence case, such as "Thermal
            /// ablation" (`Display` and JSON keep the kebab-case name).
            pub fn label(self) -> &'static str {
                match self {
                    $( Self::$variant => $label ),+
                }
            }
        }

        impl Vocabulary for $name {
            const WHAT: &'static str = $what;
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
            fn label(self) -> &'static str {
                $name::label(self)
            }
        }
    };
}

vocabulary! {
    /// What kind of intervention a modality is.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Category::CementAugmentation.as_str(), "cement-augmentation");
    /// ```
    Category ("category") {
        /// Destroys tissue with heat or cold: radiofrequency, microwave,
        /// cryoablation, focused ultrasound.
        ThermalAblation => "Thermal ablation",
        /// Injects bone cement to stabilise bone: vertebroplasty, kyphoplasty.
        CementAugmentation => "Cement augmentation",
        /// A bone-seeking radionuclide given into a vein that irradiates
        /// skeletal metastases: strontium-89, samarium-153, radium-223.
        BoneSeekingRadiopharmaceutical => "Bone-seeking radiopharmaceutical",
        /// A radionuclide bound to a ligand that targets a tumour antigen
        /// (for example PSMA).
        RadioligandTherapy => "Radioligand therapy",
        /// Medicine injected into the epidural space.
        EpiduralInjection => "Epidural injection",
        /// Electrical stimulation of nerves.
        Neuromodulation => "Neuromodulation",
        /// Chemical or thermal destruction of a nerve or nerve plexus, such
        /// as coeliac plexus neurolysis.
        Neurolysis => "Neurolysis",
        /// Imaging, navigation or planning aids for image-guided procedures.
        ImageGuidance => "Image guidance",
        /// Radiation aimed at a tumour from outside the body: conventional
        /// palliative radiotherapy and stereotactic body radiotherapy.
        ExternalBeamRadiotherapy => "External-beam radiotherapy",
        /// Medicine delivered into the cerebrospinal fluid through an
        /// implanted catheter and pump.
        IntrathecalDrugDelivery => "Intrathecal drug delivery",
        /// Blocking a tumour's arterial supply through a catheter.
        Embolisation => "Embolisation",
        /// Screws, implants or cemented screws placed through the skin to
        /// stabilise bone.
        PercutaneousFixation => "Percutaneous fixation",
        /// Interrupting a pain pathway in the spinal cord, such as cordotomy.
        Neuroablation => "Neuroablation",
    }
}

vocabulary! {
    /// How established a modality, combination or innovation is.
    ///
    /// ```
    /// use io_pain_modalities::Lifecycle;
    /// assert!(Lifecycle::Established < Lifecycle::Emerging);
    /// ```
    Lifecycle ("lifecycle") {
        /// In routine use, backed by labels, guidelines or published series.
        Established => "Established",
        /// In early clinical use with limited evidence.
        Emerging => "Emerging",
        /// Under study; not in routine use.
        Investigational => "Investigational",
    }
}

vocabulary! {
    /// The pattern of pain an indication addresses.
    ///
    /// ```
    /// assert_eq!("diffuse".parse::<io_pain_modalities::PainPattern>()?, io_pain_modalities::PainPattern::Diffuse);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PainPattern ("pain pattern") {
        /// One or a few painful lesions that can be targeted one by one.
        Focal => "Focal",
        /// Pain from many sites at once, suited to a systemic agent.
        Diffuse => "Diffuse",
        /// Pain radiating along a nerve root.
        Radicular => "Radicular",
    }
}

vocabulary! {
    /// The condition an indication is for.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Condition::PainfulBoneMetastases.to_string(), "painful-bone-metastases");
    /// ```
    Condition ("condition") {
        /// Pain from metastases in bone.
        PainfulBoneMetastases => "Painful bone metastases",
        /// A vertebral compression fracture caused by a tumour (metastasis or myeloma).
        MalignantVertebralCompressionFracture => "Malignant vertebral compression fracture",
        /// A vertebral compression fracture caused by osteoporosis.
        OsteoporoticVertebralCompressionFracture => "Osteoporotic vertebral compression fracture",
        /// Pain radiating from an irritated or compressed spinal nerve root.
        RadicularPain => "Radicular pain",
        /// Pain caused by a malignancy in or next to the spine.
        SpinalMalignancyPain => "Spinal malignancy pain",
        /// Metastatic castration-resistant prostate cancer that expresses PSMA.
        PsmaPositiveMetastaticCastrationResistantProstateCancer => "PSMA-positive metastatic castration-resistant prostate cancer",
        /// Castration-resistant prostate cancer with symptomatic bone metastases.
        CastrationResistantProstateCancerWithBoneMetastases => "Castration-resistant prostate cancer with bone metastases",
        /// A benign bone tumour such as osteoid osteoma.
        BenignBoneTumour => "Benign bone tumour",
        /// Cancer-related pain in general.
        CancerPain => "Cancer pain",
        /// Visceral pain from a cancer of the upper abdomen (pancreas,
        /// stomach, liver and nearby organs).
        UpperAbdominalVisceralCancerPain => "Upper-abdominal visceral cancer pain",
        /// Visceral pain from a cancer of the pelvic organs.
        PelvicVisceralCancerPain => "Pelvic visceral cancer pain",
        /// Pain in the perineum from cancer.
        PerinealCancerPain => "Perineal cancer pain",
        /// Compression of the spinal cord or cauda equina by metastatic disease.
        MetastaticSpinalCordCompression => "Metastatic spinal cord compression",
        /// A bone metastasis at risk of fracturing.
        ImpendingPathologicalFracture => "Impending pathological fracture",
        /// A fracture through bone weakened by a tumour (outside the spine).
        PathologicalFracture => "Pathological fracture",
        /// Cancer pain not controlled by, or with intolerable effects from,
        /// other treatments.
        RefractoryCancerPain => "Refractory cancer pain",
        /// Severe chronic pain of any cause (the wording of some labels).
        SevereChronicPain => "Severe chronic pain",
        /// Cancer pain on one side of the body.
        UnilateralCancerPain => "Unilateral cancer pain",
    }
}

vocabulary! {
    /// Where in the body an indication applies.
    ///
    /// ```
    /// assert_eq!("lumbar-spine".parse::<io_pain_modalities::AnatomicSite>()?, io_pain_modalities::AnatomicSite::LumbarSpine);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    AnatomicSite ("anatomic site") {
        /// Cervical vertebrae.
        CervicalSpine => "Cervical spine",
        /// Thoracic vertebrae.
        ThoracicSpine => "Thoracic spine",
        /// Lumbar vertebrae.
        LumbarSpine => "Lumbar spine",
        /// The sacrum.
        Sacrum => "Sacrum",
        /// The pelvic bones, including the acetabulum.
        Pelvis => "Pelvis",
        /// The ribs.
        Ribs => "Ribs",
        /// Bones of the limbs.
        Extremities => "Extremities",
        /// The skeleton as a whole (systemic agents).
        WholeSkeleton => "Whole skeleton",
        /// The epidural space around spinal nerve roots.
        EpiduralSpace => "Epidural space",
        /// Peripheral nerves.
        PeripheralNerve => "Peripheral nerve",
        /// The coeliac plexus of the upper abdomen.
        CoeliacPlexus => "Coeliac plexus",
        /// The greater, lesser and least splanchnic nerves.
        SplanchnicNerves => "Splanchnic nerves",
        /// The superior hypogastric plexus in front of the lower lumbar spine.
        SuperiorHypogastricPlexus => "Superior hypogastric plexus",
        /// The ganglion impar in front of the sacrococcygeal junction.
        GanglionImpar => "Ganglion impar",
        /// The acetabulum (hip socket).
        Acetabulum => "Acetabulum",
        /// The intrathecal (subarachnoid) space.
        IntrathecalSpace => "Intrathecal space",
        /// The spinal cord.
        SpinalCord => "Spinal cord",
        /// Soft-tissue (non-bone) disease.
        SoftTissue => "Soft tissue",
    }
}

vocabulary! {
    /// Primary tumour types an indication is stated for.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::TumourType::MultipleMyeloma.as_str(), "multiple-myeloma");
    /// ```
    TumourType ("tumour type") {
        /// Not restricted to one primary tumour.
        AnyPrimary => "Any primary",
        /// Prostate cancer.
        Prostate => "Prostate",
        /// Breast cancer.
        Breast => "Breast",
        /// Lung cancer.
        Lung => "Lung",
        /// Multiple myeloma.
        MultipleMyeloma => "Multiple myeloma",
        /// Pancreatic cancer.
        Pancreas => "Pancreas",
        /// Colorectal cancer.
        Colorectal => "Colorectal",
        /// Gynaecological cancers (cervix, uterus, ovary, vulva).
        Gynaecological => "Gynaecological",
        /// Bladder cancer.
        Bladder => "Bladder",
        /// Kidney cancer.
        Kidney => "Kidney",
        /// Stomach cancer.
        Stomach => "Stomach",
        /// Liver and biliary cancers.
        Liver => "Liver",
        /// Mesothelioma.
        Mesothelioma => "Mesothelioma",
        /// Thyroid cancer.
        Thyroid => "Thyroid",
        /// A benign bone tumour.
        Benign => "Benign",
    }
}

vocabulary! {
    /// The standing of an indication.
    ///
    /// ```
    /// assert_eq!("off-label".parse::<io_pain_modalities::UseKind>()?, io_pain_modalities::UseKind::OffLabel);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    UseKind ("kind of use") {
        /// Within a regulator's approval or clearance (drug label, device indication).
        Labelled => "Labelled",
        /// Supported by a guideline or consensus statement, without a label for it.
        GuidelineSupported => "Guideline-supported",
        /// In use outside any label, without guideline support for this use.
        OffLabel => "Off-label",
        /// Under study only.
        Investigational => "Investigational",
    }
}

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
    /// The kind of a caution.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::PrecautionKind::Warning.as_str(), "warning");
    /// ```
    PrecautionKind ("precaution kind") {
        /// A situation in which the label or guideline says not to use it.
        Contraindication => "Contraindication",
        /// A boxed warning on a US label.
        BoxedWarning => "Boxed warning",
        /// A warning in a label's warnings section.
        Warning => "Warning",
        /// Something to take care over.
        Precaution => "Precaution",
        /// A reported adverse effect or complication.
        AdverseEffect => "Adverse effect",
    }
}

vocabulary! {
    /// How a modality reaches its target.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Route::Intravenous.as_str(), "intravenous");
    /// ```
    Route ("route") {
        /// A needle, probe or electrode through the skin.
        Percutaneous => "Percutaneous",
        /// Into a vein.
        Intravenous => "Intravenous",
        /// Into the epidural space.
        Epidural => "Epidural",
        /// From outside the body, without a needle.
        Noninvasive => "Non-invasive",
        /// Into the cerebrospinal fluid around the spinal cord.
        Intrathecal => "Intrathecal",
        /// Through a catheter in an artery.
        IntraArterial => "Intra-arterial",
        /// Through an endoscope, such as from the stomach under endoscopic
        /// ultrasound.
        Endoscopic => "Endoscopic",
        /// Radiation beams aimed from outside the body.
        ExternalBeam => "External beam",
    }
}

vocabulary! {
    /// The imaging used to guide a procedure.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Imaging::Ct.as_str(), "ct");
    /// ```
    Imaging ("imaging") {
        /// Computed tomography.
        Ct => "CT",
        /// X-ray fluoroscopy.
        Fluoroscopy => "Fluoroscopy",
        /// Ultrasound.
        Ultrasound => "Ultrasound",
        /// Magnetic resonance imaging.
        Mri => "MRI",
        /// Endoscopic ultrasound.
        EndoscopicUltrasound => "Endoscopic ultrasound",
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
    /// A code system whose codes the catalog records. Only open systems:
    /// no CPT, no SNOMED CT descriptions.
    ///
    /// ```
    /// use io_pain_modalities::CodeSystem;
    /// assert_eq!(CodeSystem::Icd10Cm.as_str(), "icd-10-cm");
    /// assert!(CodeSystem::Icd10Cm.check("C79.51").is_ok());
    /// assert!(CodeSystem::Hcpcs.check("A96000").is_err());
    /// ```
    CodeSystem ("code system") {
        /// ICD-10-CM diagnosis codes (system URI `http://hl7.org/fhir/sid/icd-10-cm`).
        #[strum(serialize = "icd-10-cm")]
        #[serde(rename = "icd-10-cm")]
        Icd10Cm => "ICD-10-CM",
        /// HCPCS Level II codes (system URI
        /// `http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`).
        Hcpcs => "HCPCS",
        /// WHO Anatomical Therapeutic Chemical codes (system URI `http://www.whocc.no/atc`).
        Atc => "ATC",
        /// US National Drug Codes, package codes with hyphens (system URI
        /// `http://hl7.org/fhir/sid/ndc`).
        Ndc => "NDC",
        /// FDA premarket notification (510(k)) numbers (system URI
        /// `urn:io-pain-modalities:fda-510k`).
        #[strum(serialize = "fda-510k")]
        #[serde(rename = "fda-510k")]
        Fda510k => "FDA 510(k)",
        /// ClinicalTrials.gov identifiers (system URI `https://clinicaltrials.gov`).
        Nct => "ClinicalTrials.gov (NCT)",
        /// ICD-10-PCS procedure codes, published free by CMS (system URI
        /// `http://www.cms.gov/Medicare/Coding/ICD10`).
        #[strum(serialize = "icd-10-pcs")]
        #[serde(rename = "icd-10-pcs")]
        Icd10Pcs => "ICD-10-PCS",
        /// FDA premarket approval (PMA) numbers (system URI
        /// `urn:io-pain-modalities:fda-pma`).
        FdaPma => "FDA premarket approval (PMA)",
        /// NCI Thesaurus concept codes (system URI
        /// `http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl`).
        NciThesaurus => "NCI Thesaurus",
        /// RxNorm concept identifiers (system URI
        /// `http://www.nlm.nih.gov/research/umls/rxnorm`).
        Rxnorm => "RxNorm",
    }
}

impl CodeSystem {
    /// The URI naming this code system: the HL7 FHIR system URI for
    /// ICD-10-CM, HCPCS, ATC and NDC; the registry's address for
    /// ClinicalTrials.gov; a URN of this crate's for FDA 510(k) numbers.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::CodeSystem::Ndc.uri(), "http://hl7.org/fhir/sid/ndc");
    /// ```
    pub fn uri(self) -> &'static str {
        match self {
            CodeSystem::Icd10Cm => "http://hl7.org/fhir/sid/icd-10-cm",
            CodeSystem::Hcpcs => "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            CodeSystem::Atc => "http://www.whocc.no/atc",
            CodeSystem::Ndc => "http://hl7.org/fhir/sid/ndc",
            CodeSystem::Fda510k => "urn:io-pain-modalities:fda-510k",
            CodeSystem::Nct => "https://clinicaltrials.gov",
            CodeSystem::Icd10Pcs => "http://www.cms.gov/Medicare/Coding/ICD10",
            CodeSystem::FdaPma => "urn:io-pain-modalities:fda-pma",
            CodeSystem::NciThesaurus => "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl",
            CodeSystem::Rxnorm => "http://www.nlm.nih.gov/research/umls/rxnorm",
        }
    }

    /// Checks that `code` has the form this system uses.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] naming the code and the expected form.
    ///
    /// ```
    /// use io_pain_modalities::CodeSystem;
    /// assert!(CodeSystem::Atc.check("V10XX05").is_ok());
    /// assert!(CodeSystem::Nct.check("NCT0351166").is_err());
    /// ```
    pub fn check(self, code: &str) -> Result<(), Error> {
        let b = code.as_bytes();
        let upper = |c: &u8| c.is_ascii_uppercase();
        let digit = |c: &u8| c.is_ascii_digit();
        let ok = match self {
            // A letter, a digit, a letter or digit, then optionally a dot and
            // 1 to 4 more (an X placeholder included).
            CodeSystem::Icd10Cm => {
                let (head, tail) = code.split_once('.').unwrap_or((code, ""));
                let head_ok = matches!(head.as_bytes(), [l, d, x]
                    if upper(l) && digit(d) && x.is_ascii_alphanumeric());
                let tail_ok = (tail.is_empty() && !code.contains('.'))
                    || (!tail.is_empty()
                        && tail.len() <= 4
                        && tail
                            .bytes()
                            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
                head_ok && tail_ok
            }
            CodeSystem::Hcpcs => matches!(b, [l, rest @ ..]
                if upper(l) && rest.len() == 4 && rest.iter().all(digit)),
            CodeSystem::Atc => matches!(b, [a, d1, d2, l1, l2, d3, d4]
                if upper(a) && [d1, d2, d3, d4].into_iter().all(digit) && upper(l1) && upper(l2)),
            // The 10-digit forms HL7 uses (4-4-2, 5-3-2, 5-4-1); the 11-digit
            // billing form (5-4-2) is not the system's own.
            CodeSystem::Ndc => {
                let mut lens = [0usize; 4];
                let mut n = 0;
                let mut digits_only = true;
                for part in code.split('-') {
                    digits_only &= !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit());
                    if let Some(slot) = lens.get_mut(n) {
                        *slot = part.len();
                    }
                    n += 1;
                }
                digits_only && n == 3 && matches!(lens, [4, 4, 2, 0] | [5, 3, 2, 0] | [5, 4, 1, 0])
            }
            CodeSystem::Fda510k => matches!(b, [b'K', rest @ ..]
                if rest.len() == 6 && rest.iter().all(digit)),
            CodeSystem::Nct => matches!(b, [b'N', b'C', b'T', rest @ ..]
                if rest.len() == 8 && rest.iter().all(digit)),
            // Seven characters, digits and capital letters other than I and O.
            CodeSystem::Icd10Pcs => {
                b.len() == 7
                    && b.iter()
                        .all(|c| c.is_ascii_digit() || (upper(c) && *c != b'I' && *c != b'O'))
            }
            // P and six digits, optionally a supplement: P860004 or P860004/S123.
            CodeSystem::FdaPma => {
                let (base, supplement) = code.split_once("/S").unwrap_or((code, "0"));
                matches!(base.as_bytes(), [b'P', rest @ ..]
                    if rest.len() == 6 && rest.iter().all(digit))
                    && !supplement.is_empty()
                    && supplement.len() <= 4
                    && supplement.bytes().all(|c| c.is_ascii_digit())
            }
            CodeSystem::NciThesaurus => matches!(b, [b'C', rest @ ..]
                if (1..=7).contains(&rest.len()) && rest.iter().all(digit)),
            CodeSystem::Rxnorm => (1..=8).contains(&b.len()) && b.iter().all(digit) && b[0] != b'0',
        };
        if ok {
            Ok(())
        } else {
            let form = match self {
                CodeSystem::Icd10Cm => {
                    "a letter, a digit, a letter or digit, then optionally a dot and up to 4 more (C79.51)"
                }
                CodeSystem::Hcpcs => "a capital letter and four digits (A9600)",
                CodeSystem::Atc => "7 characters such as V10BX01",
                CodeSystem::Ndc => {
                    "the 10-digit form in three hyphenated groups (4-4-2, 5-3-2 or 5-4-1) such as 69488-010-61"
                }
                CodeSystem::Fda510k => "K and six digits (K161949)",
                CodeSystem::Nct => "NCT and eight digits (NCT03511664)",
                CodeSystem::Icd10Pcs => {
                    "seven digits or capital letters other than I and O (DP220ZZ)"
                }
                CodeSystem::FdaPma => {
                    "P and six digits, optionally /S and a supplement number (P860004)"
                }
                CodeSystem::NciThesaurus => "C and up to seven digits (C15313)",
                CodeSystem::Rxnorm => "up to eight digits, not starting with 0",
            };
            Err(Error::parse(
                "code",
                code,
                format!("a {self} code is {form}"),
            ))
        }
    }
}

vocabulary! {
    /// What the evidence shows about opioid use.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::OpioidFinding::NotEstablished.as_str(), "not-established");
    /// ```
    OpioidFinding ("opioid finding") {
        /// Lower opioid use reported, in uncontrolled (single-arm or
        /// observational) studies only.
        ReductionUncontrolled => "Reduction in uncontrolled studies",
        /// Lower opioid use shown in a randomised comparison.
        ReductionRandomised => "Reduction in a randomised trial",
        /// Studied, without a conclusive opioid-sparing effect.
        NotEstablished => "Not established",
        /// No opioid-use outcome was found in the sources reviewed.
        NotStudied => "Not studied",
    }
}

vocabulary! {
    /// The radiation a radionuclide emits for therapy.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Emission::BetaMinus.as_str(), "beta-minus");
    /// ```
    Emission ("emission") {
        /// Beta-minus particles (electrons).
        BetaMinus => "Beta-minus",
        /// Alpha particles.
        Alpha => "Alpha",
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
    /// How one modality relates to another.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::RelationKind::Comparator.label(), "Compared with");
    /// ```
    RelationKind ("relation") {
        /// Members of one family, such as the sympathetic plexus blocks or
        /// the cement procedures.
        SameFamily => "Same family",
        /// Compared with each other in trials or guidance, such as
        /// radiotherapy and the ablations.
        Comparator => "Compared with",
        /// A variant of the other modality, such as stereotactic body
        /// radiotherapy of conventional radiotherapy.
        VariantOf => "Variant of",
        /// Often done together or one after the other.
        OftenCombined => "Often combined with",
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
