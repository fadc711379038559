//! The rules every catalog passes, one variant each. A check that finds a
//! rule broken builds the variant with the offending values; the sentence
//! lives here, in the variant's `Display`, and nowhere else.

use std::fmt;

use crate::{
    CodeSystem, Date, EntryId, ModalityId, RegulatoryStatus, SourceId, SourceKind, SourceStatus,
    StatementId, UseKind,
};

/// A rule of the catalog that a file breaks, with the offending values.
///
/// Validation reports each broken rule with the JSON path where it is
/// broken, as a [`Problem`](crate::Problem) of an
/// [`Error::Invalid`](crate::Error::Invalid). `Display` gives the sentence,
/// lowercase and without a trailing period; match on the variant to act on
/// a particular rule.
///
/// ```
/// use io_pain_modalities::{Catalog, Error, Rule};
///
/// let json = std::fs::read_to_string("tests/bad/orphan-source.json")?;
/// let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else {
///     panic!("the file is invalid");
/// };
/// let first = problems.first();
/// assert_eq!(first.path, "sources[1]");
/// assert!(matches!(&first.rule, Rule::UncitedSource { id } if id == "unused-2021"));
/// assert_eq!(first.rule.to_string(), r#"source "unused-2021" is cited by no statement"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Rule {
    /// A text field (a citation, note, name, statement text...) is blank.
    #[error("{field} is empty")]
    Empty {
        /// The JSON key of the blank field, such as `citation`.
        field: &'static str,
    },
    /// A date lies after today (or after the data release, whichever is later).
    #[error("date {date} lies in the future")]
    InTheFuture {
        /// The offending date.
        date: Date,
    },
    /// Two sources share an id.
    #[error("duplicate source id {:?} (also at {first})", .id.as_str())]
    DuplicateSourceId {
        /// The repeated id.
        id: SourceId,
        /// The JSON path of the first source with this id.
        first: String,
    },
    /// A source has no DOI, PMID or URL.
    #[error("source {:?} has no identifier: give a doi, a pmid or a url", .id.as_str())]
    NoIdentifier {
        /// The source.
        id: SourceId,
    },
    /// A guideline, label or payer policy does not say whether it is in force.
    #[error(
        "source {:?} is a {}, which gets revised: say whether it is current, draft, withdrawn or superseded",
        .id.as_str(),
        .kind.label().to_lowercase()
    )]
    NoStatus {
        /// The source.
        id: SourceId,
        /// Its kind, one that gets revised.
        kind: SourceKind,
    },
    /// A superseded source names as its replacement itself or no source of
    /// the catalog.
    #[error(
        "source {:?} is superseded by {:?}, which is not another source of the catalog",
        .id.as_str(),
        .by.as_str()
    )]
    UnknownReplacement {
        /// The superseded source.
        id: SourceId,
        /// The replacement it names.
        by: SourceId,
    },
    /// No statement cites a source of the bibliography.
    #[error("source {:?} is cited by no statement", .id.as_str())]
    UncitedSource {
        /// The orphan source.
        id: SourceId,
    },
    /// Two modalities share an id.
    #[error("duplicate modality id {:?} (also at {first})", .id.as_str())]
    DuplicateModalityId {
        /// The repeated id.
        id: ModalityId,
        /// The JSON path of the first modality with this id.
        first: String,
    },
    /// A name of a modality (its id, name, an abbreviation, synonym or
    /// brand) has no letter or digit, so nobody could look it up.
    #[error("name {name:?} is empty or has no letters or digits")]
    NameWithoutLetters {
        /// The name as written.
        name: String,
    },
    /// A name of a modality reads the same, to a lookup, as a name of
    /// another modality.
    #[error("name {name:?} is ambiguous: it matches {other:?} of {at}")]
    AmbiguousName {
        /// The name as written.
        name: String,
        /// The other modality's name it matches.
        other: String,
        /// The JSON path of the other modality.
        at: String,
    },
    /// A modality has no indication.
    #[error("modality {:?} has no indication", .id.as_str())]
    NoIndication {
        /// The modality.
        id: ModalityId,
    },
    /// No statement of a modality cites a primary source.
    #[error(
        "modality {:?} cites no primary source (a label, regulatory record, guideline or clinical study)",
        .id.as_str()
    )]
    NoPrimarySource {
        /// The modality.
        id: ModalityId,
    },
    /// A regulatory event gives neither the date it happened nor the date
    /// its state was seen.
    #[error("regulatory event {:?} has neither a date nor an as_of date", .status.label())]
    UndatedRegulatoryEvent {
        /// The event's status.
        status: RegulatoryStatus,
    },
    /// A labelled or guideline-supported indication does not say as of when.
    #[error(
        "a {} indication describes a state of affairs: give its as_of date",
        .use_kind.label().to_lowercase()
    )]
    NoAsOf {
        /// How the indication is used.
        use_kind: UseKind,
    },
    /// A guideline-supported indication cites no guideline.
    #[error("a guideline-supported indication cites no guideline")]
    NoGuideline,
    /// A guideline-supported indication cites guidelines, none of them current.
    #[error(
        "a guideline-supported indication needs a current guideline, but cites only {}",
        Guidelines(.cited)
    )]
    NoCurrentGuideline {
        /// The guidelines it cites, each with its status when it has one.
        cited: Vec<(SourceId, Option<SourceStatus>)>,
    },
    /// A code does not have the form its code system uses.
    #[error("invalid code {code:?}: {reason}")]
    MalformedCode {
        /// The code system.
        system: CodeSystem,
        /// The code as written.
        code: String,
        /// The form the system expects.
        reason: String,
    },
    /// A quantity of a radiation profile is not a positive number.
    #[error("{value} is not a positive number")]
    NotPositive {
        /// The offending value.
        value: f64,
    },
    /// Two entries (combinations and innovations share one id space) share an id.
    #[error("duplicate entry id {:?} (also at {first})", .id.as_str())]
    DuplicateEntryId {
        /// The repeated id.
        id: EntryId,
        /// The JSON path of the first entry with this id.
        first: String,
    },
    /// A combination names fewer than two modalities, or one twice.
    #[error("a combination names at least two different modalities, each once")]
    TooFewModalities {
        /// The modalities it names.
        modalities: Vec<ModalityId>,
    },
    /// A combination or innovation names a modality the catalog lacks.
    #[error("names unknown modality {:?}", .id.as_str())]
    UnknownModality {
        /// The id named.
        id: ModalityId,
    },
    /// An innovation is marked established.
    #[error("an innovation is emerging or investigational, not established")]
    EstablishedInnovation,
    /// A statement cites no source.
    #[error("statement cites no source: every statement needs at least one")]
    NoSource,
    /// A statement cites a source the catalog lacks.
    #[error("cites unknown source {:?}", .id.as_str())]
    UnknownSource {
        /// The id cited.
        id: SourceId,
    },
    /// Two statements of one record share an id.
    #[error("duplicate statement id {:?} in this record (also at {first})", .id.as_str())]
    DuplicateStatementId {
        /// The repeated id.
        id: StatementId,
        /// The JSON path of the first statement with this id.
        first: String,
    },
    /// A statement id is the name of a one-of-a-kind field, or starts
    /// like a code's key.
    #[error(
        "statement id {:?} is reserved: it names a field such as summary, or starts with code-",
        .id.as_str()
    )]
    ReservedStatementId {
        /// The id.
        id: StatementId,
    },
    /// A statement takes the id of a removed statement.
    #[error("statement id {:?} is retired and may not be reused", .id.as_str())]
    RetiredStatementId {
        /// The id.
        id: StatementId,
    },
    /// A modality names itself as related.
    #[error("modality {:?} is related to itself", .id.as_str())]
    SelfRelation {
        /// The modality.
        id: ModalityId,
    },
    /// A statement records no clause map (codes excepted: the code is the
    /// fact its sources show).
    #[error("the statement has no clause map: say what each cited source holds, and where")]
    NoClauseMap,
    /// A clause map names a source the statement does not cite.
    #[error("the clause map names source {:?}, which the statement does not cite", .id.as_str())]
    SupportNotCited {
        /// The source named.
        id: SourceId,
    },
    /// A statement with a clause map cites a source the map says nothing of.
    #[error(
        "the statement cites {:?}, but its clause map does not say what that source holds",
        .id.as_str()
    )]
    SourceWithoutSupport {
        /// The source cited.
        id: SourceId,
    },
    /// A clause map holds a figure the statement's text does not contain.
    #[error("the clause map holds {figure:?}, which the text does not contain")]
    HeldFigureNotInText {
        /// The figure, as the clause map writes it.
        figure: String,
    },
    /// A number or date of the text is held by no source of its clause map.
    #[error("the figure {figure:?} of the text is held by no cited source in the clause map")]
    FigureNotHeld {
        /// The figure, as the text writes it.
        figure: String,
    },
    /// A date of the text (one naming a month) is held as a date by no
    /// source of its clause map: its year alone is not enough.
    #[error("the date {date:?} of the text is held as a date by no cited source in the clause map")]
    DateNotHeld {
        /// The date, as the text writes it.
        date: String,
    },
    /// A figure marked as derived names none of the source's figures it
    /// was worked out from.
    #[error("the derived figure {figure:?} names no figure of the source it was worked out from")]
    DerivedFromNothing {
        /// The derived figure, as the text writes it.
        figure: String,
    },
    /// A retired id is still the id of a record, or is retired twice.
    #[error("retired id {:?} is also {what}: a retired id is never reused", .id.as_str())]
    RetiredButLive {
        /// The id.
        id: ModalityId,
        /// What else uses it: `a modality`, `an entry` or `retired above`.
        what: &'static str,
    },
    /// A retired id names as its replacement no modality of the catalog.
    #[error("retired id {:?} is replaced by {:?}, which is no modality of the catalog", .id.as_str(), .by.as_str())]
    UnknownSuccessor {
        /// The retired id.
        id: ModalityId,
        /// The replacement it names.
        by: ModalityId,
    },
    /// An exclusion repeats the name or id of an entry the catalog holds.
    #[error("excluded procedure {name:?} is also an entry of the catalog")]
    ExcludedButListed {
        /// The name or id both use.
        name: String,
    },
}

