//! Finding entries the way people type them: ranked search over every
//! modality, combination and innovation, and the one-answer lookups built
//! on it.
//!
//! # How a query is matched
//!
//! The index is built once, when a catalog is loaded. An entry's searchable
//! names are its id, name, abbreviations, synonyms and brands; the products of its regulatory
//! events (the product's name, not the description in brackets or after
//! "for"); the label of its category and the names of its family (the
//! broader names of the category, such as "radiopharmaceutical" or "nerve
//! block", and the heads of the names of the modalities it is linked to as
//! `same-family` or `variant-of`, such as "Cryoablation"); the labels of the conditions it is indicated for and
//! the cancers of the tumour types its indications name (an indication for
//! any primary tumour covers every primary cancer); and, for a combination,
//! the names of the modalities it combines. The codes it carries (HCPCS,
//! ATC, NDC, NCT, 510(k), PMA, ICD-10) are found only when the query is the
//! whole code, and then as exactly as a name.
//!
//! A name and a query are cut into words the same way:
//!
//! 1. runs of letters and digits, lower-cased, split where letters meet
//!    digits (`177Lu` is `177` and `lu`);
//! 2. words written apart that names write as one are joined (`radio
//!    frequency` is `radiofrequency`);
//! 3. a radionuclide written any way becomes one word: `Lu 177`, `177-Lu`,
//!    `lutetium177` and `Lu-177` are all `lu177` (the element's name, when
//!    written, is kept as a word too), and a lone element symbol such as
//!    `Lu` reads as the element's name;
//! 4. stop words (`of`, `the`, `for`...) are dropped;
//! 5. British spellings read as American ones (`tumour`, `oesophageal`,
//!    `coeliac`, `haem-`), and Greek plurals as singulars (`metastases`);
//! 6. each word also has its Snowball English stem (`vertebroplasties` and
//!    `vertebroplasty` share one).
//!
//! A query word matches a word of a name exactly, by stem, as a typo
//! (Damerau-Levenshtein distance 1 from five characters, 2 from nine, never
//! on shorter words or numbers, as search engines such as Meilisearch do
//! it, and never when the word is itself a word of the index), or, for the
//! last word of the query only, as a prefix of at least three characters
//! (search as you type).
//!
//! # How hits are ranked
//!
//! Each name scores its field's weight times how well it fits: three parts
//! for how many of the query's words it matches and how closely, one part
//! for how much of the name those words cover. A query equal to a name (or
//! an id) once punctuation and case are ignored beats any other fit. An
//! entry scores its best name; a combination scores four fifths of it, so
//! that a modality is found above the combinations that name it. Entries
//! that match every word of the query come first; only when none does are entries matching at least half of
//! the words returned. Nothing matched is an empty list, never a guess.
//!
//! Generic words of the domain ("injection", "therapy", "procedure"...)
//! and the condition words every entry shares ("cancer", "tumour",
//! "pain") score when they match but are not required: "breast cancer"
//! finds the entries whose indications cover breast cancer, never one
//! restricted to prostate cancer through the word "cancer". A query that
//! names a procedure the catalog excludes finds nothing
//! ([`Catalog::excluded`](crate::Catalog::excluded) says why).
//!
//! ```
//! use io_pain_modalities::{catalog, MatchKind};
//!
//! let hits = catalog().search("kyphoplatsy");
//! assert_eq!(hits[0].subject.id(), "balloon-kyphoplasty");
//! assert_eq!(hits[0].how, MatchKind::Typo);
//! assert!(catalog().search("paracetamol").is_empty());
//! ```

use std::fmt;

use crate::statement::Subject;

pub(crate) mod index;
mod matching;
pub(crate) mod names;
pub(crate) mod rank;
pub(crate) mod terms;
pub(crate) mod text;
pub(crate) mod typos;

/// Which name of an entry a hit matched.
///
/// ```
/// use io_pain_modalities::{catalog, NameField};
/// let hit = &catalog().search("Pluvicto")[0];
/// assert_eq!(hit.field, NameField::Brand);
/// assert_eq!(hit.field.label(), "brand");
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum NameField {
    /// The entry's id.
    Id,
    /// Its canonical name.
    Name,
    /// An abbreviation.
    Abbreviation,
    /// A synonym.
    Synonym,
    /// A brand name.
    Brand,
    /// A product named in one of its regulatory events (the name only, not
    /// the description in brackets after it).
    Product,
    /// A code it carries (HCPCS, ATC, NDC, NCT, 510(k), PMA, ICD-10), found
    /// only when the query is the whole code.
    Code,
    /// The label of its category.
    Category,
    /// A name of its family: a broader name of its category
    /// ("radiopharmaceutical") or a name of a modality of the same family.
    Family,
    /// The label of a condition it is indicated for.
    Condition,
    /// A cancer of a tumour type its indications name.
    TumourType,
    /// A cancer its indications for any primary tumour cover.
    AnyPrimary,
    /// A name of a modality that a combination combines.
    Combined,
}

impl NameField {
    /// Every field, in the order of the enum.
    #[cfg(feature = "html")]
    pub(crate) const ALL: [NameField; 13] = [
        NameField::Id,
        NameField::Name,
        NameField::Abbreviation,
        NameField::Synonym,
        NameField::Brand,
        NameField::Product,
        NameField::Code,
        NameField::Category,
        NameField::Family,
        NameField::Condition,
        NameField::TumourType,
        NameField::AnyPrimary,
        NameField::Combined,
    ];

