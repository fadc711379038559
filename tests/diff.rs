//! `Catalog::diff` of data/catalog.json against an edited copy reports
//! exactly the edits, and nothing for a mere reordering.

use io_pain_modalities::{Catalog, SourceKind, SourceStatus};
use serde_json::{Value, json};

fn load(v: &Value) -> Catalog {
    Catalog::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_diff_reports_exactly_the_edits() {
    let text = std::fs::read_to_string("data/catalog.json").unwrap();
    let older = Catalog::from_json(&text).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();

    // Reordering statements changes no key, so it is no change.
    let m0 = &mut v["modalities"][0];
    let first = m0["id"].as_str().unwrap().to_owned();
    m0["indications"].as_array_mut().unwrap().reverse();
    // 1. A statement's text edited (no new figure, so its clause map holds).
    let before = m0["mechanism"]["text"].as_str().unwrap().to_owned();
    let after = format!("{before} Edited for the test.");
    m0["mechanism"]["text"] = after.clone().into();
    let mech_sources = m0["mechanism"]["sources"].clone();
    // 2. A precaution removed, one whose sources other statements cite too.
    let m = older.get(&first).unwrap();
    let k = m
        .precautions
        .iter()
        .position(|p| p.sources.iter().all(|s| older.citing(s).count() > 1))
        .expect("a removable precaution");
    let removed = m0["precautions"].as_array_mut().unwrap().remove(k);
    // 3. A synonym added to the last modality.
    let last = v["modalities"].as_array().unwrap().len() - 1;
    let ml = &mut v["modalities"][last];
    let last_id = ml["id"].as_str().unwrap().to_owned();
    let last_name = ml["name"].as_str().unwrap().to_owned();
    ml["synonyms"]
        .as_array_mut()
        .unwrap()
        .push("edited test synonym".into());
    // 4. A payer policy's status changed from current to unconfirmed.
    let policy = older
        .sources()
        .find(|s| s.kind == SourceKind::PayerPolicy && s.status == Some(SourceStatus::Current))
        .expect("a current payer policy")
        .id
        .to_string();
    for s in v["sources"].as_array_mut().unwrap() {
        if s["id"] == policy.as_str() {
            s["status"] = "unconfirmed".into();
        }
    }
    // 5. A record added, citing 6. a source added.
    let mut added = v["innovations"][0].clone();
    added["id"] = "zz-test-innovation".into();
    added["name"] = "Test innovation for the diff".into();
    added["synonyms"] = json!([]);
    added["sources"] = json!(["zz-test-source"]);
    added["text"] = "A test entry with no figures.".into();
    added["support"] = json!([{"source": "zz-test-source", "locator": "the whole page"}]);
    v["innovations"].as_array_mut().unwrap().push(added);
    v["sources"].as_array_mut().unwrap().push(json!({
        "id": "zz-test-source", "kind": "news-or-web", "citation": "A test page.",
        "url": "https://example.org/test", "verification": "secondary",
        "checked": "2026-12-01", "note": "A test source."
    }));

    let newer = load(&v);
    let diff = serde_json::to_value(newer.diff(&older)).unwrap();
    let version = older.version().unwrap_or_default();
    assert_eq!(
        diff,
        json!({
            "older_version": version,
            "newer_version": version,
            "records_added": [{"collection": "innovations", "id": "zz-test-innovation",
                               "name": "Test innovation for the diff"}],
            "records_removed": [],
            "records_changed": [{"record": {"collection": "modalities", "id": last_id,
                                            "name": last_name}, "fields": ["synonyms"]}],
            "statements_added": [],
            "statements_removed": [{"collection": "modalities", "record": first,
                                    "statement": removed["id"], "text": removed["text"],
                                    "sources": removed["sources"]}],
            "statements_changed": [{"collection": "modalities", "record": first,
                                    "statement": "mechanism", "fields": ["text"],
                                    "before": {"text": before, "sources": mech_sources},
                                    "after": {"text": after, "sources": mech_sources}}],
            "sources_added": ["zz-test-source"],
            "sources_removed": [],
            "sources_changed": [{"id": policy, "fields": ["status"],
                                 "status_before": "current", "status_after": "unconfirmed"}],
            "retired_added": [],
        })
    );
    // Each way round, the added becomes the removed.
    let back = older.diff(&newer);
    assert_eq!(back.records_removed.len(), 1);
    assert_eq!(back.statements_added.len(), 1);
    assert_eq!(back.sources_removed.len(), 1);
}

#[test]
fn the_text_for_people_names_each_change() {
    let c = io_pain_modalities::catalog();
    let mut v: Value = serde_json::from_str(&c.to_json()).unwrap();
    let id = v["modalities"][0]["id"].as_str().unwrap().to_owned();
    v["modalities"][0]["summary"]["text"] = "Changed.".into();
    let older = load(&v);
    let text = c.diff(&older).to_string();
    assert!(text.contains("statements changed (1):"), "{text}");
    assert!(text.contains(&format!("  ~ {id}/summary (text)")), "{text}");
    assert!(text.contains("    before: Changed. ["), "{text}");
}
