//! The open code systems the catalog records, with the form of each code.

use super::Vocabulary;
use crate::error::Error;

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
            Err(Error::parse(
                "code",
                code,
                format!("a {self} code is {}", self.form()),
            ))
        }
    }

    /// The form of this system's codes, in words, with an example.
    fn form(self) -> &'static str {
        match self {
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
            CodeSystem::Icd10Pcs => "seven digits or capital letters other than I and O (DP220ZZ)",
            CodeSystem::FdaPma => {
                "P and six digits, optionally /S and a supplement number (P860004)"
            }
            CodeSystem::NciThesaurus => "C and up to seven digits (C15313)",
            CodeSystem::Rxnorm => "up to eight digits, not starting with 0",
        }
    }
}
