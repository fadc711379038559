//! The records of the catalog.
//!
//! Records are plain structs with public fields. Every clinical statement
//! carries `text` and the [`SourceId`]s that back it; the catalog checks that
//! each cited source exists when it is loaded.
//!
//! Deserialising a record on its own checks only its shape (field names,
//! types, vocabulary terms, the form of ids and dates); the catalog's rules
//! are checked when a catalog is loaded or merged, or for one modality by
//! [`Catalog::check_modality`](crate::Catalog::check_modality).
//!
//! The records live in one file per family: [`modality`] (a modality and
//! the statements it is made of), [`source`] (the bibliography) and
//! [`entry`] (combinations, innovations and exclusions); what every
//! statement shares (the clause map, a guideline's grade, a relation) is
//! here.

use serde::{Deserialize, Serialize};

use crate::ids::{ModalityId, SourceId};
use crate::vocab::{Derivation, GradeScheme, RelationKind};

/// Derives shared by every record.
macro_rules! record {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        $(#[$meta])*
        #[serde(deny_unknown_fields)]
        #[non_exhaustive]
        pub struct $name { $($body)* }
    };
}

mod entry;
mod modality;
mod source;

pub use entry::{Combination, Exclusion, Innovation};
pub use modality::{
    Administration, Code, Correction, Evidence, Indication, Modality, OpioidEvidence, Precaution,
    Radiation, RegulatoryEvent,
};
pub use source::{Source, SourceStatus};

record! {
    /// A sentence of fact with the sources behind it.
    ///
    /// ```
    /// let m = io_pain_modalities::catalog().get("strontium-89-chloride")?;
    /// assert!(!m.mechanism.sources.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Statement {
        /// The statement, in the catalog's own words.
        pub text: String,
        /// The sources that back it (at least one).
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the text, and where (the
        /// clause map); empty where it has not been recorded yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

record! {
    /// What one cited source holds of a statement, and where to find it:
    /// one entry of a statement's clause map. Locators and figures are
    /// facts; the clause is named in the catalog's own words.
    ///
    /// ```
    /// let s: io_pain_modalities::Support = serde_json::from_str(
    ///     r#"{"source": "goetz-2004", "locator": "Abstract, Results", "holds": ["43"], "clause": "patients enrolled"}"#,
    /// )?;
    /// assert_eq!(s.holds, ["43"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Support {
        /// The cited source.
        pub source: SourceId,
        /// Where in the source to look: a label section, table, figure,
        /// page, heading or registry field.
        pub locator: String,
        /// The figures and dates of the statement's text that this source
        /// holds, written as in the text.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub holds: Vec<String>,
        /// The part of the statement it backs, in the catalog's words.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub clause: Option<String>,
        /// Figures of the text that this source does not give as written
        /// but that were worked out from figures it does give (a
        /// difference, a converted unit).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub derived: Vec<Derived>,
    }
}

record! {
    /// A figure of a statement's text worked out from figures a cited
    /// source gives: what it is, from which of the source's figures, and
    /// how. A derived figure counts as held by that source only through
    /// this entry, so a reader can redo the arithmetic.
    ///
    /// ```
    /// use io_pain_modalities::{Derivation, Support};
    /// let s: Support = serde_json::from_str(r#"{
    ///     "source": "smith-2002-idds-rct",
    ///     "locator": "Abstract, Results",
    ///     "derived": [{"figure": "13.7", "from": ["84.5%", "70.8%"], "how": "difference"}]
    /// }"#)?;
    /// assert_eq!(s.derived[0].how, Derivation::Difference);
    /// assert_eq!(s.derived[0].from, ["84.5%", "70.8%"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Derived {
        /// The figure, as the statement's text writes it.
        pub figure: String,
        /// The source's own figures it was worked out from, as the source
        /// writes them (at least one).
        #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
        pub from: Vec<String>,
        /// How it was worked out.
        pub how: Derivation,
    }
}

record! {
    /// The grade a guideline itself gives a recommendation, in the
    /// guideline's own terms (never converted to a common scale).
    ///
    /// ```
    /// use io_pain_modalities::GradeScheme;
    /// let g: io_pain_modalities::GuidelineGrade =
    ///     serde_json::from_str(r#"{"scheme": "astro", "strength": "Strong", "quality": "High"}"#)?;
    /// assert_eq!(g.scheme, GradeScheme::Astro);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct GuidelineGrade {
        /// The grading scheme.
        pub scheme: GradeScheme,
        /// The strength of the recommendation (or the level or category),
        /// as the guideline writes it.
        pub strength: String,
        /// The quality or certainty of the evidence, as the guideline
        /// writes it, when it gives one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub quality: Option<String>,
    }
}

record! {
    /// A link from one modality to another: a family, a comparator, a
    /// variant or a frequent partner.
    ///
    /// ```
    /// use io_pain_modalities::RelationKind;
    /// let r: io_pain_modalities::Relation =
    ///     serde_json::from_str(r#"{"modality": "vertebroplasty", "relation": "same-family"}"#)?;
    /// assert_eq!(r.relation, RelationKind::SameFamily);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Relation {
        /// The other modality.
        pub modality: ModalityId,
        /// How the two relate.
        pub relation: RelationKind,
    }
}
