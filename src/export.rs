//! Exports of a catalog: the whole as JSON, and its statements as JSON Lines.

use serde::Serialize;

use crate::{Catalog, Combination, Innovation, Modality, NOTICE, Source};

#[derive(Serialize)]
struct CatalogOut<'a> {
    version: &'a str,
    notice: &'static str,
    modalities: &'a [Modality],
    combinations: &'a [Combination],
    innovations: &'a [Innovation],
    sources: &'a [Source],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    exclusions: &'a [crate::Exclusion],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    retired: &'a [crate::Retired],
}

impl Catalog {
    /// The whole catalog as pretty JSON, with its version and the
    /// informational-only notice. The output loads back with
    /// [`Catalog::from_json`].
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let json = c.to_json();
    /// assert!(json.contains(io_pain_modalities::NOTICE));
    /// assert_eq!(&io_pain_modalities::Catalog::from_json(&json)?, c);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Every statement as JSON Lines: one object per line with the
    /// subject, the field, the text and the full sources it cites, so that
    /// a search index can quote a fact together with its sources. The first
    /// line carries the version and the notice.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let jsonl = c.statements_jsonl();
    /// assert_eq!(jsonl.lines().count(), c.statements().count() + 1);
    /// assert!(jsonl.lines().next().unwrap().contains("Informational only"));
    /// ```
    pub fn statements_jsonl(&self) -> String {
        #[derive(Serialize)]
        struct Header<'a> {
            version: &'a str,
            notice: &'static str,
        }
        #[derive(Serialize)]
        struct Line<'a> {
            subject: &'a str,
            subject_kind: &'static str,
            name: &'a str,
            statement: String,
            field: String,
            text: &'a str,
            sources: Vec<&'a Source>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            support: &'a [crate::Support],
        }
        let mut out = serde_json::to_string(&Header {
            version: &self.version,
            notice: NOTICE,
        })
        .unwrap_or_default();
        out.push('\n');
        for s in self.statements() {
            let line = Line {
                subject: s.subject.id(),
                subject_kind: s.subject.collection(),
                name: s.subject.name(),
                statement: s.anchor(),
                field: s.field.to_string(),
                text: s.text,
                sources: self.cited(s.sources).collect(),
                support: s.support,
            };
            out.push_str(&serde_json::to_string(&line).unwrap_or_default());
            out.push('\n');
        }
        out
    }
}

impl serde::Serialize for Catalog {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        CatalogOut {
            version: &self.version,
            notice: NOTICE,
            modalities: &self.parts.modalities,
            combinations: &self.parts.combinations,
            innovations: &self.parts.innovations,
            sources: &self.parts.sources,
            exclusions: &self.parts.exclusions,
            retired: &self.parts.retired,
        }
        .serialize(s)
    }
}
