//! The flat view of every cited statement in a catalog.

use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Combination, Innovation, Modality, SourceId, Support};

/// What a statement is about.
///
/// ```
/// use io_pain_modalities::{catalog, Subject};
/// let first = catalog().statements().next().unwrap();
/// assert!(matches!(first.subject, Subject::Modality(_)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Subject<'a> {
    /// A modality.
    Modality(&'a Modality),
    /// A combination of modalities.
    Combination(&'a Combination),
    /// An emerging innovation.
    Innovation(&'a Innovation),
}

/// Serialises as what names the subject, not the whole record:
/// `{"kind": "modality", "id": "...", "name": "..."}` (`kind` is
/// `modality`, `combination` or `innovation`).
///
/// ```
/// let hit = &io_pain_modalities::catalog().search("RFA")[0];
/// let json = serde_json::to_value(hit.subject)?;
/// assert_eq!(json["kind"], "modality");
/// assert_eq!(json["id"], "radiofrequency-ablation");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Serialize for Subject<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let kind = match self {
            Subject::Modality(_) => "modality",
            Subject::Combination(_) => "combination",
            Subject::Innovation(_) => "innovation",
        };
        let mut st = s.serialize_struct("Subject", 3)?;
        st.serialize_field("kind", kind)?;
        st.serialize_field("id", self.id())?;
        st.serialize_field("name", self.name())?;
        st.end()
    }
}

impl<'a> Subject<'a> {
    /// The id of the subject.
    ///
    /// ```
    /// let s = io_pain_modalities::catalog().statements().next().unwrap();
    /// assert!(!s.subject.id().is_empty());
    /// ```
    pub fn id(&self) -> &'a str {
        match self {
            Subject::Modality(m) => m.id.as_str(),
            Subject::Combination(c) => c.id.as_str(),
            Subject::Innovation(i) => i.id.as_str(),
        }
    }

    /// The name of the subject.
    ///
    /// ```
    /// let s = io_pain_modalities::catalog().statements().next().unwrap();
    /// assert!(!s.subject.name().is_empty());
    /// ```
    pub fn name(&self) -> &'a str {
        match self {
            Subject::Modality(m) => &m.name,
            Subject::Combination(c) => &c.name,
            Subject::Innovation(i) => &i.name,
        }
    }

    /// The JSON array the subject lives in: `modalities`, `combinations` or `innovations`.
    ///
    /// ```
    /// let s = io_pain_modalities::catalog().statements().next().unwrap();
    /// assert_eq!(s.subject.collection(), "modalities");
    /// ```
    pub fn collection(&self) -> &'static str {
        match self {
            Subject::Modality(_) => "modalities",
            Subject::Combination(_) => "combinations",
            Subject::Innovation(_) => "innovations",
        }
    }
}

/// Which field of its subject a statement is.
///
/// Displays as the JSON path below the subject, such as `indications[0]`.
///
/// ```
/// use io_pain_modalities::Field;
/// assert_eq!(Field::IndicationCode(1, 0).to_string(), "indications[1].codes[0]");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// The modality's summary.
    Summary,
    /// The modality's plain-language summary.
    PlainSummary,
    /// The modality's mechanism.
    Mechanism,
    /// The modality's administration.
    Administration,
    /// An indication, by index.
    Indication(usize),
    /// A code of an indication: indication index, code index.
    IndicationCode(usize, usize),
    /// A precaution, by index.
    Precaution(usize),
    /// A regulatory event, by index.
    Regulatory(usize),
    /// A key study, by index.
    Evidence(usize),
    /// The opioid-sparing finding.
    OpioidSparing,
    /// The radiation profile.
    Radiation,
    /// A code of the modality, by index.
    Code(usize),
    /// A correction of the source article, by index.
    Correction(usize),
    /// The text of a combination or innovation.
    Text,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Summary => f.write_str("summary"),
            Field::PlainSummary => f.write_str("plain_summary"),
            Field::Mechanism => f.write_str("mechanism"),
            Field::Administration => f.write_str("administration"),
            Field::Indication(i) => write!(f, "indications[{i}]"),
            Field::IndicationCode(i, j) => write!(f, "indications[{i}].codes[{j}]"),
            Field::Precaution(i) => write!(f, "precautions[{i}]"),
            Field::Regulatory(i) => write!(f, "regulatory[{i}]"),
            Field::Evidence(i) => write!(f, "evidence[{i}]"),
            Field::OpioidSparing => f.write_str("opioid_sparing"),
            Field::Radiation => f.write_str("radiation"),
            Field::Code(i) => write!(f, "codes[{i}]"),
            Field::Correction(i) => write!(f, "corrections[{i}]"),
            Field::Text => f.write_str("text"),
        }
    }
}

