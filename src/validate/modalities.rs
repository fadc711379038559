//! The modalities phase: ids, names and the review date of each record,
//! then each of its statements once, with the details of the field the
//! statement belongs to (dates, codes, guideline currency, radiation).

use std::{collections::hash_map::Entry, fmt};

use super::{Checker, Dot, Rule, statements::Cited};
use crate::{
    Code, Indication, Map, Modality, Radiation, RegulatoryEvent, SourceKind, SourceStatus, UseKind,
    statement::{Field, modality_statements, support_of},
};

/// Checks every modality. Returns each modality id with the index of its
/// first record, and the normalised names for the lookup index.
pub(super) fn modalities<'p>(
    c: &mut Checker<'p>,
    modalities: &'p [Modality],
) -> (Map<&'p str, usize>, Map<Box<str>, usize>) {
    let mut ids: Map<&str, usize> = Map::default();
    let mut names: Map<Box<str>, usize> = Map::default();
    for (i, m) in modalities.iter().enumerate() {
        let at = c.paths.modality(i);
        match ids.entry(m.id.as_str()) {
            Entry::Occupied(first) => {
                let first = c.paths.modality(*first.get()).to_string();
                let id = m.id.clone();
                c.report(Dot(at, "id"), Rule::DuplicateModalityId { id, first });
            }
            // A repeated record's names repeat the first's: they are
            // checked only on the first record with its id.
            Entry::Vacant(slot) => {
                slot.insert(i);
                c.names(i, modalities, &mut names);
            }
        }
        c.not_future(Dot(at, "last_reviewed"), &m.last_reviewed);
        if m.indications.is_empty() {
            c.report(
                Dot(at, "indications"),
                Rule::NoIndication { id: m.id.clone() },
            );
        }
        c.statement_ids(at, m);
        c.relations(at, m, modalities);
        let mut seen = Cited::default();
        modality_statements(m, |field, text, sources| {
            let here = Dot(at, field);
            c.statement(here, field.text_key(), text, sources, &mut seen);
            // A code is the fact its sources show; it has no clause map.
            if !matches!(field, Field::Code(_) | Field::IndicationCode(..)) {
                let fields = fields_of(m, field);
                c.clauses(here, text, &fields, sources, support_of(m, field));
            }
            c.field(here, m, field);
        });
        // An unknown source may be the primary one the record meant to
        // cite; it is reported already.
        if !seen.primary && !seen.unknown {
            c.report(at, Rule::NoPrimarySource { id: m.id.clone() });
        }
    }
    (ids, names)
}

/// The values of a statement's own dated or counted fields, which its
/// clause map may hold beside the figures of its text.
fn fields_of(m: &Modality, field: Field) -> String {
    let dates = |d: [Option<crate::Date>; 2]| {
        d.iter()
            .flatten()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    };
    match field {
        Field::Regulatory(k) => m
            .regulatory
            .get(k)
            .map_or(String::new(), |r| dates([r.date, r.as_of])),
        Field::Indication(k) => m
            .indications
            .get(k)
            .map_or(String::new(), |x| dates([x.as_of, None])),
        Field::Evidence(k) => m
            .evidence
            .get(k)
            .and_then(|x| x.participants)
            .map_or(String::new(), |n| n.to_string()),
        _ => String::new(),
    }
}

