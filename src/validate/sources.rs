//! The first and last phases: the bibliography on its own, then the
//! sources no statement cites.

use std::collections::hash_map::Entry;

use super::{Checker, Dot, Rule};
use crate::{SourceKind, SourceStatus};

/// Sources: unique ids, a citation and an identifier each, real dates, a
/// status for the kinds that get revised, and a replacement that exists.
/// Fills the index of sources by id that the later phases cite through.
pub(super) fn sources(c: &mut Checker<'_>) {
    let sources = c.sources;
    for (i, s) in sources.iter().enumerate() {
        let at = c.paths.source(i);
        match c.source_ix.entry(s.id.as_str()) {
            Entry::Occupied(first) => {
                let first = c.paths.source(*first.get()).to_string();
                let id = s.id.clone();
                c.report(Dot(at, "id"), Rule::DuplicateSourceId { id, first });
            }
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
        c.non_empty(Dot(at, "citation"), "citation", &s.citation);
        if s.doi.is_none() && s.pmid.is_none() && s.url.is_none() {
            c.report(at, Rule::NoIdentifier { id: s.id.clone() });
        }
        c.not_future(Dot(at, "checked"), &s.checked);
        let revised = matches!(
            s.kind,
            SourceKind::Guideline | SourceKind::RegulatoryLabel | SourceKind::PayerPolicy
        );
        if s.status.is_none() && revised {
            let (id, kind) = (s.id.clone(), s.kind);
            c.report(Dot(at, "status"), Rule::NoStatus { id, kind });
        }
        if let Some(note) = &s.note {
            c.non_empty(Dot(at, "note"), "note", note);
        }
    }
    // Every id is known now: a superseded source names its replacement,
    // which is another source.
    for (i, s) in sources.iter().enumerate() {
        if let Some(by) = s.status.as_ref().and_then(SourceStatus::superseded_by)
            && (by == &s.id || !c.source_ix.contains_key(by.as_str()))
        {
            let at = Dot(c.paths.source(i), "status.superseded");
            let (id, by) = (s.id.clone(), by.clone());
            c.report(at, Rule::UnknownReplacement { id, by });
        }
    }
}

/// Orphan sources: every source is cited by some statement.
pub(super) fn orphans(c: &mut Checker<'_>) {
    let sources = c.sources;
    for (i, s) in sources.iter().enumerate() {
        if !c.cited.contains(s.id.as_str()) {
            let at = c.paths.source(i);
            c.report(at, Rule::UncitedSource { id: s.id.clone() });
        }
    }
}
