//! What a failed validation reports: every broken rule it found, each with
//! the JSON path where it is broken, up to a cap.

use std::fmt;

use super::Rule;

/// One broken rule, and where in the file it is broken.
///
/// Displays as `PATH: SENTENCE`.
///
/// ```
/// use io_pain_modalities::{Catalog, Error, Rule};
///
/// let json = std::fs::read_to_string("tests/bad/missing-source.json")?;
/// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else {
///     panic!("the file is invalid");
/// };
/// let p = problems.first();
/// assert_eq!(p.path, "modalities[0].indications[0].sources[1]");
/// assert!(matches!(&p.rule, Rule::UnknownSource { id } if id == "nowhere-2020"));
/// assert_eq!(
///     p.to_string(),
///     r#"modalities[0].indications[0].sources[1]: cites unknown source "nowhere-2020""#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The JSON path of the offending field, such as
    /// `modalities[2].indications[0].sources[1]`. When a file is merged into
    /// a catalog, paths point into the merged file; a path into the catalog
    /// merged into starts with `(base catalog)`.
    pub path: String,
    /// The rule broken there, with the offending values.
    pub rule: Rule,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.rule)
    }
}

/// Every problem one validation found, in the order it checks a catalog:
/// sources, then modalities, combinations and innovations, then sources no
/// statement cites. Never empty.
///
/// At most [`Problems::CAP`] problems are kept; any found beyond them are
/// only counted ([`Problems::omitted`]), so that a file broken throughout
/// gives a report one can read.
///
/// `Display` gives the message of [`Error::Invalid`](crate::Error::Invalid):
/// one line for a single problem (`invalid catalog at PATH: SENTENCE`), or a
/// count followed by each problem on a line of its own.
///
/// ```
/// use io_pain_modalities::{Catalog, Error};
///
/// let json = std::fs::read_to_string("tests/bad/three-faults.json")?;
/// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else {
///     panic!("the file is invalid");
/// };
/// assert_eq!(problems.as_slice().len(), 3);
/// assert_eq!(problems.omitted(), 0);
/// for p in &problems {
///     println!("{}: {}", p.path, p.rule);
/// }
/// assert!(problems.to_string().starts_with("invalid catalog: 3 problems\n  at "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
    omitted: usize,
}

impl Problems {
    /// The most problems one validation keeps.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::Problems::CAP, 100);
    /// ```
    pub const CAP: usize = 100;

    pub(crate) fn new() -> Problems {
        Problems {
            list: Vec::new(),
            omitted: 0,
        }
    }

    /// Records that `rule` is broken at `path`, which is formatted only when
    /// the problem is kept.
    pub(crate) fn push(&mut self, path: impl fmt::Display, rule: Rule) {
        if self.list.len() < Self::CAP {
            self.list.push(Problem {
                path: path.to_string(),
                rule,
            });
        } else {
            self.omitted += 1;
        }
    }

    /// `Ok` when nothing was found, else the problems.
    pub(crate) fn into_result(self) -> Result<(), Problems> {
        if self.list.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    /// The problems kept, in the order found (at least one, at most
    /// [`Problems::CAP`]).
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error};
    /// let json = std::fs::read_to_string("tests/bad/no-indication.json")?;
    /// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else { panic!() };
    /// assert_eq!(problems.as_slice().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_slice(&self) -> &[Problem] {
        &self.list
    }

    /// The first problem found.
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error};
    /// let json = std::fs::read_to_string("tests/bad/no-indication.json")?;
    /// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else { panic!() };
    /// assert_eq!(problems.first().path, "modalities[0].indications");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first(&self) -> &Problem {
        // Never empty: `into_result` hands out only a list with a problem.
        &self.list[0]
    }

    /// The problems kept, in the order found.
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error};
    /// let json = std::fs::read_to_string("tests/bad/three-faults.json")?;
    /// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else { panic!() };
    /// assert!(problems.iter().all(|p| !p.path.is_empty()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.list.iter()
    }

    /// How many problems were found beyond the [`Problems::CAP`] kept.
    ///
    /// ```
    /// use io_pain_modalities::{Catalog, Error};
    /// let json = std::fs::read_to_string("tests/bad/three-faults.json")?;
    /// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else { panic!() };
    /// assert_eq!(problems.omitted(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn omitted(&self) -> usize {
        self.omitted
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let ([only], 0) = (self.list.as_slice(), self.omitted) {
            return write!(f, "invalid catalog at {only}");
        }
        let found = self.list.len() + self.omitted;
        write!(f, "invalid catalog: {found} problems")?;
        for p in &self.list {
            write!(f, "\n  at {p}")?;
        }
        if self.omitted > 0 {
            write!(f, "\n  and {} more, not shown", self.omitted)?;
        }
        Ok(())
    }
}
