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
    use io_pain_modalities::{CodeSystem, Vocabulary};
    let s = io_pain_modalities::schema::catalog_schema();
    let variants = s["$defs"]["CodeSystem"]["oneOf"].as_array().unwrap();
    for &system in CodeSystem::ALL {
        let v = variants
            .iter()
            .find(|v| v["const"] == system.as_str())
            .unwrap();
        let d = v["description"].as_str().unwrap().replace('\n', " ");
        assert!(d.contains(system.uri()), "{system}: {d}");
    }
}

/// Calls `f` on every subschema (every JSON object) of the schema.
fn each_object<'a>(
    value: &'a serde_json::Value,
    f: &mut impl FnMut(&'a serde_json::Map<String, serde_json::Value>),
) {
    match value {
        serde_json::Value::Object(map) => {
            f(map);
            map.values().for_each(|v| each_object(v, f));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| each_object(v, f)),
        _ => {}
    }
}

#[test]
fn only_formats_that_json_schema_defines() {
    // Ajv with default options refuses to compile a schema with an unknown
    // format; the catalog needs none.
    let s = io_pain_modalities::schema::catalog_schema();
    each_object(&s, &mut |o| assert!(!o.contains_key("format"), "{o:?}"));
}

#[test]
fn no_keyword_stands_beside_a_ref() {
    // Code generators drop a referenced type's name when its `$ref` has
    // siblings; the references sit in `allOf` instead.
    let s = io_pain_modalities::schema::catalog_schema();
    each_object(&s, &mut |o| {
        if o.contains_key("$ref") {
            assert_eq!(o.len(), 1, "{o:?}");
        }
    });
}

#[test]
fn definitions_are_titled_with_their_names_and_shadow_no_builtin() {
    let s = io_pain_modalities::schema::catalog_schema();
    let defs = s["$defs"].as_object().unwrap();
    assert!(defs.contains_key("PartialDate"));
    // Names that generated TypeScript, JavaScript or Python would shadow.
    let builtins = [
        "Array",
        "Boolean",
        "Date",
        "Error",
        "Function",
        "JSON",
        "Map",
        "Math",
        "Number",
        "Object",
        "Omit",
        "Partial",
        "Pick",
        "Promise",
        "Readonly",
        "Record",
        "RegExp",
        "Required",
        "Set",
        "String",
        "Symbol",
        "URL",
        "BaseModel",
        "Enum",
        "Field",
        "List",
        "Optional",
        "Any",
    ];
    for (name, def) in defs {
        assert_eq!(def["title"], name.as_str());
        assert!(
            !builtins.contains(&name.as_str()),
            "{name} shadows a built-in"
        );
    }
}

#[test]
fn every_list_of_cited_sources_names_one_at_least() {
    let s = io_pain_modalities::schema::catalog_schema();
    let mut lists = 0;
    each_object(&s, &mut |o| {
        if o.get("items") == Some(&serde_json::json!({"$ref": "#/$defs/SourceId"})) {
            assert_eq!(o["minItems"], 1, "{o:?}");
            lists += 1;
        }
    });
    // Statement, the ten records with their own `sources`, Combination and Innovation.
    assert!(lists >= 12, "{lists}");
}

#[test]
fn free_text_is_never_blank() {
    let s = io_pain_modalities::schema::catalog_schema();
    let text = &s["$defs"]["Statement"]["properties"]["text"];
    assert_eq!(text["minLength"], 1);
    assert_eq!(text["pattern"], "\\S");
    // Every string is either free text (non-blank), a pattern of its own,
    // or a vocabulary term.
    each_object(&s, &mut |o| {
        if o.get("type") == Some(&"string".into()) {
            assert!(
                o.contains_key("pattern") || o.contains_key("const"),
                "unconstrained string: {o:?}"
            );
        }
    });
}

#[test]
fn numbers_carry_the_rules_the_crate_checks() {
    let s = io_pain_modalities::schema::catalog_schema();
    let participants = &s["$defs"]["Evidence"]["properties"]["participants"];
    assert_eq!(participants["minimum"], 0);
    assert_eq!(participants["maximum"], 4_294_967_295u64);
    let radiation = &s["$defs"]["Radiation"]["properties"];
    for quantity in ["half_life_days", "max_energy_mev", "max_range_mm"] {
        assert_eq!(radiation[quantity]["exclusiveMinimum"], 0, "{quantity}");
    }
    let version = s["properties"]["version"]["pattern"].as_str().unwrap();
    assert!(version.starts_with('^') && version.ends_with('$'));
}

#[test]
fn the_top_description_says_what_the_schema_cannot_express() {
    let s = io_pain_modalities::schema::catalog_schema();
    let d = s["description"].as_str().unwrap();
    for rule in [
        "names an entry of `sources`",
        "ids are unique",
        "no date lies after today",
        "codes have the form of their system",
        "cargo run --example validate -- FILE",
    ] {
        assert!(d.contains(rule), "{rule}");
    }
}
