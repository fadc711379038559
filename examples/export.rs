//! Exports the embedded catalog: `json` (default) for the whole catalog,
//! `jsonl` for one cited statement per line.
//!
//! Run with `cargo run --example export -- jsonl`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let c = io_pain_modalities::catalog();
    match std::env::args().nth(1).as_deref() {
        None | Some("json") => println!("{}", c.to_json()),
        Some("jsonl") => print!("{}", c.statements_jsonl()),
        Some(other) => {
            eprintln!("unknown format {other:?}: expected json or jsonl");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
