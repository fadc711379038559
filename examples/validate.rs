//! Checks a catalog file on its own, as the crate loads it.
//!
//! Run with `cargo run --example validate -- data/catalog.json`.

use std::process::ExitCode;

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
    match io_pain_modalities::Catalog::from_json(&text) {
        Ok(c) => {
            println!(
                "{path}: valid ({} modalities, {} statements, {} sources)",
                c.len(),
                c.statements().count(),
                c.sources().count()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::FAILURE
        }
    }
}
