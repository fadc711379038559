//! The bibliography: a source and whether it is the version in force.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::ids::{Doi, Pmid, SourceId, Url};
use crate::vocab::{SourceKind, Verification};

record! {
    /// An entry of the shared bibliography.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, SourceKind};
    /// let s = catalog().source("dupuy-2010").unwrap();
    /// assert_eq!(s.kind, SourceKind::SingleArmStudy);
    /// assert_eq!(s.pmid.as_ref().map(|p| p.as_str()), Some("20041484"));
    /// ```
    pub struct Source {
        /// Stable id, such as `dupuy-2010`.
        pub id: SourceId,
        /// What kind of source it is.
        pub kind: SourceKind,
        /// Authors, year, title and venue.
        pub citation: String,
        /// Digital Object Identifier.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub doi: Option<Doi>,
        /// PubMed identifier.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pmid: Option<Pmid>,
        /// The page of the label, guideline, record or article.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<Url>,
        /// How it was checked.
        pub verification: Verification,
        /// When it was last checked.
        pub checked: Date,
        /// Whether it is the version in force, as of `checked`. Required
        /// for guidelines, labels and payer policies, which get revised;
        /// when absent on other kinds, nothing is known to have replaced it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<SourceStatus>,
        /// Anything a reader should know about this source.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
}

/// Whether a source is the version in force.
///
/// In JSON: `"current"`, `"draft"`, `"withdrawn"`, `"discontinued"`,
/// `"unconfirmed"`, or
/// `{"superseded": "nice-ng234"}` naming the source that replaced it, which
/// must itself be in the catalog.
///
/// ```
/// use io_pain_modalities::{catalog, SourceStatus};
/// let status: SourceStatus = serde_json::from_str(r#"{"superseded": "nice-ng234"}"#)?;
/// assert_eq!(status.label(), "Superseded");
/// assert!(!status.is_current());
/// assert!(SourceStatus::Current.is_current());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SourceStatus {
    /// The version in force.
    Current,
    /// A draft or consultation document, never final guidance.
    Draft,
    /// Withdrawn without replacement.
    Withdrawn,
    /// The product the source describes is discontinued; the document
    /// stays as a record of it.
    Discontinued,
    /// No newer version was found, but the page did not show that this one
    /// is still in force (an undated payer policy, say). Never counts as
    /// current guidance.
    Unconfirmed,
    /// Replaced by another source of the catalog.
    Superseded(SourceId),
}

// In the schema the states and the replacement are two named definitions,
// so that code generators name both halves of the union after the schema
// (quicktype would otherwise invent `StatusEnum` and `StatusClass`).
#[cfg(feature = "schemars")]
mod status_schema {
    use super::SourceId;

    /// A source's state when nothing replaced it.
    #[derive(schemars::JsonSchema)]
    #[serde(rename_all = "kebab-case")]
    #[allow(dead_code)]
    enum SourceState {
        /// The version in force.
        Current,
        /// A draft or consultation document, never final guidance.
        Draft,
        /// Withdrawn without replacement.
        Withdrawn,
        /// The product the source describes is discontinued; the document
        /// stays as a record of it.
        Discontinued,
        /// No newer version was found, but the page did not show that this
        /// one is still in force. Never counts as current guidance.
        Unconfirmed,
    }

    /// A source replaced by another source of the catalog.
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Superseded {
        /// The source that replaced it.
        superseded: SourceId,
    }

    impl schemars::JsonSchema for super::SourceStatus {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "SourceStatus".into()
        }
        fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
            schemars::json_schema!({
                "description": "Whether a source is the version in force: a state, or the source that replaced it.",
                "oneOf": [
                    generator.subschema_for::<SourceState>(),
                    generator.subschema_for::<Superseded>(),
                ],
            })
        }
    }
}

impl SourceStatus {
    /// Whether this is the version in force.
    ///
    /// ```
    /// assert!(!io_pain_modalities::SourceStatus::Draft.is_current());
    /// ```
    pub fn is_current(&self) -> bool {
        matches!(self, SourceStatus::Current)
    }

    /// The label people read: "Current", "Draft or consultation",
    /// "Withdrawn", "Currency not confirmed" or "Superseded".
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::SourceStatus::Draft.label(), "Draft or consultation");
    /// ```
    pub fn label(&self) -> &'static str {
        match self {
            SourceStatus::Current => "Current",
            SourceStatus::Draft => "Draft or consultation",
            SourceStatus::Withdrawn => "Withdrawn",
            SourceStatus::Discontinued => "Product discontinued",
            SourceStatus::Unconfirmed => "Currency not confirmed",
            SourceStatus::Superseded(_) => "Superseded",
        }
    }

    /// The source that replaced this one, if it was superseded.
    ///
    /// ```
    /// use io_pain_modalities::SourceStatus;
    /// let s: SourceStatus = serde_json::from_str(r#"{"superseded": "nice-ng234"}"#)?;
    /// assert_eq!(s.superseded_by().map(|id| id.as_str()), Some("nice-ng234"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn superseded_by(&self) -> Option<&SourceId> {
        match self {
            SourceStatus::Superseded(by) => Some(by),
            _ => None,
        }
    }
}
