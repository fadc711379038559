//! Validated identifiers: record ids, statement ids, DOIs, PMIDs and URLs.
//!
//! Each is a newtype that can only hold a well-formed value: parsing checks
//! the form, and JSON goes through the same parser.
//!
//! ```
//! use io_pain_modalities::{Doi, Pmid, ModalityId};
//!
//! let doi: Doi = "10.1002/cncr.24837".parse()?;
//! assert_eq!(doi.url(), "https://doi.org/10.1002/cncr.24837");
//! assert!("cncr.24837".parse::<Doi>().is_err());
//! assert!("2004-14X".parse::<Pmid>().is_err());
//! assert!("Not An Id".parse::<ModalityId>().is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::{fmt, str::FromStr};

use crate::error::Error;

macro_rules! string_newtype {
    ($(#[$meta:meta])* $name:ident, $what:literal, $check:path, $schema_pattern:literal) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(Box<str>);

        impl $name {
            /// The value as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                $check(s).map_err(|reason| Error::parse($what, s, reason))?;
                Ok(Self(s.into()))
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(s: String) -> Result<Self, Error> {
                $check(&s).map_err(|reason| Error::parse($what, &s, reason))?;
                Ok(Self(s.into_boxed_str()))
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0.into_string()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                &*self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                &*self.0 == *other
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "description": $what,
                    "pattern": $schema_pattern,
                })
            }
        }
    };
}

fn check_id(s: &str) -> Result<(), &'static str> {
    if s.is_empty() || s.len() > 64 {
        return Err("must be 1 to 64 characters");
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err("must use only lowercase ASCII letters, digits and hyphens");
    }
    if s.starts_with('-') || s.ends_with('-') || s.contains("--") {
        return Err("hyphens must separate words");
    }
    Ok(())
}

fn check_doi(s: &str) -> Result<(), &'static str> {
    let Some(rest) = s.strip_prefix("10.") else {
        return Err("a DOI starts with \"10.\"");
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return Err("a DOI has a registrant and a suffix separated by \"/\"");
    };
    if registrant.len() < 4
        || !registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || registrant.ends_with('.')
    {
        return Err("the registrant code after \"10.\" must be 4 or more digits");
    }
    if suffix.is_empty() || suffix.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the suffix must be non-empty and contain no spaces");
    }
    Ok(())
}

fn check_pmid(s: &str) -> Result<(), &'static str> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) || s.starts_with('0') {
        return Err("a PMID is 1 to 9 digits without a leading zero");
    }
    Ok(())
}

fn check_url(s: &str) -> Result<(), &'static str> {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return Err("must start with https:// (or http:// where only that was seen)");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty()
        || !host.contains('.')
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return Err("must name a host such as www.fda.gov");
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err("must name a host, not a raw IP address");
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("must not contain spaces");
    }
    Ok(())
}

string_newtype!(
    /// The stable id of a modality, such as `radiofrequency-ablation`:
    /// lowercase ASCII words joined by single hyphens.
    ///
    /// ```
    /// let id: io_pain_modalities::ModalityId = "strontium-89-chloride".parse()?;
    /// assert_eq!(id.as_str(), "strontium-89-chloride");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ModalityId, "modality id", check_id, "^[a-z0-9]+(-[a-z0-9]+)*$"
);

string_newtype!(
    /// The id of a source in the bibliography, such as `goetz-2004`.
    ///
    /// ```
    /// let id: io_pain_modalities::SourceId = "goetz-2004".parse()?;
    /// assert_eq!(id.to_string(), "goetz-2004");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    SourceId, "source id", check_id, "^[a-z0-9]+(-[a-z0-9]+)*$"
);

string_newtype!(
    /// The id of a combination or an innovation, such as `rfa-with-cement-augmentation`.
    ///
    /// ```
    /// let id: io_pain_modalities::EntryId = "peripheral-nerve-stimulation".parse()?;
    /// assert_eq!(id.as_str(), "peripheral-nerve-stimulation");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    EntryId, "entry id", check_id, "^[a-z0-9]+(-[a-z0-9]+)*$"
);

string_newtype!(
    /// The stable id of a statement within its record, such as
    /// `us-label-2025`: lowercase ASCII words joined by single hyphens. It
    /// does not change when other statements are added, removed or
    /// reordered, and a removed statement's id is never reused.
    ///
    /// ```
    /// let id: io_pain_modalities::StatementId = "us-label-2025".parse()?;
    /// assert_eq!(id.as_str(), "us-label-2025");
    /// assert!("US label".parse::<io_pain_modalities::StatementId>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    StatementId, "statement id", check_id, "^[a-z0-9]+(-[a-z0-9]+)*$"
);

string_newtype!(
    /// A Digital Object Identifier, without the `https://doi.org/` prefix.
    ///
    /// ```
    /// let doi: io_pain_modalities::Doi = "10.1056/NEJMoa2107322".parse()?;
    /// assert_eq!(doi.url(), "https://doi.org/10.1056/NEJMoa2107322");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Doi, "DOI", check_doi, "^10\\.[0-9.]{4,}/\\S+$"
);

string_newtype!(
    /// A PubMed identifier.
    ///
    /// ```
    /// let pmid: io_pain_modalities::Pmid = "20041484".parse()?;
    /// assert_eq!(pmid.url(), "https://pubmed.ncbi.nlm.nih.gov/20041484/");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Pmid, "PMID", check_pmid, "^[1-9][0-9]{0,8}$"
);

string_newtype!(
    /// An `https://` URL naming a host (no raw IP addresses). `http://` is
    /// accepted for pages that were only seen at that address.
    ///
    /// ```
    /// let url: io_pain_modalities::Url = "https://www.nice.org.uk/guidance/ta279".parse()?;
    /// assert!(url.as_str().ends_with("ta279"));
    /// assert!("ftp://example.org".parse::<io_pain_modalities::Url>().is_err());
    /// assert!("https://10.0.0.1/x".parse::<io_pain_modalities::Url>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Url, "URL", check_url, "^https?://[A-Za-z0-9.-]+\\.[A-Za-z0-9.-]+(\\S*)$"
);

impl Doi {
    /// The resolver URL of this DOI.
    ///
    /// ```
    /// let doi: io_pain_modalities::Doi = "10.1002/cncr.24837".parse()?;
    /// assert!(doi.url().starts_with("https://doi.org/"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> String {
        format!("https://doi.org/{}", self.0)
    }
}

impl Pmid {
    /// The PubMed page of this PMID.
    ///
    /// ```
    /// let pmid: io_pain_modalities::Pmid = "29453701".parse()?;
    /// assert!(pmid.url().contains("29453701"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> String {
        format!("https://pubmed.ncbi.nlm.nih.gov/{}/", self.0)
    }
}
