//! The evidence map of the timeline page: each modality by the strongest
//! study design among its key evidence and the pain patterns it is used for.

use strum::VariantArray;

use super::{
    address::{NamedLink, modality_link},
    layout::Text,
};
use crate::{
    Catalog, Modality, PainPattern,
    compare::{HIERARCHY, strongest},
};

/// A modality in a cell of the map, with the study that placed it there.
#[derive(Clone, Debug)]
pub(crate) struct Placed {
    pub link: NamedLink,
    /// The study's name, or `None` in the row of no study.
    pub by: Option<String>,
}

/// One row of the evidence map: a rung of the evidence hierarchy and, per
/// pain pattern, the modalities whose strongest study stands there.
#[derive(Clone, Debug)]
pub(crate) struct MapRow {
    pub label: Text,
    pub cells: Vec<Vec<Placed>>,
}

/// Modalities against their strongest study and pain pattern.
#[derive(Clone, Debug)]
pub(crate) struct EvidenceMap {
    pub columns: Vec<Text>,
    pub rows: Vec<MapRow>,
}

/// The modalities of one row that fit `fits`, each with its study.
fn cell(
    c: &Catalog,
    in_row: &[(&Modality, Option<String>)],
    fits: impl Fn(&Modality) -> bool,
) -> Vec<Placed> {
    in_row
        .iter()
        .filter(|(m, _)| fits(m))
        .map(|(m, by)| Placed {
            link: modality_link(c, m.id.as_str()),
            by: by.clone(),
        })
        .collect()
}

/// The evidence map of `c`: rows are the rungs of the evidence hierarchy
/// (systematic reviews of randomised trials first), then "no study".
pub(crate) fn evidence_map(c: &Catalog) -> EvidenceMap {
    let patterns: &[PainPattern] = PainPattern::VARIANTS;
    let mut columns: Vec<Text> = patterns.iter().map(|p| p.label()).collect();
    columns.push("No pain pattern stated");
    let placed: Vec<(&Modality, Option<(usize, String)>)> = c
        .iter()
        .map(|m| (m, strongest(m).map(|(r, e)| (r, e.name.clone()))))
        .collect();
    let rungs = (0..HIERARCHY.len()).map(Some).chain([None]);
    let rows = rungs
        .map(|rung| {
            let label = rung
                .and_then(|r| HIERARCHY.get(r).copied())
                .unwrap_or("No study of patients among the key evidence");
            let in_row: Vec<(&Modality, Option<String>)> = placed
                .iter()
                .filter(|(_, p)| p.as_ref().map(|(r, _)| *r) == rung)
                .map(|(m, p)| (*m, p.as_ref().map(|(_, n)| n.clone())))
                .collect();
            let mut cells: Vec<Vec<Placed>> = patterns
                .iter()
                .map(|p| {
                    cell(c, &in_row, |m| {
                        m.indications.iter().any(|i| i.pain_pattern == Some(*p))
                    })
                })
                .collect();
            cells.push(cell(c, &in_row, |m| {
                m.indications.iter().all(|i| i.pain_pattern.is_none())
            }));
            MapRow { label, cells }
        })
        .collect();
    EvidenceMap { columns, rows }
}
