//! JSON Schema of the catalog file (feature `schemars`).

/// The JSON Schema (draft 2020-12) of a catalog file, generated from the
/// Rust types. `data/catalog.schema.json` is this output.
///
/// ```
/// let schema = io_pain_modalities::schema::catalog_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(schema["properties"]["modalities"].is_object());
/// ```
pub fn catalog_schema() -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<crate::file::CatalogFile>();
    let mut value = serde_json::to_value(schema).unwrap_or_default();
    strip_examples(&mut value);
    value
}

/// Drops the doctest code blocks that the doc comments carry from every
/// `description`: they help Rust readers, not schema readers.
fn strip_examples(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(d)) = map.get_mut("description")
                && let Some(cut) = d.find("```")
            {
                d.truncate(cut);
                d.truncate(d.trim_end().len());
            }
            map.values_mut().for_each(strip_examples);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_examples),
        _ => {}
    }
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
            serde_json::Value::String(
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
