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
///
/// `Error` is `Clone`, `PartialEq` and `Eq`; for [`Error::Io`] these go by
/// the I/O error's kind and message (see there).
#[derive(Debug, thiserror::Error)]
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
    /// Reading the input failed: the I/O error, which is also the error's
    /// [`source()`](std::error::Error::source).
    ///
    /// A clone holds a new `std::io::Error` of the same kind and message
    /// (`std::io::Error` is not `Clone`), and two `Io` errors are equal when
    /// their kinds and messages are.
    ///
    /// ```
    /// use std::error::Error as _;
    /// use io_pain_modalities::{Catalog, Error};
    ///
    /// struct Locked;
    /// impl std::io::Read for Locked {
    ///     fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
    ///         Err(std::io::ErrorKind::PermissionDenied.into())
    ///     }
    /// }
    /// let err = Catalog::from_reader(Locked).unwrap_err();
    /// assert!(matches!(&err, Error::Io(e) if e.kind() == std::io::ErrorKind::PermissionDenied));
    /// let io = err.source().and_then(|s| s.downcast_ref::<std::io::Error>()).unwrap();
    /// assert_eq!(io.kind(), std::io::ErrorKind::PermissionDenied);
    /// assert_eq!(err.clone(), err);
    /// ```
    #[error("could not read catalog: {0}")]
    Io(#[source] std::io::Error),
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

impl Clone for Error {
    fn clone(&self) -> Self {
        match self {
            Error::Json { path, message } => Error::Json {
                path: path.clone(),
                message: message.clone(),
            },
            Error::Io(e) => Error::Io(std::io::Error::new(e.kind(), e.to_string())),
            Error::Parse {
                what,
                value,
                reason,
            } => Error::Parse {
                what,
                value: value.clone(),
                reason: reason.clone(),
            },
            Error::Invalid(p) => Error::Invalid(p.clone()),
            Error::Ambiguous { query, candidates } => Error::Ambiguous {
                query: query.clone(),
                candidates: candidates.clone(),
            },
            Error::NotFound { query, suggestions } => Error::NotFound {
                query: query.clone(),
                suggestions: suggestions.clone(),
            },
            Error::OutOfScope {
                query,
                name,
                reason,
            } => Error::OutOfScope {
                query: query.clone(),
                name: name.clone(),
                reason: reason.clone(),
            },
            Error::Retired {
                id,
                replaced_by,
                reason,
            } => Error::Retired {
                id: id.clone(),
                replaced_by: replaced_by.clone(),
                reason: reason.clone(),
            },
            #[cfg(feature = "html")]
            Error::Site { path, message } => Error::Site {
                path: path.clone(),
                message: message.clone(),
            },
        }
    }
}

/// What makes two errors equal, as a type that can derive it: an I/O error
/// compares by kind and message, everything else by its fields.
#[derive(PartialEq)]
enum Same<'a> {
    Json(&'a str, &'a str),
    Io(std::io::ErrorKind, String),
    Parse(&'static str, &'a str, &'a str),
    Invalid(&'a Problems),
    Ambiguous(&'a str, &'a [String]),
    NotFound(&'a str, &'a [String]),
    OutOfScope(&'a str, &'a str, &'a str),
    Retired(&'a str, Option<&'a str>, &'a str),
    #[cfg(feature = "html")]
    Site(&'a str, &'a str),
}

impl Error {
    fn same(&self) -> Same<'_> {
        match self {
            Error::Json { path, message } => Same::Json(path, message),
            Error::Io(e) => Same::Io(e.kind(), e.to_string()),
            Error::Parse {
                what,
                value,
                reason,
            } => Same::Parse(what, value, reason),
            Error::Invalid(p) => Same::Invalid(p),
            Error::Ambiguous { query, candidates } => Same::Ambiguous(query, candidates),
            Error::NotFound { query, suggestions } => Same::NotFound(query, suggestions),
            Error::OutOfScope {
                query,
                name,
                reason,
            } => Same::OutOfScope(query, name, reason),
            Error::Retired {
                id,
                replaced_by,
                reason,
            } => Same::Retired(id, replaced_by.as_deref(), reason),
            #[cfg(feature = "html")]
            Error::Site { path, message } => Same::Site(path, message),
        }
    }
}

impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        self.same() == other.same()
    }
}

impl Eq for Error {}

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
