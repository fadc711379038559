//! Ranked search over every modality, combination and innovation, as
//! people type it.
//!
//! Run with `cargo run --example search -- QUERY...`. Prints one hit per
//! line, best first: the entry's id, a tab, its name, the score and how it
//! matched. Exits 0 with at least one hit, 1 with none. A procedure or
//! drug the catalog lists as out of scope prints the reason instead.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use io_pain_modalities::{Catalog, NOTICE, catalog};

fn main() -> ExitCode {
    let query = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let stdout = io::stdout();
    let stderr = io::stderr();
    match run(catalog(), &query, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) | Err(_) => ExitCode::FAILURE,
    }
}

/// Prints the hits for `query` to `out`, or a message to `err`. Returns
/// whether anything was found.
pub fn run(
    c: &Catalog,
    query: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<bool> {
    if query.trim().is_empty() {
        writeln!(err, "usage: search QUERY...   (words, in any order)")?;
        return Ok(false);
    }
    if let Some(x) = c.excluded(query) {
        writeln!(
            err,
            "{query:?} is out of scope ({}): {}",
            x.name,
            x.reason.trim_end_matches('.')
        )?;
        return Ok(false);
    }
    let hits = c.search(query);
    if hits.is_empty() {
        writeln!(err, "nothing in the catalog matches {query:?}")?;
        return Ok(false);
    }
    for hit in &hits {
        writeln!(out, "{hit}")?;
    }
    writeln!(err, "{NOTICE}")?;
    Ok(true)
}
