//! Closed vocabularies.
//!
//! Every enum here has the same kebab-case name in Rust's `Display`/`FromStr`
//! and in JSON (serde), and every term of one is listed by
//! [`Vocabulary::ALL`]. `FromStr` also takes the label people read, in any
//! case (`"Guideline-supported"`); JSON takes the kebab-case name only.
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

/// What every vocabulary enum has: a kebab-case name for machines, a label
/// for people, and the name of the vocabulary for messages. (Each enum also
/// has an inherent `definition()`: its term's documentation as one line.) Generic code
/// (a page generator, a form) can list any vocabulary through it.
///
/// ```
/// use io_pain_modalities::{Condition, Vocabulary};
///
/// fn options<T: Vocabulary>() -> Vec<(&'static str, &'static str)> {
///     T::ALL.iter().map(|t| (t.as_str(), t.label())).collect()
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
    /// Every term, in declaration order.
    const ALL: &'static [Self];
    /// The kebab-case name, as in JSON and `Display`.
    fn as_str(self) -> &'static str;
    /// The label people read, in sentence case.
    fn label(self) -> &'static str;
}

/// The doc comment of a variant as one line: its `#[doc]` attributes
/// concatenated (each line starts with a space), other attributes skipped.
macro_rules! doc_text {
    (@acc [$($acc:expr),*]) => { concat!($($acc),*) };
    (@acc [$($acc:expr),*] [doc = $d:literal] $($rest:tt)*) => {
        doc_text!(@acc [$($acc,)* $d] $($rest)*)
    };
    (@acc [$($acc:expr),*] [$($other:tt)*] $($rest:tt)*) => {
        doc_text!(@acc [$($acc),*] $($rest)*)
    };
    ($($attrs:tt)*) => { doc_text!(@acc [] $($attrs)*) };
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident ($what:literal) {
            $( $(#[$($vmeta:tt)*])* $variant:ident => $label:literal ),+ $(,)?
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
            $( $(#[$($vmeta)*])* $variant ),+
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

            /// What the term means: its documentation in this crate, as one
            /// line (the FHIR export's CodeSystem definitions).
            pub fn definition(self) -> &'static str {
                match self {
                    $( Self::$variant => doc_text!($( [$($vmeta)*] )*).trim_ascii() ),+
                }
            }
        }

        impl Vocabulary for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
            fn label(self) -> &'static str {
                $name::label(self)
            }
        }
    };
}

mod clinical;
mod codes;
mod evidence;

pub use clinical::{
    AnatomicSite, Category, Condition, Emission, Imaging, Lifecycle, OpioidFinding, PainPattern,
    PrecautionKind, RelationKind, Route, TumourType, UseKind,
};
pub use codes::CodeSystem;
pub use evidence::{
    Derivation, EvidenceLevel, GradeScheme, Jurisdiction, RegulatoryStatus, SourceKind,
    Verification,
};

#[cfg(test)]
mod definition_tests {
    use super::*;

    #[test]
    fn definitions_are_the_variant_docs_on_one_line() {
        assert_eq!(
            Category::CementAugmentation.definition(),
            "Injects bone cement to stabilise bone: vertebroplasty, kyphoplasty."
        );
        // Other attributes (strum, serde renames) are not part of it.
        assert_eq!(
            CodeSystem::Icd10Cm.definition(),
            "ICD-10-CM diagnosis codes (system URI `http://hl7.org/fhir/sid/icd-10-cm`)."
        );
        for c in <Condition as strum::VariantArray>::VARIANTS {
            assert!(
                !c.definition().is_empty() && !c.definition().contains("  "),
                "{c}"
            );
        }
    }
}
