//! Names in the export: resource ids, `urn:uuid:` full URLs, canonical
//! URLs under [`CANONICAL_BASE`], identifier systems and computable names.

use uuid::Uuid;

use super::CANONICAL_BASE;
use super::r5::{Identifier, Reference};

/// Longest FHIR resource id.
pub(crate) const MAX_ID: usize = 64;

/// The `urn:uuid:` that names a resource in the Bundle.
pub(crate) fn full_url(resource_type: &str, id: &str) -> String {
    let name = format!("urn:io-pain-modalities:fhir:{resource_type}/{id}");
    format!(
        "urn:uuid:{}",
        Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes())
    )
}

/// The canonical URL of a canonical resource: `{base}/{type}/{id}`.
pub(crate) fn canonical(resource_type: &str, id: &str) -> String {
    format!("{CANONICAL_BASE}/{resource_type}/{id}")
}

/// The system of one of the catalog's own code systems.
pub(crate) fn code_system(name: &str) -> String {
    canonical("CodeSystem", name)
}

/// A business identifier in one of the catalog's identifier systems
/// (`modality`, `source`, `statement`, `package`).
pub(crate) fn identifier(kind: &str, value: impl Into<String>) -> Vec<Identifier> {
    vec![Identifier {
        system: format!("{CANONICAL_BASE}/identifier/{kind}"),
        value: value.into(),
    }]
}

/// A literal reference to a resource of the Bundle, by its full URL.
pub(crate) fn reference(resource_type: &str, id: &str) -> Reference {
    Reference {
        reference: full_url(resource_type, id),
        display: None,
    }
}

/// A FHIR id (at most 64 characters) made of a catalog id and a suffix.
/// Catalog ids are already valid FHIR ids; a long one is shortened and
/// made unique again with a hash of the whole.
pub(crate) fn compose_id(base: &str, suffix: &str) -> String {
    let whole = format!("{base}-{suffix}");
    if whole.len() <= MAX_ID {
        return whole;
    }
    let hash = Uuid::new_v5(&Uuid::NAMESPACE_URL, whole.as_bytes()).simple();
    let hash = hash.to_string();
    let Some(keep) = MAX_ID.checked_sub(suffix.len() + 10) else {
        // A suffix too long to keep readable: the hash stands for the whole.
        return hash;
    };
    // Catalog ids are ASCII, so any cut is a character boundary.
    let head = base.get(..keep).unwrap_or(base).trim_end_matches('-');
    format!("{head}-{}-{suffix}", hash.get(..8).unwrap_or_default())
}

/// `RadiofrequencyAblation`-style computable name from a kebab-case id:
/// a capital letter, then letters and digits (the `cnl-0` rule).
pub(crate) fn computable_name(id: &str) -> String {
    let mut name = String::with_capacity(id.len());
    for word in id.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
    }
    // A computable name starts with a capital letter.
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.insert(0, 'M');
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_fit_fhir_and_stay_unique_when_shortened() {
        let long = "a".repeat(64);
        let one = compose_id(&long, "indication-0");
        let two = compose_id(&format!("{}b", "a".repeat(63)), "indication-0");
        assert!(one.len() <= MAX_ID && two.len() <= MAX_ID, "{one} {two}");
        assert_ne!(one, two);
        assert!(one.ends_with("-indication-0"));
        assert_eq!(compose_id("rfa", "warning-2"), "rfa-warning-2");
    }

    #[test]
    fn full_urls_are_stable_name_based_uuids() {
        let a = full_url("Citation", "dupuy-2010");
        assert_eq!(a, full_url("Citation", "dupuy-2010"));
        assert_ne!(a, full_url("ActivityDefinition", "dupuy-2010"));
        // Version 5 (name-based, SHA-1).
        assert_eq!(a.as_bytes()[23], b'5', "{a}");
    }

    #[test]
    fn computable_names_follow_the_fhir_rule() {
        assert_eq!(
            computable_name("radiofrequency-ablation"),
            "RadiofrequencyAblation"
        );
        assert_eq!(computable_name("177lu-psma"), "M177luPsma");
        assert_eq!(computable_name("nice.ipg12"), "NiceIpg12");
    }
}
