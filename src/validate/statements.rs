//! The one check of a cited statement, shared by modalities, combinations
//! and innovations: it has text, and cites at least one source, each known.

use std::fmt;

use super::{Checker, Dot, Item, Rule};
use crate::SourceId;

/// What a record's statements cite, gathered as each is checked once.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Cited {
    /// Some statement cites a primary source.
    pub primary: bool,
    /// Some statement cites a source the catalog lacks.
    pub unknown: bool,
}

impl<'p> Checker<'p> {
    /// Checks the statement at `at`, whose text is under `key`, marks its
    /// sources cited and notes in `seen` what kinds it cites.
    pub(super) fn statement(
        &mut self,
        at: impl fmt::Display + Copy,
        key: &'static str,
        text: &str,
        sources: &'p [SourceId],
        seen: &mut Cited,
    ) {
        self.non_empty(Dot(at, key), key, text);
        if sources.is_empty() {
            self.report(Dot(at, "sources"), Rule::NoSource);
        }
        for (k, id) in sources.iter().enumerate() {
            match self.source(id) {
                Some(s) => seen.primary |= s.kind.is_primary(),
                None => {
                    seen.unknown = true;
                    let rule = Rule::UnknownSource { id: id.clone() };
                    self.report(Dot(at, Item("sources", k)), rule);
                }
            }
            self.cited.insert(id.as_str());
        }
    }
}
