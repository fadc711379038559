//! The one error type of the crate.

use std::fmt;

use crate::Problems;

/// Everything that can go wrong when parsing, loading, merging or looking up.
///
/// Messages are lowercase, carry the offending input and, for catalog files,
/// the JSON path of the bad field (for example `modalities[2].indications[0].sources[1]`).
///
/// ```
/// use io_pain_modalities::{catalog, Error};
///
/// let err = catalog().lookup("radiofrequency knee").unwrap_err();
/// assert!(matches!(err, Error::NotFound { .. }));
/// assert!(err.to_string().contains("did you mean"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text is not valid JSON, or a value has the wrong type, an unknown
    /// field or an unknown vocabulary term.
    #[error("invalid catalog JSON at {path}: {message}")]
    Json {
        /// JSON path of the field where parsing failed (`.` for the document root).
        path: String,
        /// What the JSON parser reported.
        message: String,
    },
    /// Reading the input failed.
    #[error("could not read catalog: {0}")]
    Io(String),
    /// A value parsed on its own (an id, identifier, code, date or vocabulary
    /// term) is malformed.
    #[error("invalid {what} {value:?}: {reason}")]
    Parse {
        /// What was being parsed, such as `DOI` or `pain pattern`.
        what: &'static str,
        /// The offending input.
        value: String,
        /// Why it was rejected.
        reason: String,
    },
    /// The catalog parsed but breaks rules every catalog must pass: every
    /// problem validation found, each a typed [`Rule`](crate::Rule) with the
    /// JSON path where it is broken (at most [`Problems::CAP`] of them).
    ///
    /// One problem reads `invalid catalog at PATH: SENTENCE`; several read
    /// `invalid catalog: N problems` followed by one `at PATH: SENTENCE`
    /// line each.
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error, Rule};
    ///
    /// let json = std::fs::read_to_string("tests/bad/three-faults.json")?;
    /// match Catalog::from_json(&json) {
    ///     Err(Error::Invalid(problems)) => {
    ///         assert_eq!(problems.as_slice().len(), 3);
    ///         assert!(problems.iter().any(|p| matches!(p.rule, Rule::MalformedCode { .. })));
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[error("{0}")]
    Invalid(Problems),
    /// A lookup found two or more entries that fit about equally, and did
    /// not pick one.
    #[error("{query:?} fits more than one entry: {}", .candidates.join(", "))]
    Ambiguous {
        /// The query as given.
        query: String,
        /// The names of the entries that fit, best first.
        candidates: Vec<String>,
    },
    /// A lookup found nothing.
    #[error("no modality matches {query:?}{}", DidYouMean(.suggestions))]
    NotFound {
        /// The query as given.
        query: String,
        /// The nearest known names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// A lookup named a procedure or drug the catalog lists as outside its
    /// scope; the message gives the reason.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Error};
    /// let err = catalog().lookup("denosumab").unwrap_err();
    /// assert!(matches!(err, Error::OutOfScope { .. }));
    /// assert!(err.to_string().contains("out of scope"));
    /// ```
    #[error("{query:?} is out of scope ({name}): {}", .reason.trim_end_matches('.'))]
    OutOfScope {
        /// The query as given.
        query: String,
        /// The excluded procedure's or drug's name.
        name: String,
        /// Why it is outside the catalog.
        reason: String,
    },
    /// A lookup named a modality id that was renamed or removed; the
    /// replacement, when there is one, is named. See [`Retired`](crate::Retired).
    ///
    /// ```
    /// use io_pain_modalities::Error;
    /// let mut c = io_pain_modalities::catalog().clone();
    /// c.merge_json(r#"{"modalities": [], "sources": [], "retired": [
    ///     {"id": "old-rfa", "replaced_by": "radiofrequency-ablation", "reason": "renamed"}]}"#)?;
    /// let err = c.lookup("old-rfa").unwrap_err();
    /// assert_eq!(err.to_string(), r#""old-rfa" is a retired id, replaced by "radiofrequency-ablation": renamed"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[error(
        "{id:?} is a retired id{}: {}",
        .replaced_by.as_ref().map(|by| format!(", replaced by {by:?}")).unwrap_or_default(),
        .reason.trim_end_matches('.')
    )]
    Retired {
        /// The retired id as given.
        id: String,
        /// The modality that took its place, if any.
        replaced_by: Option<String>,
        /// Why it was retired.
        reason: String,
    },
    /// Rendering or writing the static site failed (feature `html`).
    #[cfg(feature = "html")]
    #[error("could not write the site at {path}: {message}")]
    Site {
        /// The file or folder concerned.
        path: String,
        /// What went wrong.
        message: String,
    },
}

struct DidYouMean<'a>(&'a [String]);

impl fmt::Display for DidYouMean<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return Ok(());
        }
        f.write_str("; did you mean ")?;
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == self.0.len() { " or " } else { ", " })?;
            }
            write!(f, "{s:?}")?;
        }
        Ok(())
    }
}

impl Error {
    pub(crate) fn parse(what: &'static str, value: &str, reason: impl Into<String>) -> Self {
        Error::Parse {
            what,
            value: value.to_owned(),
            reason: reason.into(),
        }
    }
}

/// Shorthand for results of this crate.
///
/// ```
/// fn first_name() -> io_pain_modalities::Result<String> {
///     Ok(io_pain_modalities::catalog().get("radiofrequency-ablation")?.name.clone())
/// }
/// assert!(first_name()?.contains("adiofrequency"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;
