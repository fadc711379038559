//! Writes the JSON Schema (draft 2020-12) of catalog files to standard
//! output, or to the file named by the first argument.
//!
//! Run with `cargo run --example schema --features schemars`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let schema = io_pain_modalities::schema::catalog_schema_json();
    match std::env::args().nth(1) {
        Some(path) => match std::fs::write(&path, schema) {
            Ok(()) => {
                eprintln!("wrote {path}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("could not write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        None => {
            print!("{schema}");
            ExitCode::SUCCESS
        }
    }
}
