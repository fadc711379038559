//! Prints the embedded catalog as one FHIR R5 Bundle, as JSON: an
//! ActivityDefinition per modality, the product resources of each
//! radiopharmaceutical, a ClinicalUseDefinition per indication and
//! precaution, a Citation per source, a CodeSystem per vocabulary and the
//! SearchParameter that finds a Citation by DOI or PMID.
//!
//! Run with `cargo run --features fhir --example fhir` for a `collection`
//! Bundle, or add `-- --transaction` for a `transaction` Bundle that a FHIR
//! server loads as it is (`POST` it to the server's base URL).

use std::process::ExitCode;

fn main() -> ExitCode {
    let catalog = io_pain_modalities::catalog();
    let bundle = match std::env::args().nth(1).as_deref() {
        None => io_pain_modalities::fhir::bundle(catalog),
        Some("--transaction") => io_pain_modalities::fhir::transaction_bundle(catalog),
        Some(other) => {
            eprintln!("unknown option {other:?}; the one option is --transaction");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", bundle.to_json());
    ExitCode::SUCCESS
}