    /// What the field is called in messages.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::NameField::Condition.label(), "indicated condition");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            NameField::Id => "id",
            NameField::Name => "name",
            NameField::Abbreviation => "abbreviation",
            NameField::Synonym => "synonym",
            NameField::Brand => "brand",
            NameField::Product => "product",
            NameField::Code => "code",
            NameField::Category => "category",
            NameField::Family => "family",
            NameField::Condition => "indicated condition",
            NameField::TumourType => "tumour type",
            NameField::AnyPrimary => "any primary tumour",
            NameField::Combined => "combined modality",
        }
    }

    /// Which of equally good names to show: the canonical name first, the
    /// id last among the entry's own names.
    pub(crate) fn display_rank(self) -> u8 {
        match self {
            NameField::Name => 0,
            NameField::Synonym => 1,
            NameField::Brand => 2,
            NameField::Abbreviation => 3,
            NameField::Product => 4,
            NameField::Code => 5,
            NameField::Id => 6,
            NameField::Category => 7,
            NameField::Family => 8,
            NameField::Combined => 9,
            NameField::Condition => 10,
            NameField::TumourType => 11,
            NameField::AnyPrimary => 12,
        }
    }

    /// How much a full match of this field is worth, out of 100.
    pub(crate) fn weight(self) -> u32 {
        match self {
            NameField::Id | NameField::Name | NameField::Abbreviation | NameField::Code => 100,
            NameField::Synonym | NameField::Brand => 95,
            NameField::Product => 80,
            NameField::Category => 70,
            NameField::Family => 65,
            NameField::Combined => 60,
            NameField::TumourType => 50,
            NameField::AnyPrimary => 45,
            NameField::Condition => 40,
        }
    }

    /// Whether a name of this field is found only when the query is the
    /// whole of it (a code), never by its words.
    pub(crate) fn whole_only(self) -> bool {
        self == NameField::Code
    }

    /// Whether the field names the entry itself (so an exact match of the
    /// whole query identifies it).
    pub(crate) fn names_entry(self) -> bool {
        matches!(
            self,
            NameField::Id
                | NameField::Name
                | NameField::Abbreviation
                | NameField::Synonym
                | NameField::Brand
                | NameField::Product
                | NameField::Code
        )
    }
}

/// How a hit's name matched the query, from the closest kind of match to
/// the loosest that took part.
///
/// ```
/// use io_pain_modalities::{catalog, MatchKind};
/// assert_eq!(catalog().search("Sr-89")[0].how, MatchKind::Exact);
/// assert_eq!(catalog().search("ablation radiofrequency")[0].how, MatchKind::AllWords);
/// assert_eq!(catalog().search("vertebroplasties")[0].how, MatchKind::Stem);
/// assert_eq!(catalog().search("kypho")[0].how, MatchKind::Prefix);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MatchKind {
    /// The whole query is the name, ignoring case and punctuation.
    Exact,
    /// Every word of the query is a word of the name, in any order.
    AllWords,
    /// Some words matched only through their stem (plural, singular).
    Stem,
    /// The last word matched as the start of a word.
    Prefix,
    /// Some words matched only with a typo.
    Typo,
    /// Only some of the query's words matched.
    Partial,
}

impl MatchKind {
    /// Every kind, from the closest match to the loosest, in the order of
    /// the enum.
    #[cfg(feature = "html")]
    pub(crate) const ALL: [MatchKind; 6] = [
        MatchKind::Exact,
        MatchKind::AllWords,
        MatchKind::Stem,
        MatchKind::Prefix,
        MatchKind::Typo,
        MatchKind::Partial,
    ];

    /// The label people read.
    ///
    /// ```
    /// assert_eq!(io_pain_modalities::MatchKind::AllWords.label(), "all words");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::AllWords => "all words",
            MatchKind::Stem => "stem",
            MatchKind::Prefix => "prefix",
            MatchKind::Typo => "typo",
            MatchKind::Partial => "some words",
        }
    }
}

/// One result of [`Catalog::search`](crate::Catalog::search).
///
/// ```
/// let hit = &io_pain_modalities::catalog().search("lutetium")[0];
/// assert_eq!(hit.subject.id(), "lutetium-177-vipivotide-tetraxetan");
/// assert!(hit.score > 0);
/// println!("{hit}");
/// ```
///
/// Serialises for a web service as
/// `{"subject": {"kind", "id", "name"}, "score", "matched", "field", "how", "all_words"}`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Hit<'a> {
    /// The entry found.
    pub subject: Subject<'a>,
    /// Higher is better; comparable between hits of one search only.
    pub score: u32,
    /// The entry's name that matched best.
    pub matched: &'a str,
    /// Which kind of name it is.
    pub field: NameField,
    /// How it matched.
    pub how: MatchKind,
    /// Whether every required word of the query matched.
    pub all_words: bool,
}

impl fmt::Display for Hit<'_> {
    /// `id<TAB>name<TAB>score<TAB>how: field "matched"`, the line the
    /// `search` example prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}\t{}\t{}\t{}: {} {:?}",
            self.subject.id(),
            self.subject.name(),
            self.score,
            self.how.label(),
            self.field.label(),
            self.matched
        )
    }
}
