//! Prints two to four modalities side by side, as JSON.
//!
//! ```text
//! cargo run --example compare -- radiofrequency-ablation Sr-89
//! ```
//!
//! Each argument is found as `Catalog::lookup` finds it (id, name,
//! abbreviation, synonym or brand). With no argument it compares
//! radiofrequency ablation and strontium-89 chloride.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let queries: Vec<&str> = if args.is_empty() {
        vec!["radiofrequency-ablation", "strontium-89-chloride"]
    } else {
        args.iter().map(String::as_str).collect()
    };
    match io_pain_modalities::catalog().compare(&queries) {
        Ok(cmp) => match serde_json::to_string_pretty(&cmp) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
