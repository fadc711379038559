//! Prints the embedded catalog as one FHIR R5 Bundle (type `collection`),
//! as JSON: an ActivityDefinition per modality, a MedicationKnowledge per
//! radiopharmaceutical, a ClinicalUseDefinition per indication and
//! precaution, a Citation per source.
//!
//! Run with `cargo run --features fhir --example fhir`.

fn main() {
    let bundle = io_pain_modalities::fhir::bundle(io_pain_modalities::catalog());
    println!("{}", bundle.to_json());
}
