//! Looks an entry up by what people type and prints it with its sources.
//!
//! Run with `cargo run --example lookup -- Pluvicto`. When the query fits
//! several entries equally, lists them and exits non-zero; to see every
//! ranked hit, run the `search` example.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use io_pain_modalities::{Catalog, Error, Modality, NOTICE, SourceId, Subject, catalog};

fn main() -> ExitCode {
    let query = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let stdout = io::stdout();
    let stderr = io::stderr();
    match run(catalog(), &query, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(_) => ExitCode::FAILURE,
    }
}

/// Prints the record for `query` to `out`, or a message to `err`. Returns
/// whether a modality was found.
pub fn run(
    c: &Catalog,
    query: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<bool> {
    if query.trim().is_empty() {
        writeln!(
            err,
            "usage: lookup NAME   (an id, name, abbreviation, synonym or brand)"
        )?;
        return Ok(false);
    }
    let m = match c.resolve(query) {
        Ok(Subject::Modality(m)) => m,
        Ok(entry) => return entry_record(c, entry, out).map(|()| true),
        Err(Error::Ambiguous { candidates, .. }) => {
            writeln!(err, "{query:?} fits more than one entry; be more specific:")?;
            for name in candidates {
                writeln!(err, "- {name}")?;
            }
            return Ok(false);
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(false);
        }
    };
    modality_record(c, m, out).map(|()| true)
}

/// Prints a combination or an innovation with its sources.
fn entry_record(c: &Catalog, entry: Subject<'_>, out: &mut impl Write) -> io::Result<()> {
    let notes = Notes::of(c, entry);
    writeln!(out, "{} ({})", entry.name(), entry.id())?;
    writeln!(out, "{NOTICE}")?;
    match entry {
        Subject::Combination(comb) => {
            let names: Vec<&str> = comb
                .modalities
                .iter()
                .filter_map(|id| c.get(id.as_str()).ok())
                .map(|m| m.name.as_str())
                .collect();
            writeln!(out, "combination of: {}", names.join(", then "))?;
            writeln!(out, "lifecycle: {}", comb.lifecycle.label())?;
            writeln!(out, "\n{} {}", comb.text, notes.mark(&comb.sources))?;
        }
        Subject::Innovation(inn) => {
            writeln!(
                out,
                "category: {}; lifecycle: {}",
                inn.category.label(),
                inn.lifecycle.label()
            )?;
            writeln!(out, "\n{} {}", inn.text, notes.mark(&inn.sources))?;
        }
        _ => {}
    }
    print_sources(c, &notes, out)
}

/// Prints a modality's whole record with numbered citations.
fn modality_record(c: &Catalog, m: &Modality, out: &mut impl Write) -> io::Result<()> {
    // Sources are numbered in order of first citation, as the catalog
    // orders them (the record is printed in that same order).
    let notes = Notes::of(c, Subject::Modality(m));
    let refs = |ids| notes.mark(ids);

    writeln!(out, "{} ({})", m.name, m.id)?;
    writeln!(out, "{NOTICE}")?;
    writeln!(
        out,
        "category: {}; lifecycle: {}{}",
        m.category.label(),
        m.lifecycle.label(),
        if m.comparator { "; comparator" } else { "" }
    )?;
    if !m.abbreviations.is_empty() {
        writeln!(out, "abbreviations: {}", m.abbreviations.join(", "))?;
    }
    if !m.synonyms.is_empty() {
        writeln!(out, "synonyms: {}", m.synonyms.join(", "))?;
    }
    if !m.brands.is_empty() {
        writeln!(out, "brands: {}", m.brands.join(", "))?;
    }
    writeln!(out, "last reviewed: {}", m.last_reviewed)?;
    writeln!(out)?;
    writeln!(out, "{} {}", m.summary.text, refs(&m.summary.sources))?;
    if let Some(p) = &m.plain_summary {
        writeln!(out, "\nIn plain words: {} {}", p.text, refs(&p.sources))?;
    }
    writeln!(
        out,
        "\nMechanism: {} {}",
        m.mechanism.text,
        refs(&m.mechanism.sources)
    )?;
    let a = &m.administration;
    let imaging: Vec<&str> = a.imaging.iter().map(|i| i.label()).collect();
    writeln!(
        out,
        "\nAdministration ({}; imaging: {}): {} {}",
        a.route.label(),
        if imaging.is_empty() {
            "none".to_owned()
        } else {
            imaging.join(", ")
        },
        a.text,
        refs(&a.sources)
    )?;
    writeln!(out, "\nIndications:")?;
    for i in &m.indications {
        let pattern = i
            .pain_pattern
            .map(|p| format!(" (pain pattern: {})", p.label().to_lowercase()))
            .unwrap_or_default();
        writeln!(
            out,
            "- [{} / {}] {}{}: {} {}",
            i.use_kind.label(),
            i.jurisdiction.label(),
            i.condition.label(),
            pattern,
            i.text,
            refs(&i.sources)
        )?;
        for code in &i.codes {
            writeln!(
                out,
                "    {} {} ({}) {}",
                code.system.label(),
                code.code,
                code.display,
                refs(&code.sources)
            )?;
        }
    }
    if !m.precautions.is_empty() {
        writeln!(out, "\nPrecautions:")?;
        for p in &m.precautions {
            writeln!(
                out,
                "- [{}] {} {}",
                p.kind.label(),
                p.text,
                refs(&p.sources)
            )?;
        }
    }
    writeln!(out, "\nRegulatory:")?;
    for r in &m.regulatory {
        let date = r.date.map(|d| format!(" {d}")).unwrap_or_default();
        writeln!(
            out,
            "- [{} {}{}] {} {}",
            r.jurisdiction.label(),
            r.status.label(),
            date,
            r.text,
            refs(&r.sources)
        )?;
    }
    if !m.evidence.is_empty() {
        writeln!(out, "\nKey evidence:")?;
        for e in &m.evidence {
            let n = e
                .participants
                .map(|n| format!(", n={n}"))
                .unwrap_or_default();
            writeln!(
                out,
                "- {} ({}{}): {} {}",
                e.name,
                e.design.label(),
                n,
                e.text,
                refs(&e.sources)
            )?;
        }
    }
    if let Some(o) = &m.opioid_sparing {
        writeln!(
            out,
            "\nOpioid sparing: {}. {} {}",
            o.finding.label(),
            o.text,
            refs(&o.sources)
        )?;
    }
    if let Some(r) = &m.radiation {
        writeln!(
            out,
            "\nRadiation (for information only, not dosing advice): {} ({}), half-life {} days{}{}. Label activity: {} {}",
            r.radionuclide,
            r.emission.label(),
            r.half_life_days,
            r.max_energy_mev
                .map(|e| format!(", max energy {e} MeV"))
                .unwrap_or_default(),
            r.max_range_mm
                .map(|e| format!(", max tissue range {e} mm"))
                .unwrap_or_default(),
            r.label_activity,
            refs(&r.sources)
        )?;
    }
    if !m.codes.is_empty() {
        writeln!(out, "\nCodes:")?;
        for code in &m.codes {
            writeln!(
                out,
                "- {} {} ({}) <{}> {}",
                code.system.label(),
                code.code,
                code.display,
                code.system.uri(),
                refs(&code.sources)
            )?;
        }
    }
    if !m.corrections.is_empty() {
        writeln!(out, "\nWhat the source article overstates:")?;
        for k in &m.corrections {
            writeln!(
                out,
                "- claim: {}\n  evidence: {} {}",
                k.claim,
                k.text,
                refs(&k.sources)
            )?;
        }
    }
    print_sources(c, &notes, out)
}

/// Prints the numbered sources cited so far.
fn print_sources(c: &Catalog, notes: &Notes<'_>, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "\nSources:")?;
    for (n, id) in notes.cited.iter().enumerate() {
        if let Some(s) = c.source(id.as_str()) {
            let mut ids = Vec::new();
            if let Some(d) = &s.doi {
                ids.push(format!("doi:{d}"));
            }
            if let Some(p) = &s.pmid {
                ids.push(format!("pmid:{p}"));
            }
            if let Some(u) = &s.url {
                ids.push(u.to_string());
            }
            writeln!(
                out,
                "[{}] {} ({}, {}) {}",
                n + 1,
                s.citation,
                s.kind.label(),
                s.verification.label(),
                ids.join(" ")
            )?;
        }
    }
    Ok(())
}

/// The numbers of an entry's sources, in the catalog's order of first
/// citation ([`Catalog::sources_in_order`]).
struct Notes<'a> {
    cited: Vec<&'a SourceId>,
}

impl<'a> Notes<'a> {
    fn of(c: &'a Catalog, entry: Subject<'a>) -> Self {
        Notes {
            cited: c
                .sources_in_order(entry)
                .into_iter()
                .map(|s| &s.id)
                .collect(),
        }
    }

    fn mark(&self, ids: &[SourceId]) -> String {
        let marks: Vec<String> = ids
            .iter()
            .filter_map(|id| self.cited.iter().position(|c| *c == id))
            .map(|i| (i + 1).to_string())
            .collect();
        format!("[{}]", marks.join(","))
    }
}