/// Serialises as its `Display`, the JSON path below the subject.
///
/// ```
/// use io_pain_modalities::Field;
/// assert_eq!(serde_json::to_string(&Field::Precaution(2))?, r#""precautions[2]""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Field {
    /// The JSON key of the statement's text within the field.
    pub(crate) fn text_key(self) -> &'static str {
        match self {
            Field::IndicationCode(..) | Field::Code(_) => "display",
            Field::Radiation => "label_activity",
            _ => "text",
        }
    }
}

/// One cited statement: what it is about, which field it is, its text and
/// its sources.
///
/// ```
/// use io_pain_modalities::catalog;
/// for s in catalog().statements() {
///     assert!(!s.text.is_empty());
///     assert!(!s.sources.is_empty());
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct StatementRef<'a> {
    /// What the statement is about.
    pub subject: Subject<'a>,
    /// Which field it is.
    pub field: Field,
    /// The statement.
    pub text: &'a str,
    /// The sources that back it.
    pub sources: &'a [SourceId],
    /// Which source holds which part of it, and where (empty where the
    /// clause map has not been recorded).
    pub support: &'a [Support],
}

/// Serialises as `{"subject", "statement", "field", "text", "sources",
/// "support"}`: the subject as [`Subject`] serialises, `statement` its
/// stable key ([`StatementRef::anchor`]), `field` its JSON path; `support`
/// only when recorded.
///
/// ```
/// let s = io_pain_modalities::catalog().citing("dupuy-2010").next().unwrap();
/// let json = serde_json::to_value(s)?;
/// assert_eq!(json["statement"], s.anchor());
/// assert!(json["sources"].as_array().unwrap().iter().any(|x| x == "dupuy-2010"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Serialize for StatementRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = if self.support.is_empty() { 5 } else { 6 };
        let mut st = s.serialize_struct("StatementRef", n)?;
        st.serialize_field("subject", &self.subject)?;
        st.serialize_field("statement", &self.anchor())?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("sources", self.sources)?;
        if self.support.is_empty() {
            st.skip_field("support")?;
        } else {
            st.serialize_field("support", self.support)?;
        }
        st.end()
    }
}

impl StatementRef<'_> {
    /// A readable location: the subject's id and the field, such as
    /// `radiofrequency-ablation/indications[0]`.
    ///
    /// ```
    /// let s = io_pain_modalities::catalog().statements().next().unwrap();
    /// assert!(s.location().contains('/'));
    /// ```
    pub fn location(&self) -> String {
        format!("{}/{}", self.subject.id(), self.anchor())
    }

    /// The statement's stable key within its subject: its id for
    /// indications, precautions, regulatory events, key studies and
    /// corrections; the field's name for the one-of-a-kind fields
    /// (`summary`, `mechanism`, `opioid-sparing`...); `code-<system>-<code>`
    /// for codes. Unlike [`Field`], it does not change when other
    /// statements are added, removed or reordered.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let s = c.statements().find(|s| s.field.to_string() == "indications[0]").unwrap();
    /// assert!(!s.anchor().contains('['));
    /// ```
    pub fn anchor(&self) -> String {
        match self.subject {
            Subject::Modality(m) => anchor(m, self.field).unwrap_or_else(|| self.field.to_string()),
            Subject::Combination(_) | Subject::Innovation(_) => "text".to_owned(),
        }
    }
}

/// A record that carries a cited statement: its text, the sources it cites
/// and its clause map. The statement view, resolution, keys and clause maps
/// all go through it, over the one list of a modality's fields in document
/// order.
///
/// ```
/// use io_pain_modalities::{Cited, catalog};
/// let m = catalog().get("strontium-89-chloride")?;
/// let summary: &dyn Cited = &m.summary;
/// assert_eq!(summary.text(), m.summary.text);
/// assert!(!summary.sources().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Cited {
    /// The statement's text, as readers see it.
    fn text(&self) -> &str;
    /// The sources it cites.
    fn sources(&self) -> &[SourceId];
    /// Its clause map (empty for a code, which is the fact its sources show).
    fn support(&self) -> &[Support] {
        &[]
    }
}

macro_rules! cited {
    ($($t:ty => $text:ident),+ $(,)?) => {$(
        impl Cited for $t {
            fn text(&self) -> &str {
                &self.$text
            }
            fn sources(&self) -> &[SourceId] {
                &self.sources
            }
            fn support(&self) -> &[Support] {
                &self.support
            }
        }
    )+};
}

cited!(
    crate::Statement => text,
    crate::Administration => text,
    crate::Indication => text,
    crate::Precaution => text,
    crate::RegulatoryEvent => text,
    crate::Evidence => text,
    crate::OpioidEvidence => text,
    crate::Radiation => label_activity,
    crate::Correction => text,
    crate::Combination => text,
    crate::Innovation => text,
    crate::Exclusion => reason,
);

impl Cited for crate::Code {
    fn text(&self) -> &str {
        &self.display
    }
    fn sources(&self) -> &[SourceId] {
        &self.sources
    }
}

