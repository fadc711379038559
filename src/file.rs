//! The catalog file format: what a file on disk holds, and parsing it with
//! errors that name the JSON path of the fault.

use serde::{Deserialize, Serialize};

use crate::{
    Combination, Error, Exclusion, Innovation, Modality, Result, Source, retired::Retired,
};

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
    /// Procedures and drugs outside the catalog's scope.
    pub exclusions: Vec<Exclusion>,
    /// Modality ids renamed or removed.
    pub retired: Vec<Retired>,
}

/// A catalog file as written on disk.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(title = "io-pain-modalities catalog"))]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogFile {
    /// Pointer to the JSON Schema, for editors.
    #[serde(
        rename = "$schema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "file_text"
    )]
    pub schema: Option<String>,
    /// The data version: the date, YYYY-MM-DD, the content was last reviewed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "file_version"
    )]
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = crate::date::FULL_DATE_PATTERN)))]
    pub version: Option<String>,
    /// The informational-only notice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "file_text"
    )]
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
    /// Procedures and drugs people look for that are outside the catalog's
    /// scope, each with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclusions: Vec<Exclusion>,
    /// Modality ids that were renamed or removed: never reused, and looking
    /// one up says so and names its replacement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<Retired>,
}

/// Reads the optional `version` of a catalog file: a full date, `YYYY-MM-DD`.
fn file_version<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    let version = <Option<String> as serde::Deserialize>::deserialize(d)?;
    if let Some(v) = &version {
        crate::date::check_full_date(v).map_err(serde::de::Error::custom)?;
    }
    Ok(version)
}

/// Reads an optional text of a catalog file's header (`$schema`, `notice`),
/// which, like every other text of the file, may not be blank.
fn file_text<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    let text = <Option<String> as serde::Deserialize>::deserialize(d)?;
    if let Some(t) = text.as_deref().filter(|t| t.trim().is_empty()) {
        return Err(serde::de::Error::custom(format!("text {t:?} is empty")));
    }
    Ok(text)
}

/// Reads a whole catalog file as UTF-8 text, naming the encoding when it
/// is another one.
pub(crate) fn read_text(mut reader: impl std::io::Read) -> Result<String> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(Error::Io)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let message = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
                "the file is UTF-16 encoded; save it as UTF-8".to_owned()
            } else {
                format!(
                    "the file is not UTF-8: invalid byte at offset {}; save it as UTF-8",
                    e.utf8_error().valid_up_to()
                )
            };
            Err(Error::Json {
                path: ".".to_owned(),
                message,
            })
        }
    }
}

/// Parses a catalog file. A UTF-8 byte-order mark, as Windows editors
/// write, is skipped.
pub(crate) fn parse(json: &str) -> Result<CatalogFile> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
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
        exclusions: file.exclusions,
        retired: file.retired,
    }
}
