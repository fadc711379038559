//! Checks a catalog file on its own, as the crate loads it, and prints
//! every problem it finds, each with its JSON path.
//!
//! Run with `cargo run --example validate -- data/catalog.json`. Exits 0
//! when the file is valid, 1 when it is not, 2 when it cannot be read or
//! the report cannot be written.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use io_pain_modalities::Catalog;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/catalog.json".to_owned());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("could not read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    match run(
        &path,
        &text,
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
    ) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(_) => ExitCode::from(2),
    }
}

/// Validates `text`, the file `name`; `Ok(false)` after reporting its
/// problems to `err` (all of them, one a line, up to the cap).
pub fn run(name: &str, text: &str, out: &mut impl Write, err: &mut impl Write) -> io::Result<bool> {
    match Catalog::from_json(text) {
        Ok(c) => {
            writeln!(
                out,
                "{name}: valid ({} modalities, {} statements, {} sources)",
                c.len(),
                c.statements().count(),
                c.sources().count()
            )?;
            Ok(true)
        }
        Err(e) => {
            writeln!(err, "{name}: {e}")?;
            Ok(false)
        }
    }
}
