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
    let schema = generator.into_root_schema_for::<crate::catalog::CatalogFile>();
    serde_json::to_value(schema).unwrap_or_default()
}

/// The schema as the pretty JSON committed in `data/catalog.schema.json`,
/// with a `$comment` saying it is generated and how to refresh it.
///
/// ```
/// let text = io_pain_modalities::schema::catalog_schema_json();
/// assert!(text.contains("generated"));
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
