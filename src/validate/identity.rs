//! A record's statement ids (unique within the record, not reserved, never
//! a retired one) and its relations to other modalities.

use std::fmt;

use super::{Checker, Dot, Item, Rule};
use crate::{Map, Modality, StatementId};

/// The names of the one-of-a-kind fields, which statement anchors use.
const RESERVED: [&str; 7] = [
    "summary",
    "plain-summary",
    "mechanism",
    "administration",
    "opioid-sparing",
    "radiation",
    "text",
];

impl Checker<'_> {
    /// Checks the ids of every listed statement of `m`.
    pub(super) fn statement_ids(&mut self, at: impl fmt::Display + Copy, m: &Modality) {
        let lists: [(&'static str, Vec<&StatementId>); 5] = [
            ("indications", m.indications.iter().map(|x| &x.id).collect()),
            ("precautions", m.precautions.iter().map(|x| &x.id).collect()),
            ("regulatory", m.regulatory.iter().map(|x| &x.id).collect()),
            ("evidence", m.evidence.iter().map(|x| &x.id).collect()),
            ("corrections", m.corrections.iter().map(|x| &x.id).collect()),
        ];
        let mut first: Map<&str, String> = Map::default();
        for (field, ids) in &lists {
            for (k, id) in ids.iter().enumerate() {
                let here = Dot(Dot(at, Item(field, k)), "id");
                if RESERVED.contains(&id.as_str()) || id.as_str().starts_with("code-") {
                    let id = (*id).clone();
                    self.report(here, Rule::ReservedStatementId { id });
                }
                if m.retired_statements.contains(id) {
                    let id = (*id).clone();
                    self.report(here, Rule::RetiredStatementId { id });
                }
                match first.get(id.as_str()) {
                    Some(path) => {
                        let rule = Rule::DuplicateStatementId {
                            id: (*id).clone(),
                            first: path.clone(),
                        };
                        self.report(here, rule);
                    }
                    None => {
                        let path = Dot(at, Item(field, k)).to_string();
                        first.insert(id.as_str(), path);
                    }
                }
            }
        }
    }

    /// Each related modality is another of the catalog's.
    pub(super) fn relations(
        &mut self,
        at: impl fmt::Display + Copy,
        m: &Modality,
        modalities: &[Modality],
    ) {
        for (k, r) in m.related.iter().enumerate() {
            let here = Dot(Dot(at, Item("related", k)), "modality");
            if r.modality == m.id {
                let id = m.id.clone();
                self.report(here, Rule::SelfRelation { id });
            } else if !modalities.iter().any(|o| o.id == r.modality) {
                let id = r.modality.clone();
                self.report(here, Rule::UnknownModality { id });
            }
        }
    }
}
