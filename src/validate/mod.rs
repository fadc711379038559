//! The checks every catalog passes, embedded or user-supplied.
//!
//! Validation runs in named phases over the parts of a catalog, in file
//! order, and reports every broken [`Rule`] it finds in one pass, each with
//! the JSON path of the offending field in the file the user wrote:
//!
//! 1. [`sources`]: ids, identifiers, dates and status of the bibliography;
//! 2. [`modalities`] and [`entries`] (combinations and innovations): ids,
//!    names and details, and each cited statement once, through
//!    [`Checker::statement`];
//! 3. [`retired`]: retired ids are not live ones and name live replacements;
//! 4. [`sources::orphans`]: sources no statement cites.
//!
//! When a user file is merged into a base catalog, `base` counts how many
//! entries of each array came from the base, and paths into the user's
//! entries are shifted back to the user's own indices.

mod clauses;
mod entries;
mod identity;
mod modalities;
mod names;
mod problems;
mod retired;
mod rule;
mod sources;
mod statements;

use std::fmt;

pub use problems::{Problem, Problems};
pub use rule::Rule;

use crate::{Date, Error, Map, Result, Set, Source, SourceId, file::Parts};

/// How many entries of each array came from the base catalog (zero when a
/// catalog is loaded on its own).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Base {
    pub modalities: usize,
    pub combinations: usize,
    pub innovations: usize,
    pub sources: usize,
    pub exclusions: usize,
    pub retired: usize,
}

/// Runs every check. `today` bounds the dates. Returns the normalised
/// names of the modalities, which the lookup index keeps.
///
/// # Errors
///
/// [`Error::Invalid`] with every problem found, up to [`Problems::CAP`].
pub(crate) fn validate(parts: &Parts, base: Base, today: Date) -> Result<Map<Box<str>, usize>> {
    let mut c = Checker {
        paths: Paths(base),
        today,
        problems: Problems::new(),
        sources: &parts.sources,
        source_ix: Map::default(),
        cited: Set::default(),
    };
    sources::sources(&mut c);
    let (modality_ix, names) = modalities::modalities(&mut c, &parts.modalities);
    entries::entries(&mut c, parts, &modality_ix);
    retired::retired(&mut c, parts, &modality_ix);
    sources::orphans(&mut c);
    c.problems.into_result().map_err(Error::Invalid)?;
    Ok(names)
}

/// What the phases share: where entries sit, the sources by id, which of
/// them are cited so far, and the problems found so far.
struct Checker<'p> {
    paths: Paths,
    today: Date,
    problems: Problems,
    sources: &'p [Source],
    /// Each source id, at the index of its first source.
    source_ix: Map<&'p str, usize>,
    cited: Set<&'p str>,
}

impl<'p> Checker<'p> {
    fn report(&mut self, path: impl fmt::Display, rule: Rule) {
        self.problems.push(path, rule);
    }

    /// Text that is there, not blank.
    fn non_empty(&mut self, path: impl fmt::Display, field: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.report(path, Rule::Empty { field });
        }
    }

    /// A date no later than today.
    fn not_future(&mut self, path: impl fmt::Display, date: &Date) {
        if date.is_after(&self.today) {
            self.report(path, Rule::InTheFuture { date: *date });
        }
    }

    /// The first source with this id, if any.
    fn source(&self, id: &SourceId) -> Option<&'p Source> {
        let sources = self.sources;
        self.source_ix
            .get(id.as_str())
            .and_then(|&k| sources.get(k))
    }
}

/// Turns indices into the JSON paths of the file being checked.
#[derive(Clone, Copy)]
struct Paths(Base);

/// The JSON path of an entry, formatted only when a problem names it.
#[derive(Clone, Copy)]
struct PathAt {
    array: &'static str,
    index: usize,
    base: usize,
}

impl fmt::Display for PathAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let PathAt { array, index, base } = *self;
        if index >= base {
            write!(f, "{array}[{}]", index - base)
        } else {
            write!(f, "(base catalog) {array}[{index}]")
        }
    }
}

impl Paths {
    fn at(array: &'static str, index: usize, base: usize) -> PathAt {
        PathAt { array, index, base }
    }
    fn modality(self, i: usize) -> PathAt {
        Paths::at("modalities", i, self.0.modalities)
    }
    fn combination(self, i: usize) -> PathAt {
        Paths::at("combinations", i, self.0.combinations)
    }
    fn innovation(self, i: usize) -> PathAt {
        Paths::at("innovations", i, self.0.innovations)
    }
    fn source(self, i: usize) -> PathAt {
        Paths::at("sources", i, self.0.sources)
    }
}

/// A path below another, `A.B`, formatted only when a problem names it.
#[derive(Clone, Copy)]
struct Dot<A, B>(A, B);

impl<A: fmt::Display, B: fmt::Display> fmt::Display for Dot<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

/// An item of an array field, `field[k]`.
#[derive(Clone, Copy)]
struct Item(&'static str, usize);

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}
