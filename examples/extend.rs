//! Loads a user catalog file, merges it into a copy of the embedded
//! catalog and shows the result, or every problem the file has, each with
//! its JSON path.
//!
//! Run with `cargo run --example extend -- examples/data/extension.json`.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use io_pain_modalities::{Catalog, NOTICE, catalog};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extend FILE.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("could not read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let stderr = io::stderr();
    match run(
        catalog(),
        &path,
        &text,
        &mut stdout.lock(),
        &mut stderr.lock(),
    ) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(_) => ExitCode::FAILURE,
    }
}

/// Merges `text` into a copy of `base` and reports what changed.
pub fn run(
    base: &Catalog,
    name: &str,
    text: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<bool> {
    let mut merged = base.clone();
    if let Err(e) = merged.merge_json(text) {
        writeln!(err, "{name}: {e}")?;
        writeln!(err, "the catalog is unchanged ({} modalities)", base.len())?;
        return Ok(false);
    }
    writeln!(out, "{NOTICE}")?;
    writeln!(out, "merged {name}")?;
    writeln!(
        out,
        "modalities: {} -> {}; sources: {} -> {}; combinations: {} -> {}; innovations: {} -> {}",
        base.len(),
        merged.len(),
        base.sources().count(),
        merged.sources().count(),
        base.combinations().count(),
        merged.combinations().count(),
        base.innovations().count(),
        merged.innovations().count()
    )?;
    for m in merged.iter().skip(base.len()) {
        writeln!(
            out,
            "+ modality {} ({}): {}",
            m.id, m.category, m.summary.text
        )?;
    }
    for s in merged.sources().skip(base.sources().count()) {
        writeln!(out, "+ source {}: {}", s.id, s.citation)?;
    }
    for comb in merged.combinations().skip(base.combinations().count()) {
        writeln!(out, "+ combination {}: {}", comb.id, comb.text)?;
    }
    Ok(true)
}