// JSON has no NaN, so the one float a rule carries (a parsed number) always
// equals itself.
impl Eq for Rule {}

/// The guidelines of [`Rule::NoCurrentGuideline`], each with its status.
struct Guidelines<'a>(&'a [(SourceId, Option<SourceStatus>)]);

impl fmt::Display for Guidelines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (k, (id, status)) in self.0.iter().enumerate() {
            if k > 0 {
                f.write_str(", ")?;
            }
            let status = status.as_ref().map_or("no status", SourceStatus::label);
            write!(f, "{} ({})", id.as_str(), status.to_lowercase())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Rule;
    use crate::{CodeSystem, RegulatoryStatus, SourceKind, SourceStatus, UseKind};

    /// One of each rule, with plausible values.
    fn samples() -> Vec<Rule> {
        let source = || "a-source".parse().unwrap();
        let modality = || "a-modality".parse().unwrap();
        let mut rules = vec![
            Rule::Empty { field: "citation" },
            Rule::InTheFuture {
                date: "2999-01-01".parse().unwrap(),
            },
            Rule::DuplicateSourceId {
                id: source(),
                first: "sources[0]".into(),
            },
            Rule::NoIdentifier { id: source() },
            Rule::NoStatus {
                id: source(),
                kind: SourceKind::Guideline,
            },
            Rule::UnknownReplacement {
                id: source(),
                by: source(),
            },
            Rule::UncitedSource { id: source() },
            Rule::DuplicateModalityId {
                id: modality(),
                first: "modalities[0]".into(),
            },
            Rule::NameWithoutLetters { name: "--".into() },
            Rule::AmbiguousName {
                name: "T-A".into(),
                other: "TA".into(),
                at: "modalities[0]".into(),
            },
            Rule::NoIndication { id: modality() },
            Rule::NoPrimarySource { id: modality() },
            Rule::UndatedRegulatoryEvent {
                status: RegulatoryStatus::Investigational,
            },
            Rule::NoAsOf {
                use_kind: UseKind::Labelled,
            },
            Rule::NoGuideline,
            Rule::NoCurrentGuideline {
                cited: vec![(source(), Some(SourceStatus::Draft)), (source(), None)],
            },
            Rule::MalformedCode {
                system: CodeSystem::Nct,
                code: "NCT1".into(),
                reason: "a nct code is NCT and eight digits (NCT03511664)".into(),
            },
            Rule::NotPositive { value: -1.0 },
            Rule::DuplicateEntryId {
                id: "an-entry".parse().unwrap(),
                first: "combinations[0]".into(),
            },
            Rule::TooFewModalities {
                modalities: vec![modality()],
            },
            Rule::UnknownModality { id: modality() },
            Rule::EstablishedInnovation,
            Rule::NoSource,
            Rule::UnknownSource { id: source() },
        ];
        rules.extend(statement_samples());
        rules
    }

