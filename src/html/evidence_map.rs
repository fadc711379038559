//! The evidence map of the timeline page: each modality by the strongest
//! study design among its key evidence and the pain patterns it is used for.

use strum::VariantArray;

use super::{
    address::{NamedLink, modality_link},
    layout::Text,
};
use crate::{Catalog, EvidenceLevel, Modality, PainPattern};

/// One row of the evidence map: a study design and, per pain pattern,
/// the modalities placed there.
#[derive(Clone, Debug)]
pub(crate) struct MapRow {
    pub label: Text,
    pub cells: Vec<Vec<NamedLink>>,
}

/// Modalities against their strongest evidence level and pain pattern.
#[derive(Clone, Debug)]
pub(crate) struct EvidenceMap {
    pub columns: Vec<Text>,
    pub rows: Vec<MapRow>,
}

/// The evidence map of `c`.
pub(crate) fn evidence_map(c: &Catalog) -> EvidenceMap {
    let patterns: &[PainPattern] = PainPattern::VARIANTS;
    let mut columns: Vec<Text> = patterns.iter().map(|p| p.label()).collect();
    columns.push("No pain pattern stated");
    let levels = EvidenceLevel::VARIANTS
        .iter()
        .map(|l| Some(*l))
        .chain([None]);
    let rows = levels
        .map(|level| {
            let label = match level {
                Some(l) => l.label(),
                None => "No primary study among the key evidence",
            };
            let in_row: Vec<&Modality> = c.iter().filter(|m| m.evidence_level() == level).collect();
            let mut cells: Vec<Vec<NamedLink>> = patterns
                .iter()
                .map(|p| {
                    in_row
                        .iter()
                        .filter(|m| m.indications.iter().any(|i| i.pain_pattern == Some(*p)))
                        .map(|m| modality_link(c, m.id.as_str()))
                        .collect()
                })
                .collect();
            cells.push(
                in_row
                    .iter()
                    .filter(|m| m.indications.iter().all(|i| i.pain_pattern.is_none()))
                    .map(|m| modality_link(c, m.id.as_str()))
                    .collect(),
            );
            MapRow { label, cells }
        })
        .collect();
    EvidenceMap { columns, rows }
}
