//! The data behind the site, as files in its `data/` folder: the catalog
//! JSON, its statements as JSON Lines and, with the crate features that
//! make them, the JSON Schema (`schemars`) and the FHIR R5 bundle (`fhir`).

use crate::Catalog;

/// One file of the `data/` folder, as the about page lists it.
#[derive(Clone, Debug)]
pub(crate) struct Download {
    /// Its path from the site's root.
    pub path: String,
    /// What it holds, in words.
    pub what: &'static str,
    /// Its format, in words.
    pub format: &'static str,
    /// Its size, in words: "412 kB".
    pub size: String,
}

/// A size in words: bytes under a kilobyte, then kB or MB to one decimal
/// (1 kB = 1,000 bytes).
fn size_words(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} kB", bytes.div_ceil(1_000)),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0),
    }
}

/// Every download of `c`: the files, and the list the about page shows.
pub(crate) fn downloads(c: &Catalog) -> (Vec<(String, String)>, Vec<Download>) {
    // Pushed to only with the `schemars` or `fhir` feature.
    #[allow(unused_mut)]
    let mut files: Vec<(&'static str, &'static str, &'static str, String)> = vec![
        (
            "data/catalog.json",
            "The whole catalog: every record, statement and source",
            "JSON",
            c.to_json(),
        ),
        (
            "data/statements.jsonl",
            "Every statement with its subject, field, text and full sources, one per line",
            "JSON Lines",
            c.statements_jsonl(),
        ),
    ];
    #[cfg(feature = "schemars")]
    files.push((
        "data/catalog.schema.json",
        "The JSON Schema the catalog file follows",
        "JSON Schema",
        crate::schema::catalog_schema_json(),
    ));
    #[cfg(feature = "fhir")]
    files.push((
        "data/fhir-bundle.json",
        "The catalog as a FHIR R5 Bundle",
        "FHIR R5 JSON",
        crate::fhir::bundle(c).to_json(),
    ));
    let list = files
        .iter()
        .map(|(path, what, format, contents)| Download {
            path: (*path).to_owned(),
            what,
            format,
            size: size_words(contents.len()),
        })
        .collect();
    let files = files
        .into_iter()
        .map(|(path, _, _, contents)| (path.to_owned(), contents))
        .collect();
    (files, list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_words() {
        assert_eq!(size_words(999), "999 bytes");
        assert_eq!(size_words(1_001), "2 kB");
        assert_eq!(size_words(2_345_678), "2.3 MB");
    }
}
