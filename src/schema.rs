//! JSON Schema of the catalog file (feature `schemars`).
//!
//! The schema is generated from the Rust types and then shaped by schemars
//! transforms so that the tools other languages reach for by default accept
//! it and keep its names:
//!
//! - only formats that JSON Schema 2020-12 defines (Ajv rejects a schema
//!   with an unknown format); the bounds that a Rust integer format such as
//!   `uint32` implied become `minimum` and `maximum`;
//! - no keyword beside a `$ref` (code generators drop the name of a
//!   referenced type that has siblings): the reference moves into `allOf`;
//! - every definition has a `title` equal to its name, and none is named
//!   like a JavaScript built-in (the Rust [`Date`](crate::Date) is
//!   `PartialDate` here);
//! - every rule the schema can state is stated: a list of cited sources is
//!   never empty, no text is blank, physical quantities are positive, dates
//!   are real calendar dates, `version` is a full date.
//!
//! The rules it cannot state are listed in the schema's top-level
//! `description` ([`LIMITS`]); the crate checks them when it loads a file
//! (`cargo run --example validate -- FILE`).
//!
//! ```
//! let schema = io_pain_modalities::schema::catalog_schema();
//! let statement = &schema["$defs"]["Statement"];
//! assert_eq!(statement["title"], "Statement");
//! assert_eq!(statement["properties"]["sources"]["minItems"], 1);
//! assert_eq!(statement["properties"]["text"]["minLength"], 1);
//! ```

use schemars::{
    JsonSchema, Schema,
    generate::SchemaSettings,
    transform::{RecursiveTransform, RemoveRefSiblings, RestrictFormats},
};
use serde_json::Value;

use crate::SourceId;

/// What the schema cannot express, appended to its top-level description.
/// The crate checks all of it when it loads a catalog.
///
/// ```
/// assert!(io_pain_modalities::schema::LIMITS.contains("cargo run --example validate"));
/// ```
pub const LIMITS: &str = "What this schema cannot express, and the crate checks when it loads a \
file: every cited source id names an entry of `sources` (of this file, or of the embedded catalog \
when merging), and every source is cited; ids are unique (modalities; sources; combinations and \
innovations together); the modalities a combination or innovation names exist; each modality cites \
at least one primary source (a label, regulatory record, guideline or clinical study); names \
(abbreviations, synonyms, brands) have a letter or digit and are unambiguous once case, spaces and \
punctuation are ignored; no date lies after today; each source has a DOI, a PMID or a URL; codes \
have the form of their system (ICD-10-CM, HCPCS, ATC, NDC, FDA 510(k), NCT). Check a file against \
all of it with `cargo run --example validate -- FILE`.";

/// The JSON Schema (draft 2020-12) of a catalog file, generated from the
/// Rust types. `data/catalog.schema.json` is this output.
///
/// ```
/// let schema = io_pain_modalities::schema::catalog_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(schema["properties"]["modalities"].is_object());
/// // Ajv and other validators know only the standard formats.
/// assert!(!schema.to_string().contains("uint32"));
/// assert_eq!(schema["$defs"]["Evidence"]["properties"]["participants"]["maximum"], u32::MAX);
/// ```
pub fn catalog_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(strip_examples))
        .with_transform(RecursiveTransform(integer_bounds))
        .with_transform(RestrictFormats::default())
        .with_transform(RecursiveTransform(non_blank_text))
        .with_transform(RecursiveTransform(cited_at_least_once))
        .with_transform(RemoveRefSiblings::default())
        .with_transform(titled_definitions)
        .with_transform(describe_limits)
        .into_generator();
    let schema = generator.into_root_schema_for::<crate::file::CatalogFile>();
    schema.to_value()
}

/// Drops the doctest code blocks that the doc comments carry from every
/// `description`: they help Rust readers, not schema readers.
fn strip_examples(schema: &mut Schema) {
    if let Some(Value::String(d)) = schema.get_mut("description")
        && let Some(cut) = d.find("```")
    {
        d.truncate(cut);
        d.truncate(d.trim_end().len());
    }
}

/// Turns the integer formats schemars emits (`uint32`, ...), which are not
/// JSON Schema formats, into the bounds they stand for. `RestrictFormats`
/// then removes the format itself.
fn integer_bounds(schema: &mut Schema) {
    let bounds: Option<(i64, i64)> = match schema.get("format").and_then(Value::as_str) {
        Some("uint8") => Some((0, u8::MAX.into())),
        Some("uint16") => Some((0, u16::MAX.into())),
        Some("uint32") => Some((0, u32::MAX.into())),
        Some("int8") => Some((i8::MIN.into(), i8::MAX.into())),
        Some("int16") => Some((i16::MIN.into(), i16::MAX.into())),
        Some("int32") => Some((i32::MIN.into(), i32::MAX.into())),
        _ => None,
    };
    if let Some((min, max)) = bounds {
        schema.insert("minimum".to_owned(), min.into());
        schema.insert("maximum".to_owned(), max.into());
    }
}

/// Whether `schema` admits strings (alone or beside `null`).
fn admits_strings(schema: &Schema) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
        _ => false,
    }
}

/// No text in a catalog is blank: every free-text string (one without a
/// pattern, a format or a fixed value of its own) needs a character other
/// than white space.
fn non_blank_text(schema: &mut Schema) {
    let constrained = ["pattern", "format", "const", "enum"]
        .iter()
        .any(|&k| schema.get(k).is_some());
    if admits_strings(schema) && !constrained {
        schema.insert("minLength".to_owned(), 1.into());
        schema.insert("pattern".to_owned(), "\\S".into());
    }
}

/// Every list of cited sources (an array of `SourceId`) names at least one.
fn cited_at_least_once(schema: &mut Schema) {
    let source_ref = format!("#/$defs/{}", SourceId::schema_name());
    let cites = schema.get("type").and_then(Value::as_str) == Some("array")
        && schema
            .get("items")
            .and_then(|items| items.get("$ref"))
            .and_then(Value::as_str)
            == Some(source_ref.as_str());
    if cites && schema.get("minItems").is_none() {
        schema.insert("minItems".to_owned(), 1.into());
    }
}

/// Gives each definition a `title` equal to its name, so that code
/// generators name their types after it.
fn titled_definitions(schema: &mut Schema) {
    if let Some(Value::Object(defs)) = schema.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            if let Value::Object(def) = def {
                def.insert("title".to_owned(), Value::String(name.clone()));
            }
        }
    }
}

/// Appends [`LIMITS`] to the top-level description.
fn describe_limits(schema: &mut Schema) {
    let description = match schema.get("description").and_then(Value::as_str) {
        Some(d) => format!("{d}\n\n{LIMITS}"),
        None => LIMITS.to_owned(),
    };
    schema.insert("description".to_owned(), description.into());
}

/// The schema as the pretty JSON committed in `data/catalog.schema.json`,
/// with a `$comment` saying it is generated and how to refresh it.
///
/// ```
/// let text = io_pain_modalities::schema::catalog_schema_json();
/// assert!(text.contains("Generated from the Rust types"));
/// ```
pub fn catalog_schema_json() -> String {
    let mut schema = catalog_schema();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "$comment".to_owned(),
            Value::String(
                "Generated from the Rust types; do not edit. Refresh with: \
                 UPDATE_SCHEMA=1 cargo test --all-features --test schema"
                    .to_owned(),
            ),
        );
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
