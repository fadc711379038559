//! The catalog file format: what a file on disk holds, and parsing it with
//! errors that name the JSON path of the fault.

use serde::{Deserialize, Serialize};

use crate::{Combination, Error, Innovation, Modality, Result, Source};

/// The arrays of a catalog file, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Parts {
    /// The modalities.
    pub modalities: Vec<Modality>,
    /// Modalities used together.
    pub combinations: Vec<Combination>,
    /// Newer techniques.
    pub innovations: Vec<Innovation>,
    /// The bibliography every statement cites.
    pub sources: Vec<Source>,
}

/// A catalog file as written on disk.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(title = "io-pain-modalities catalog"))]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogFile {
    /// Pointer to the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The data version (a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The informational-only notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// The modalities.
    pub modalities: Vec<Modality>,
    /// Modalities used together.
    #[serde(default)]
    pub combinations: Vec<Combination>,
    /// Newer techniques.
    #[serde(default)]
    pub innovations: Vec<Innovation>,
    /// The bibliography every statement cites.
    pub sources: Vec<Source>,
}

pub(crate) fn parse(json: &str) -> Result<CatalogFile> {
    if !json.trim_start().starts_with('{') {
        let found = json
            .trim_start()
            .chars()
            .next()
            .map_or("nothing".to_owned(), |c| format!("{c:?}"));
        return Err(Error::Json {
            path: ".".to_owned(),
            message: format!(
                "expected a JSON object with \"modalities\" and \"sources\", found {found}"
            ),
        });
    }
    // The fast path parses without tracking paths; only a failure is parsed
    // again with path tracking, to say where it went wrong.
    match serde_json::from_str(json) {
        Ok(file) => Ok(file),
        Err(first) => {
            let de = &mut serde_json::Deserializer::from_str(json);
            match serde_path_to_error::deserialize::<_, CatalogFile>(de) {
                Err(e) => Err(Error::Json {
                    path: e.path().to_string(),
                    message: e.into_inner().to_string(),
                }),
                // Both parsers read the same bytes; should they ever
                // disagree, the first error still stands.
                Ok(_) => Err(Error::Json {
                    path: ".".to_owned(),
                    message: first.to_string(),
                }),
            }
        }
    }
}

pub(crate) fn into_parts(file: CatalogFile) -> Parts {
    Parts {
        modalities: file.modalities,
        combinations: file.combinations,
        innovations: file.innovations,
        sources: file.sources,
    }
}
