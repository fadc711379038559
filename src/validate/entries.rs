//! The entries phase: combinations and innovations, which share one id
//! space and name the modalities they are about.

use std::collections::hash_map::Entry;

use super::{Checker, Dot, Item, PathAt, Paths, Rule, names::names_of, statements::Cited};
use crate::{EntryId, Lifecycle, Map, ModalityId, Set, file::Parts, search::text::normalized};

/// Checks every combination, then every innovation; `modalities` holds the
/// ids of the catalog's modalities.
pub(super) fn entries<'p>(c: &mut Checker<'p>, parts: &'p Parts, modalities: &Map<&str, usize>) {
    let mut ids: Map<&'p str, PathAt> = Map::default();
    for (i, x) in parts.combinations.iter().enumerate() {
        let at = c.paths.combination(i);
        c.entry_id(at, &x.id, &mut ids);
        c.non_empty(Dot(at, "name"), "name", &x.name);
        let mut distinct: Vec<&str> = x.modalities.iter().map(|m| m.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 2 || distinct.len() != x.modalities.len() {
            let modalities = x.modalities.clone();
            c.report(Dot(at, "modalities"), Rule::TooFewModalities { modalities });
        }
        c.known_modalities(at, "modalities", &x.modalities, modalities);
        c.statement(at, "text", &x.text, &x.sources, &mut Cited::default());
        c.clauses(at, &x.text, "", &x.sources, &x.support);
    }
    for (i, x) in parts.innovations.iter().enumerate() {
        let at = c.paths.innovation(i);
        c.entry_id(at, &x.id, &mut ids);
        c.non_empty(Dot(at, "name"), "name", &x.name);
        for (k, synonym) in x.synonyms.iter().enumerate() {
            c.non_empty(Dot(at, Item("synonyms", k)), "synonym", synonym);
        }
        if x.lifecycle == Lifecycle::Established {
            c.report(Dot(at, "lifecycle"), Rule::EstablishedInnovation);
        }
        c.known_modalities(at, "related", &x.related, modalities);
        c.statement(at, "text", &x.text, &x.sources, &mut Cited::default());
        c.clauses(at, &x.text, "", &x.sources, &x.support);
    }
    exclusions(c, parts);
}

/// Checks every exclusion: its id and names are its own (no entry of the
/// catalog uses them), and its reason is a cited statement.
fn exclusions<'p>(c: &mut Checker<'p>, parts: &'p Parts) {
    let mut listed: Set<String> = Set::default();
    for m in &parts.modalities {
        for (_, name) in names_of(m) {
            listed.insert(normalized(name));
        }
    }
    let mut ids: Map<&'p str, PathAt> = Map::default();
    for (i, x) in parts.exclusions.iter().enumerate() {
        let at = Paths::at("exclusions", i, c.paths.0.exclusions);
        c.entry_id(at, &x.id, &mut ids);
        c.non_empty(Dot(at, "name"), "name", &x.name);
        for (k, synonym) in x.synonyms.iter().enumerate() {
            c.non_empty(Dot(at, Item("synonyms", k)), "synonym", synonym);
        }
        for (k, name) in std::iter::once(x.id.as_str()).chain(x.names()).enumerate() {
            if listed.contains(&normalized(name)) {
                let name = name.to_owned();
                c.report(Dot(at, Item("names", k)), Rule::ExcludedButListed { name });
            }
        }
        c.statement(at, "reason", &x.reason, &x.sources, &mut Cited::default());
        // A reason for leaving something out need not map its clauses; a
        // map it gives must agree with it.
        if !x.support.is_empty() {
            c.clauses(at, &x.reason, "", &x.sources, &x.support);
        }
    }
}

impl<'p> Checker<'p> {
    /// An entry id no earlier entry uses.
    fn entry_id(&mut self, at: PathAt, id: &'p EntryId, ids: &mut Map<&'p str, PathAt>) {
        match ids.entry(id.as_str()) {
            Entry::Occupied(first) => {
                let first = first.get().to_string();
                let id = id.clone();
                self.report(Dot(at, "id"), Rule::DuplicateEntryId { id, first });
            }
            Entry::Vacant(slot) => {
                slot.insert(at);
            }
        }
    }

    /// Each modality named in `field` is one of the catalog's.
    fn known_modalities(
        &mut self,
        at: PathAt,
        field: &'static str,
        named: &[ModalityId],
        modalities: &Map<&str, usize>,
    ) {
        for (k, id) in named.iter().enumerate() {
            if !modalities.contains_key(id.as_str()) {
                let id = id.clone();
                self.report(Dot(at, Item(field, k)), Rule::UnknownModality { id });
            }
        }
    }
}
