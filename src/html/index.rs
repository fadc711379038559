//! The index page: the notice, the search box, the filters, and a table of
//! every modality, combination and innovation.

use askama::Template;

use super::{
    address::{NamedLink, modality_href, modality_link, subject_href},
    filter::{Filter, choices},
    layout::{Layout, Text, page},
};
use crate::{
    Catalog, Combination, Innovation, Jurisdiction, Modality, PainPattern, RegulatoryEvent, Result,
    Subject, standing::event_words,
};

/// An indication in the index table: condition, kind of use, jurisdiction.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct UseLine {
    pub condition: Text,
    pub use_kind: Text,
    pub jurisdiction: Text,
}

/// A regulatory event in the index table.
#[derive(Clone, Debug)]
pub(crate) struct RegLine {
    pub jurisdiction: Text,
    /// The kind of event, in words that say what it concerns.
    pub status: Text,
    /// The product it concerns, without its bracketed details.
    pub product: Option<String>,
    pub date: Option<String>,
    /// For an undated state: when it was seen to hold.
    pub as_of: Option<String>,
}

/// One modality row of the index.
#[derive(Clone, Debug)]
pub(crate) struct Row<'a> {
    pub m: &'a Modality,
    pub href: String,
    pub patterns: Vec<Text>,
    pub uses: Vec<UseLine>,
    pub regulatory: Vec<RegLine>,
    /// How many more events the record lists.
    pub more_events: usize,
    /// Each indication as `pattern/use/jurisdiction`, for the filters.
    pub data_ind: String,
}

fn row<'a>(m: &'a Modality) -> Row<'a> {
    let mut patterns: Vec<PainPattern> = m
        .indications
        .iter()
        .filter_map(|i| i.pain_pattern)
        .collect();
    patterns.sort();
    patterns.dedup();
    let mut uses: Vec<UseLine> = Vec::new();
    for i in &m.indications {
        let line = UseLine {
            condition: i.condition.label(),
            use_kind: i.use_kind.label(),
            jurisdiction: i.jurisdiction.label(),
        };
        if !uses.contains(&line) {
            uses.push(line);
        }
    }
    let data_ind = m
        .indications
        .iter()
        .map(|i| {
            format!(
                "{}/{}/{}",
                i.pain_pattern.map_or("-", |p| p.as_str()),
                i.use_kind,
                i.jurisdiction
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    Row {
        m,
        href: modality_href(m.id.as_str()),
        patterns: patterns.into_iter().map(PainPattern::label).collect(),
        uses,
        regulatory: key_events(m),
        more_events: m.regulatory.len() - key_events(m).len(),
        data_ind,
    }
}

/// The regulatory events the index shows: per jurisdiction, the first and
/// the latest dated event, and every undated standing (not approved,
/// discontinued...), which says how things stand as of a date. The record
/// lists them all.
fn key_events(m: &Modality) -> Vec<RegLine> {
    let mut jurisdictions: Vec<Jurisdiction> = Vec::new();
    for r in &m.regulatory {
        if !jurisdictions.contains(&r.jurisdiction) {
            jurisdictions.push(r.jurisdiction);
        }
    }
    let line = |r: &RegulatoryEvent| RegLine {
        jurisdiction: r.jurisdiction.label(),
        status: event_words(m, r),
        product: r
            .product
            .as_deref()
            .map(|p| p.split(" (").next().unwrap_or(p).to_owned()),
        date: r.date.map(|d| d.to_string()),
        as_of: r.as_of.map(|d| d.to_string()),
    };
    let mut lines = Vec::new();
    for j in jurisdictions {
        let mut dated: Vec<&RegulatoryEvent> = m
            .regulatory
            .iter()
            .filter(|r| r.jurisdiction == j && r.date.is_some())
            .collect();
        dated.sort_by_key(|r| r.date);
        if let Some(first) = dated.first() {
            lines.push(line(first));
        }
        if let Some(last) = dated.last().filter(|_| dated.len() > 1) {
            lines.push(line(last));
        }
        lines.extend(
            m.regulatory
                .iter()
                .filter(|r| r.jurisdiction == j && r.date.is_none())
                .map(line),
        );
    }
    lines
}

/// A group of rows: the source article's modalities, or the comparators.
#[derive(Clone, Debug)]
pub(crate) struct Group<'a> {
    pub id: &'static str,
    pub title: &'static str,
    pub blurb: &'static str,
    pub rows: Vec<Row<'a>>,
}

/// A combination row of the index.
#[derive(Clone, Debug)]
pub(crate) struct CombinationRow<'a> {
    pub c: &'a Combination,
    pub href: String,
    pub modalities: Vec<NamedLink>,
}

/// An innovation row of the index.
#[derive(Clone, Debug)]
pub(crate) struct InnovationRow<'a> {
    pub i: &'a Innovation,
    pub href: String,
    pub related: Vec<NamedLink>,
}

#[derive(Template)]
#[template(path = "index.html", config = "src/html/askama.toml")]
struct IndexPage<'a> {
    page: Layout,
    groups: Vec<Group<'a>>,
    filters: Vec<Filter>,
    total: usize,
    combinations: Vec<CombinationRow<'a>>,
    innovations: Vec<InnovationRow<'a>>,
}

fn index_page(c: &Catalog) -> IndexPage<'_> {
    let groups = vec![
        Group {
            id: "article",
            title: "Modalities of the source article",
            blurb: "The modalities the source article (What is the Future of Interventional Oncology?) lists for pain.",
            rows: c.query().comparator(false).iter().map(row).collect(),
        },
        Group {
            id: "comparators",
            title: "Comparators",
            blurb: "Modalities the catalog adds so the article's list can be read against its alternatives.",
            rows: c.query().comparator(true).iter().map(row).collect(),
        },
    ];
    let inds = || c.iter().flat_map(|m| m.indications.iter());
    let filters = vec![
        Filter {
            key: "category",
            label: "Category",
            choices: choices(c.iter().map(|m| m.category)),
        },
        Filter {
            key: "pattern",
            label: "Pain pattern",
            choices: choices(inds().filter_map(|i| i.pain_pattern)),
        },
        Filter {
            key: "use",
            label: "Kind of use",
            choices: choices(inds().map(|i| i.use_kind)),
        },
        Filter {
            key: "jurisdiction",
            label: "Jurisdiction",
            choices: choices(inds().map(|i| i.jurisdiction)),
        },
    ];
    IndexPage {
        page: Layout::new(
            c,
            "index.html",
            "index",
            "Catalog".to_owned(),
            &format!(
                "A sourced reference catalog of {} interventional-oncology pain modalities: indications, regulatory history, evidence and opioid findings",
                c.len()
            ),
        ),
        groups,
        filters,
        total: c.len(),
        combinations: c
            .combinations()
            .map(|x| CombinationRow {
                c: x,
                href: subject_href(Subject::Combination(x)),
                modalities: x
                    .modalities
                    .iter()
                    .map(|id| modality_link(c, id.as_str()))
                    .collect(),
            })
            .collect(),
        innovations: c
            .innovations()
            .map(|x| InnovationRow {
                i: x,
                href: subject_href(Subject::Innovation(x)),
                related: x
                    .related
                    .iter()
                    .map(|id| modality_link(c, id.as_str()))
                    .collect(),
            })
            .collect(),
    }
}

/// The index page as a file of the site.
pub(crate) fn render(c: &Catalog) -> Result<(String, String)> {
    page("index.html".to_owned(), &index_page(c))
}