impl Checker<'_> {
    /// The details of the field a statement belongs to, beyond its text
    /// and sources.
    fn field(&mut self, at: impl fmt::Display + Copy, m: &Modality, field: Field) {
        match field {
            Field::Indication(k) => {
                if let Some(x) = m.indications.get(k) {
                    self.indication(at, x);
                }
            }
            Field::IndicationCode(j, k) => {
                if let Some(x) = m.indications.get(j).and_then(|x| x.codes.get(k)) {
                    self.code(at, x);
                }
            }
            Field::Code(k) => {
                if let Some(x) = m.codes.get(k) {
                    self.code(at, x);
                }
            }
            Field::Regulatory(k) => {
                if let Some(x) = m.regulatory.get(k) {
                    self.regulatory(at, x);
                }
            }
            Field::Radiation => {
                if let Some(x) = &m.radiation {
                    self.radiation(at, x);
                }
            }
            Field::Correction(k) => {
                if let Some(x) = m.corrections.get(k) {
                    self.non_empty(Dot(at, "claim"), "claim", &x.claim);
                }
            }
            Field::Precaution(k) => {
                if let Some(g) = m.precautions.get(k).and_then(|x| x.grade.as_ref()) {
                    self.grade(Dot(at, "grade"), g);
                }
            }
            Field::Evidence(k) => {
                if let Some(x) = m.evidence.get(k) {
                    self.non_empty(Dot(at, "name"), "name", &x.name);
                }
            }
            _ => {}
        }
    }

    /// A guideline's grade names its strength, and its quality when given.
    fn grade(&mut self, at: impl fmt::Display + Copy, g: &crate::GuidelineGrade) {
        self.non_empty(Dot(at, "strength"), "strength", &g.strength);
        if let Some(q) = &g.quality {
            self.non_empty(Dot(at, "quality"), "quality", q);
        }
    }

    /// What a reader takes as current says as of when, guideline support
    /// rests on a guideline in force, and a grade is not blank.
    fn indication(&mut self, at: impl fmt::Display + Copy, x: &Indication) {
        if let Some(g) = &x.grade {
            self.grade(Dot(at, "grade"), g);
        }
        if let Some(d) = &x.as_of {
            self.not_future(Dot(at, "as_of"), d);
        }
        let dated = matches!(x.use_kind, UseKind::Labelled | UseKind::GuidelineSupported);
        if dated && x.as_of.is_none() {
            let use_kind = x.use_kind;
            self.report(Dot(at, "as_of"), Rule::NoAsOf { use_kind });
        }
        // An unknown source may be the guideline meant; it is reported
        // already.
        if x.use_kind != UseKind::GuidelineSupported
            || x.sources.iter().any(|id| self.source(id).is_none())
        {
            return;
        }
        let guidelines: Vec<_> = x
            .sources
            .iter()
            .filter_map(|id| self.source(id))
            .filter(|s| s.kind == SourceKind::Guideline)
            .collect();
        if guidelines
            .iter()
            .any(|s| s.status.as_ref().is_some_and(SourceStatus::is_current))
        {
            return;
        }
        let rule = if guidelines.is_empty() {
            Rule::NoGuideline
        } else {
            let cited = guidelines
                .iter()
                .map(|s| (s.id.clone(), s.status.clone()))
                .collect();
            Rule::NoCurrentGuideline { cited }
        };
        self.report(Dot(at, "sources"), rule);
    }

    /// A code has the form of its system.
    fn code(&mut self, at: impl fmt::Display + Copy, x: &Code) {
        if let Err(e) = x.system.check(&x.code) {
            // `check` says why in an `Error::Parse`; the rule keeps the why
            // and carries the code and system itself.
            let reason = match e {
                crate::Error::Parse { reason, .. } => reason,
                other => other.to_string(),
            };
            let rule = Rule::MalformedCode {
                system: x.system,
                code: x.code.clone(),
                reason,
            };
            self.report(Dot(at, "code"), rule);
        }
    }

    /// A regulatory event is dated, in the past, and names no blank
    /// product or holder.
    fn regulatory(&mut self, at: impl fmt::Display + Copy, r: &RegulatoryEvent) {
        if r.date.is_none() && r.as_of.is_none() {
            let status = r.status;
            self.report(at, Rule::UndatedRegulatoryEvent { status });
        }
        if let Some(d) = &r.date {
            self.not_future(Dot(at, "date"), d);
        }
        for (key, text) in [("product", &r.product), ("holder", &r.holder)] {
            if let Some(text) = text {
                self.non_empty(Dot(at, key), key, text);
            }
        }
        if let Some(d) = &r.as_of {
            self.not_future(Dot(at, "as_of"), d);
        }
    }

    /// The quantities of a radiation profile are positive numbers.
    fn radiation(&mut self, at: impl fmt::Display + Copy, r: &Radiation) {
        let positive = |v: f64| v.is_finite() && v > 0.0;
        for (key, value) in [
            ("half_life_days", Some(r.half_life_days)),
            ("max_energy_mev", r.max_energy_mev),
            ("max_range_mm", r.max_range_mm),
        ] {
            if let Some(value) = value.filter(|&v| !positive(v)) {
                self.report(Dot(at, key), Rule::NotPositive { value });
            }
        }
        self.non_empty(Dot(at, "radionuclide"), "radionuclide", &r.radionuclide);
    }
}
