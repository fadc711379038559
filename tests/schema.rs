//! The committed JSON Schema is what the types generate. Set UPDATE_SCHEMA=1
//! to rewrite it (never on CI).
#![cfg(feature = "schemars")]

#[test]
fn committed_schema_is_fresh() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/catalog.schema.json");
    let generated = io_pain_modalities::schema::catalog_schema_json();
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed == generated {
        return;
    }
    let on_ci = std::env::var_os("CI").is_some();
    if std::env::var_os("UPDATE_SCHEMA").is_some() && !on_ci {
        std::fs::write(path, &generated).unwrap();
        return;
    }
    panic!(
        "data/catalog.schema.json is stale: regenerate it with\n    \
         UPDATE_SCHEMA=1 cargo test --all-features --test schema\nand review the diff"
    );
}

#[test]
fn schema_is_draft_2020_12_and_describes_the_file() {
    let s = io_pain_modalities::schema::catalog_schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let required: Vec<&str> = s["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["modalities", "sources"]);
    assert_eq!(s["additionalProperties"], false);
    // Vocabularies are closed lists of the same names serde uses.
    let consts: Vec<&str> = s["$defs"]["PainPattern"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["const"].as_str().unwrap())
        .collect();
    assert_eq!(consts, ["focal", "diffuse", "radicular"]);
    // Descriptions carry the docs without the Rust examples.
    assert!(!s.to_string().contains("```"));
}

#[test]
fn the_data_file_points_at_the_committed_schema() {
    let data: serde_json::Value =
        serde_json::from_str(include_str!("../data/catalog.json")).unwrap();
    assert_eq!(data["$schema"], "./catalog.schema.json");
    let ext: serde_json::Value =
        serde_json::from_str(include_str!("../examples/data/extension.json")).unwrap();
    assert_eq!(ext["$schema"], "../../data/catalog.schema.json");
}

#[test]
fn each_code_system_in_the_schema_names_its_uri() {
    use io_pain_modalities::{CodeSystem, strum::IntoEnumIterator};
    let s = io_pain_modalities::schema::catalog_schema();
    let variants = s["$defs"]["CodeSystem"]["oneOf"].as_array().unwrap();
    for system in CodeSystem::iter() {
        let v = variants
            .iter()
            .find(|v| v["const"] == system.as_str())
            .unwrap();
        let d = v["description"].as_str().unwrap().replace('\n', " ");
        assert!(d.contains(system.uri()), "{system}: {d}");
    }
}
