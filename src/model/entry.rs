//! Entries beside the modalities: combinations of modalities, emerging
//! innovations, and exclusions (what people look for that lies outside the
//! catalog's scope).

use serde::{Deserialize, Serialize};

use super::Support;
use crate::ids::{EntryId, ModalityId, SourceId};
use crate::vocab::{Category, Lifecycle};

record! {
    /// Modalities used together, such as ablation followed by cement.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog().combinations().next().unwrap();
    /// assert!(c.modalities.len() >= 2);
    /// ```
    pub struct Combination {
        /// Stable id.
        pub id: EntryId,
        /// A short name.
        pub name: String,
        /// The modalities combined, in the order they are used: at least
        /// two, each once.
        #[cfg_attr(
            feature = "schemars",
            schemars(length(min = 2), extend("uniqueItems" = true))
        )]
        pub modalities: Vec<ModalityId>,
        /// How established the combination is.
        pub lifecycle: Lifecycle,
        /// What is known of it, in the catalog's words.
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
    /// A newer technique named by the source article, not yet a modality of
    /// its own in routine use.
    ///
    /// ```
    /// use io_pain_modalities::Lifecycle;
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.innovations().all(|i| i.lifecycle != Lifecycle::Established));
    /// ```
    pub struct Innovation {
        /// Stable id.
        pub id: EntryId,
        /// A short name.
        pub name: String,
        /// Other names in use.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub synonyms: Vec<String>,
        /// What kind of intervention it is.
        pub category: Category,
        /// Emerging or investigational.
        #[cfg_attr(feature = "schemars", schemars(extend("not" = {"const": "established"})))]
        pub lifecycle: Lifecycle,
        /// Modalities it builds on.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub related: Vec<ModalityId>,
        /// What is known of it, in the catalog's words.
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
    /// A procedure or drug people may look for that lies outside the
    /// catalog's scope (interventional and radiotherapeutic cancer-pain
    /// care), with the reason. Looking one up answers
    /// [`Error::OutOfScope`](crate::Error::OutOfScope) with the reason, and
    /// search finds nothing for it.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Error};
    /// let x = catalog().exclusions().next().unwrap();
    /// assert!(!x.reason.is_empty());
    /// assert!(matches!(catalog().lookup(&x.name), Err(Error::OutOfScope { .. })));
    /// ```
    pub struct Exclusion {
        /// Stable id, such as `basivertebral-nerve-ablation`.
        pub id: EntryId,
        /// The name people use.
        pub name: String,
        /// Other names and abbreviations people type.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub synonyms: Vec<String>,
        /// Why it is outside the catalog, in the catalog's words.
        pub reason: String,
        /// The sources that back the reason.
        pub sources: Vec<SourceId>,
        /// Which cited source holds which part of the reason, and where.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub support: Vec<Support>,
    }
}

impl Exclusion {
    /// The name and every synonym.
    ///
    /// ```
    /// let x = io_pain_modalities::catalog().exclusions().next().unwrap();
    /// assert_eq!(x.names().next(), Some(x.name.as_str()));
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.synonyms.iter().map(String::as_str))
    }
}
