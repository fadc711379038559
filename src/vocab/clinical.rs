//! What a modality is and what it is for: categories, stages, pain
//! patterns, conditions, sites, tumour types, kinds of use, precautions,
//! routes, imaging, opioid findings, emissions and relations.

use super::Vocabulary;
use crate::error::Error;

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