/// Every field of `m` that carries a statement, in document order: the one
/// list of a modality's cited fields.
pub(crate) fn modality_fields(m: &Modality) -> impl Iterator<Item = Field> + '_ {
    let singles = [
        Some(Field::Summary),
        m.plain_summary.as_ref().map(|_| Field::PlainSummary),
        Some(Field::Mechanism),
        Some(Field::Administration),
    ];
    let indications = m.indications.iter().enumerate().flat_map(|(i, x)| {
        std::iter::once(Field::Indication(i))
            .chain((0..x.codes.len()).map(move |j| Field::IndicationCode(i, j)))
    });
    let tail = [
        m.opioid_sparing.as_ref().map(|_| Field::OpioidSparing),
        m.radiation.as_ref().map(|_| Field::Radiation),
    ];
    singles
        .into_iter()
        .flatten()
        .chain(indications)
        .chain((0..m.precautions.len()).map(Field::Precaution))
        .chain((0..m.regulatory.len()).map(Field::Regulatory))
        .chain((0..m.evidence.len()).map(Field::Evidence))
        .chain(tail.into_iter().flatten())
        .chain((0..m.codes.len()).map(Field::Code))
        .chain((0..m.corrections.len()).map(Field::Correction))
}

/// The record behind `field` in `m`, if it exists.
pub(crate) fn cited_at(m: &Modality, field: Field) -> Option<&dyn Cited> {
    Some(match field {
        Field::Summary => &m.summary,
        Field::PlainSummary => m.plain_summary.as_ref()?,
        Field::Mechanism => &m.mechanism,
        Field::Administration => &m.administration,
        Field::Indication(i) => m.indications.get(i)?,
        Field::IndicationCode(i, j) => m.indications.get(i)?.codes.get(j)?,
        Field::Precaution(i) => m.precautions.get(i)?,
        Field::Regulatory(i) => m.regulatory.get(i)?,
        Field::Evidence(i) => m.evidence.get(i)?,
        Field::OpioidSparing => m.opioid_sparing.as_ref()?,
        Field::Radiation => m.radiation.as_ref()?,
        Field::Code(i) => m.codes.get(i)?,
        Field::Correction(i) => m.corrections.get(i)?,
        Field::Text => return None,
    })
}

/// The stable key of `field` in `m` (see [`StatementRef::anchor`]).
pub(crate) fn anchor(m: &Modality, field: Field) -> Option<String> {
    Some(match field {
        Field::Summary => "summary".to_owned(),
        Field::PlainSummary => "plain-summary".to_owned(),
        Field::Mechanism => "mechanism".to_owned(),
        Field::Administration => "administration".to_owned(),
        Field::OpioidSparing => "opioid-sparing".to_owned(),
        Field::Radiation => "radiation".to_owned(),
        Field::Text => "text".to_owned(),
        Field::Indication(i) => m.indications.get(i)?.id.to_string(),
        Field::IndicationCode(i, j) => {
            let ind = m.indications.get(i)?;
            format!("{}-{}", ind.id, ind.codes.get(j)?.key())
        }
        Field::Precaution(i) => m.precautions.get(i)?.id.to_string(),
        Field::Regulatory(i) => m.regulatory.get(i)?.id.to_string(),
        Field::Evidence(i) => m.evidence.get(i)?.id.to_string(),
        Field::Code(i) => m.codes.get(i)?.key(),
        Field::Correction(i) => m.corrections.get(i)?.id.to_string(),
    })
}

/// The clause map of `field` in `m` (empty for codes, which have none).
pub(crate) fn support_of(m: &Modality, field: Field) -> &[Support] {
    cited_at(m, field).map_or(&[], |c| c.support())
}

/// Calls `f` for every statement of a modality, in document order.
pub(crate) fn modality_statements<'a>(
    m: &'a Modality,
    mut f: impl FnMut(Field, &'a str, &'a [SourceId]),
) {
    for field in modality_fields(m) {
        if let Some(c) = cited_at(m, field) {
            f(field, c.text(), c.sources());
        }
    }
}

/// The text and sources of `field` in `m`, if it exists.
pub(crate) fn resolve(m: &Modality, field: Field) -> Option<(&str, &[SourceId])> {
    cited_at(m, field).map(|c| (c.text(), c.sources()))
}

/// Where a statement lives, resolved when iterated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Loc {
    Modality(usize, Field),
    Combination(usize),
    Innovation(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `modality_statements` visits fields and `resolve` finds them again;
    /// the two must list the same fields with the same text and sources.
    #[test]
    fn visiting_and_resolving_agree() {
        let mut seen = 0;
        for m in crate::catalog() {
            modality_statements(m, |field, text, sources| {
                seen += 1;
                assert_eq!(resolve(m, field), Some((text, sources)), "{}/{field}", m.id);
            });
        }
        assert!(seen > 100);
    }
}