    /// One of each rule about statement ids, relations, clause maps and
    /// exclusions.
    fn statement_samples() -> Vec<Rule> {
        let source = || "a-source".parse().unwrap();
        let modality = || "a-modality".parse().unwrap();
        vec![
            Rule::DuplicateStatementId {
                id: "us-label".parse().unwrap(),
                first: "modalities[0].indications[0]".into(),
            },
            Rule::ReservedStatementId {
                id: "summary".parse().unwrap(),
            },
            Rule::RetiredStatementId {
                id: "us-label".parse().unwrap(),
            },
            Rule::SelfRelation { id: modality() },
            Rule::NoClauseMap,
            Rule::SupportNotCited { id: source() },
            Rule::SourceWithoutSupport { id: source() },
            Rule::HeldFigureNotInText {
                figure: "43".into(),
            },
            Rule::FigureNotHeld {
                figure: "2014".into(),
            },
            Rule::DerivedFromNothing {
                figure: "13.7".into(),
            },
            Rule::DateNotHeld {
                date: "June 2014".into(),
            },
            Rule::ExcludedButListed { name: "RFA".into() },
            Rule::RetiredButLive {
                id: modality(),
                what: "a modality",
            },
            Rule::UnknownSuccessor {
                id: modality(),
                by: modality(),
            },
        ]
    }

    #[test]
    fn sentences_are_lowercase_one_line_without_a_trailing_period() {
        for rule in samples() {
            let s = rule.to_string();
            let first = s.chars().next().unwrap();
            assert!(!first.is_uppercase(), "{s}");
            assert!(!s.ends_with('.') && !s.contains('\n'), "{s}");
            assert_eq!(rule, rule.clone());
        }
    }
}
