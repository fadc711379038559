//! What changed between two catalog files: records added and removed,
//! statements added, removed and changed (before and after, with their
//! sources), sources added, removed or whose status changed.
//!
//! Run with `cargo run --example diff -- OLDER.json [NEWER.json]`; without
//! NEWER.json the embedded catalog is the newer one. `--json` prints the
//! diff as JSON for machines. Exits 0 when nothing changed, 1 when
//! something did, 2 when a file cannot be read or loaded or the diff
//! cannot be written.

use std::{io::Write, process::ExitCode};

use io_pain_modalities::{Catalog, catalog};

fn load(path: &str) -> Result<Catalog, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("could not read {path}: {e}"))?;
    Catalog::from_json(&text).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
    let (older, newer) = match files.as_slice() {
        [older] => (load(older), Ok(catalog().clone())),
        [older, newer] => (load(older), load(newer)),
        _ => {
            eprintln!("usage: diff [--json] OLDER.json [NEWER.json]");
            return ExitCode::from(2);
        }
    };
    let (older, newer) = match (older, newer) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let diff = newer.diff(&older);
    let text = if json {
        match serde_json::to_string_pretty(&diff) {
            Ok(text) => text + "\n",
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    } else {
        diff.to_string()
    };
    // A closed pipe (`| head`) or a full disk ends the program quietly.
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        return ExitCode::from(2);
    }
    if diff.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
