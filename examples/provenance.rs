//! A reviewer's view of the evidence behind the catalog: how many
//! statements cite a source seen on its publisher's or regulator's own page,
//! how many record a clause map (which source holds which figure, and
//! where), which do not, and which guidelines and labels are no longer
//! current.
//!
//! Run with `cargo run --example provenance`, or `-- --all` to list every
//! statement without a verified source.

use std::{
    collections::BTreeMap,
    io::{self, Write},
};

use io_pain_modalities::{
    Catalog, Field, NOTICE, SourceKind, SourceStatus, StatementRef, Verification, catalog,
};

fn main() -> io::Result<()> {
    let all = std::env::args().any(|a| a == "--all");
    run(catalog(), all, &mut io::stdout().lock())
}

/// Writes the report; `all` lists every statement without a verified source
/// instead of the first ten.
pub fn run(c: &Catalog, all: bool, out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "Provenance of the catalog (data version {})",
        c.version().unwrap_or("none")
    )?;
    writeln!(out, "{NOTICE}")?;

    let verified = |id: &io_pain_modalities::SourceId| {
        c.source(id.as_str())
            .is_some_and(|s| s.verification == Verification::Verified)
    };
    let statements: Vec<_> = c.statements().collect();
    let with_verified = statements
        .iter()
        .filter(|s| s.sources.iter().any(verified))
        .count();
    writeln!(out, "\n## Statements")?;
    writeln!(
        out,
        "{} statements; {} ({}) cite at least one verified source.",
        statements.len(),
        with_verified,
        percent(with_verified, statements.len())
    )?;

    // Codes are identifiers whose sources are code tables and registries;
    // the rest are sentences. Both counts are shown.
    let is_code =
        |s: &&StatementRef<'_>| matches!(s.field, Field::Code(..) | Field::IndicationCode(..));
    let codes: Vec<_> = statements.iter().filter(is_code).collect();
    let codes_verified = codes
        .iter()
        .filter(|s| s.sources.iter().any(verified))
        .count();
    let text_verified = with_verified - codes_verified;
    let texts = statements.len() - codes.len();
    writeln!(
        out,
        "That is {text_verified} of {texts} statements other than codes ({}) and {codes_verified} of {} codes ({}).",
        percent(text_verified, texts),
        codes.len(),
        percent(codes_verified, codes.len())
    )?;

    // The clause map: which cited source holds which part of a statement.
    // Codes carry none (the code is the fact its sources show).
    let mappable: Vec<_> = statements.iter().filter(|s| !is_code(s)).collect();
    let mapped = mappable.iter().filter(|s| !s.support.is_empty()).count();
    let held: usize = mappable
        .iter()
        .flat_map(|s| s.support.iter())
        .map(|x| x.holds.len())
        .sum();
    let derived: usize = mappable
        .iter()
        .flat_map(|s| s.support.iter())
        .map(|x| x.derived.len())
        .sum();
    writeln!(
        out,
        "{mapped} of {} statements other than codes ({}) record a clause map; the maps hold {held} figures and dates as the sources give them, and {derived} worked out from them.",
        mappable.len(),
        percent(mapped, mappable.len())
    )?;

    writeln!(out, "\n## Sources by kind and verification")?;
    let mut by_kind: BTreeMap<SourceKind, (usize, usize)> = BTreeMap::new();
    for s in c.sources() {
        let e = by_kind.entry(s.kind).or_default();
        match s.verification {
            Verification::Verified => e.0 += 1,
            _ => e.1 += 1,
        }
    }
    writeln!(out, "{:<22} {:>8} {:>10}", "kind", "verified", "secondary")?;
    for (kind, (v, sec)) in &by_kind {
        writeln!(out, "{:<22} {v:>8} {sec:>10}", kind.label())?;
    }
    let (v, sec) = by_kind
        .values()
        .fold((0, 0), |(a, b), (v, s)| (a + v, b + s));
    writeln!(out, "{:<22} {v:>8} {sec:>10}", "all")?;

    writeln!(out, "\n## Sources by status")?;
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for s in c.sources() {
        let label = s.status.as_ref().map_or("Not stated", SourceStatus::label);
        *by_status.entry(label).or_default() += 1;
    }
    for (status, n) in &by_status {
        writeln!(out, "{status}: {n}")?;
    }
    let checked: Vec<String> = c.sources().map(|s| s.checked.to_string()).collect();
    if let (Some(first), Some(last)) = (checked.iter().min(), checked.iter().max()) {
        writeln!(out, "Checked between {first} and {last}.")?;
    }

    writeln!(out, "\n## Sources not known to be current")?;
    let mut any = false;
    for s in c.sources() {
        let Some(status) = &s.status else { continue };
        if status.is_current() {
            continue;
        }
        any = true;
        let by = status
            .superseded_by()
            .map(|id| format!(", replaced by {id}"))
            .unwrap_or_default();
        writeln!(
            out,
            "- {} ({}; {}{by})",
            s.id,
            s.kind.label(),
            status.label().to_lowercase()
        )?;
    }
    if !any {
        writeln!(out, "none")?;
    }

    let unverified: Vec<_> = statements
        .iter()
        .filter(|s| !s.sources.iter().any(verified))
        .collect();
    writeln!(
        out,
        "\n## Statements without a verified source ({})",
        unverified.len()
    )?;
    let shown = if all { unverified.len() } else { 10 };
    for s in unverified.iter().take(shown) {
        let text: String = s.text.chars().take(90).collect();
        writeln!(out, "- {}: {text}...", s.location())?;
    }
    if unverified.len() > shown {
        writeln!(
            out,
            "({} more: cargo run --example provenance -- --all)",
            unverified.len() - shown
        )?;
    }
    Ok(())
}

fn percent(n: usize, of: usize) -> String {
    if of == 0 {
        return "0 %".to_owned();
    }
    format!("{:.1} %", n as f64 * 100.0 / of as f64)
}
