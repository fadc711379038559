//! Statement identity is stable: removing one statement renames no other,
//! in the statement view, the JSONL export and the site's anchors.

use std::collections::BTreeMap;

use io_pain_modalities::{Catalog, catalog};
use serde_json::Value;

/// The embedded catalog with one indication removed from a record that has
/// several, and the removed statement's id.
fn without_one_indication() -> (Catalog, String, String) {
    let mut v: Value = serde_json::from_str(&catalog().to_json()).unwrap();
    let modalities = v["modalities"].as_array_mut().unwrap();
    let m = modalities
        .iter_mut()
        .find(|m| m["indications"].as_array().is_some_and(|a| a.len() >= 3))
        .unwrap();
    let id = m["id"].as_str().unwrap().to_owned();
    let removed = m["indications"].as_array_mut().unwrap().remove(0);
    let removed = removed["id"].as_str().unwrap().to_owned();
    m["retired_statements"]
        .as_array_mut()
        .map(|a| a.push(Value::from(removed.clone())))
        .unwrap_or_else(|| m["retired_statements"] = Value::from(vec![removed.clone()]));
    let json = serde_json::to_string(&v).unwrap();
    (Catalog::from_json(&json).unwrap(), id, removed)
}

/// Every statement by its stable location, with its text.
fn by_location(c: &Catalog) -> BTreeMap<String, String> {
    c.statements()
        .map(|s| (s.location(), s.text.to_owned()))
        .collect()
}

#[test]
fn removing_a_statement_renames_no_other() {
    let (edited, record, removed) = without_one_indication();
    let before = by_location(catalog());
    let after = by_location(&edited);
    let gone: Vec<&String> = before.keys().filter(|k| !after.contains_key(*k)).collect();
    // The removed indication, and the codes it carried, are gone...
    assert!(
        gone.iter()
            .all(|k| k.starts_with(&format!("{record}/{removed}"))),
        "{gone:?}"
    );
    assert!(!gone.is_empty());
    // ...and every other statement keeps its location and its text.
    for (location, text) in &after {
        assert_eq!(before.get(location), Some(text), "{location} changed");
    }
    assert_eq!(before.len() - gone.len(), after.len());
}

#[test]
fn the_jsonl_export_keys_statements_by_their_ids() {
    let (edited, _, _) = without_one_indication();
    let keys = |c: &Catalog| -> BTreeMap<(String, String), String> {
        c.statements_jsonl()
            .lines()
            .skip(1)
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                let key = (
                    v["subject"].as_str().unwrap().to_owned(),
                    v["statement"].as_str().unwrap().to_owned(),
                );
                (key, v["text"].as_str().unwrap().to_owned())
            })
            .collect()
    };
    let before = keys(catalog());
    let after = keys(&edited);
    for (key, text) in &after {
        assert_eq!(before.get(key), Some(text), "{key:?}");
    }
}

#[test]
fn a_retired_id_may_not_come_back() {
    let (edited, record, removed) = without_one_indication();
    let mut v: Value = serde_json::from_str(&edited.to_json()).unwrap();
    let m = v["modalities"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["id"] == record.as_str())
        .unwrap();
    m["indications"][0]["id"] = Value::from(removed.clone());
    let err = Catalog::from_json(&serde_json::to_string(&v).unwrap()).unwrap_err();
    assert!(err.to_string().contains("is retired"), "{err}");
}

#[cfg(feature = "html")]
#[test]
fn the_site_keeps_every_other_anchor() {
    use io_pain_modalities::html;
    let (edited, record, removed) = without_one_indication();
    let page = |c: &Catalog| -> String {
        let site = html::render(c).unwrap();
        site.get(&format!("modalities/{record}.html"))
            .unwrap()
            .to_owned()
    };
    let (before, after) = (page(catalog()), page(&edited));
    for s in edited.statements().filter(|s| s.subject.id() == record) {
        let anchor = format!("id=\"s-{}\"", s.anchor());
        assert!(
            before.contains(&anchor) && after.contains(&anchor),
            "{anchor}"
        );
    }
    assert!(before.contains(&format!("id=\"s-{removed}\"")));
    assert!(!after.contains(&format!("id=\"s-{removed}\"")));
}
