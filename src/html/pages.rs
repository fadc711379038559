//! The pages of the site: what each template is given, and the rendering.
//!
//! Every value reaches the page through an askama template that escapes
//! it. The Rust side computes numbers, addresses of the site's own pages
//! and plain text; it never assembles markup.

use std::collections::HashMap;

use askama::Template;

use super::{
    GENERATOR, http_href,
    timeline::{Shape, Timeline},
};
use crate::{
    Catalog, Combination, Error, EvidenceLevel, Field, Innovation, Jurisdiction, Modality, NOTICE,
    PainPattern, RegulatoryEvent, Result, Source, SourceId, SourceStatus, Subject, Verification,
    Vocabulary, statement::modality_statements,
};

/// A label as the templates show it.
pub(crate) type Text = &'static str;

/// What the shared layout (`base.html`) needs from every page.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    /// The way back to the site's root from this page: `""` or `"../"`.
    pub root: &'static str,
    /// The page title (without the site name).
    pub title: String,
    /// The data version, or "unversioned".
    pub version: String,
    /// Which navigation entry this page is.
    pub current: &'static str,
    /// The informational-only notice.
    pub notice: &'static str,
    /// The generator name, in a `<meta>` tag.
    pub generator: &'static str,
}

impl Layout {
    fn new(c: &Catalog, root: &'static str, current: &'static str, title: String) -> Self {
        let version = if c.version().is_empty() {
            "unversioned".to_owned()
        } else {
            c.version().to_owned()
        };
        Layout {
            root,
            title,
            version,
            current,
            notice: NOTICE,
            generator: GENERATOR,
        }
    }
}

/// A link to the outside world: only ever an http(s) address.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    /// What the address is, such as "DOI".
    pub kind: &'static str,
    /// The address.
    pub href: String,
    /// The text shown.
    pub text: String,
}

fn source_links(s: &Source) -> Vec<Link> {
    let mut links = Vec::new();
    let mut push = |kind: &'static str, href: String, text: String| {
        if http_href(&href).is_some() {
            links.push(Link { kind, href, text });
        }
    };
    if let Some(doi) = &s.doi {
        push("DOI", doi.url(), doi.to_string());
    }
    if let Some(pmid) = &s.pmid {
        push("PubMed", pmid.url(), format!("PMID {pmid}"));
    }
    if let Some(url) = &s.url {
        push("Web page", url.to_string(), url.to_string());
    }
    links
}

/// One numbered reference of a record page.
#[derive(Clone, Debug)]
pub(crate) struct Ref<'a> {
    /// Its number on the page, from 1.
    pub n: usize,
    /// The source.
    pub source: &'a Source,
    /// Its DOI, PubMed and web links.
    pub links: Vec<Link>,
}

/// The numbered references of one page, in order of first citation.
#[derive(Clone, Debug, Default)]
pub(crate) struct Refs<'a> {
    /// The references, numbered from 1.
    pub list: Vec<Ref<'a>>,
    index: HashMap<&'a str, usize>,
}

impl<'a> Refs<'a> {
    fn cite(&mut self, c: &'a Catalog, ids: &'a [SourceId]) {
        for source in c.cited(ids) {
            if !self.index.contains_key(source.id.as_str()) {
                let n = self.list.len() + 1;
                self.index.insert(source.id.as_str(), n);
                self.list.push(Ref {
                    n,
                    source,
                    links: source_links(source),
                });
            }
        }
    }

    /// The numbers of the cited sources, in citation order.
    pub fn nums(&self, ids: &[SourceId]) -> Vec<usize> {
        ids.iter()
            .filter_map(|id| self.index.get(id.as_str()).copied())
            .collect()
    }
}

/// Where a record's page is, from the site's root.
pub(crate) fn subject_href(subject: Subject<'_>) -> String {
    format!("{}/{}.html", subject.collection(), subject.id())
}

fn modality_href(id: &str) -> String {
    format!("modalities/{id}.html")
}

/// The fragment id of a statement on its record page: `s-` and the
/// statement's stable anchor, such as `s-us-label-2025` (the prefix keeps
/// statement ids apart from the page's own ids).
pub(crate) fn statement_anchor(anchor: &str) -> String {
    format!("s-{anchor}")
}

/// A statement's place in its record, in words: "indication 2".
fn field_words(field: Field) -> String {
    match field {
        Field::Summary => "summary".to_owned(),
        Field::PlainSummary => "plain-language summary".to_owned(),
        Field::Mechanism => "mechanism".to_owned(),
        Field::Administration => "administration".to_owned(),
        Field::Indication(i) => format!("indication {}", i + 1),
        Field::IndicationCode(i, j) => format!("code {} of indication {}", j + 1, i + 1),
        Field::Precaution(i) => format!("precaution {}", i + 1),
        Field::Regulatory(i) => format!("regulatory event {}", i + 1),
        Field::Evidence(i) => format!("key study {}", i + 1),
        Field::OpioidSparing => "opioid use".to_owned(),
        Field::Radiation => "radiation physics".to_owned(),
        Field::Code(i) => format!("code {}", i + 1),
        Field::Correction(i) => format!("correction {}", i + 1),
        Field::Text => "description".to_owned(),
    }
}

/// A modality's name with the page it has on the site.
#[derive(Clone, Debug)]
pub(crate) struct NamedLink {
    /// The name shown.
    pub name: String,
    /// The page, from the site's root.
    pub href: String,
}

fn modality_link(c: &Catalog, id: &str) -> NamedLink {
    NamedLink {
        name: c.get(id).map_or_else(|_| id.to_owned(), |m| m.name.clone()),
        href: modality_href(id),
    }
}

// ---------------------------------------------------------------- index

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
    pub status: Text,
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
        status: r.status.label(),
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

/// A choice of a filter.
#[derive(Clone, Debug)]
pub(crate) struct Choice {
    pub value: &'static str,
    pub label: Text,
}

/// One filter of the index: a labelled `<select>`.
#[derive(Clone, Debug)]
pub(crate) struct Filter {
    pub key: &'static str,
    pub label: &'static str,
    pub choices: Vec<Choice>,
}

fn choices<T: Vocabulary + Ord>(values: impl Iterator<Item = T>) -> Vec<Choice> {
    let mut v: Vec<T> = values.collect();
    v.sort();
    v.dedup();
    v.into_iter()
        .map(|t| Choice {
            value: t.as_str(),
            label: t.label(),
        })
        .collect()
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
            blurb: "The modalities the source article lists.",
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
        page: Layout::new(c, "", "index", "Catalog".to_owned()),
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

// ---------------------------------------------------------------- records

#[derive(Template)]
#[template(path = "modality.html", config = "src/html/askama.toml")]
struct ModalityPage<'a> {
    page: Layout,
    m: &'a Modality,
    refs: Refs<'a>,
    level: Option<EvidenceLevel>,
    combinations: Vec<NamedLink>,
    innovations: Vec<NamedLink>,
}

fn modality_page<'a>(c: &'a Catalog, m: &'a Modality) -> ModalityPage<'a> {
    let mut refs = Refs::default();
    modality_statements(m, |_, _, sources| refs.cite(c, sources));
    ModalityPage {
        page: Layout::new(c, "../", "record", m.name.clone()),
        m,
        refs,
        level: m.evidence_level(),
        combinations: c
            .combinations()
            .filter(|x| x.modalities.contains(&m.id))
            .map(|x| NamedLink {
                name: x.name.clone(),
                href: subject_href(Subject::Combination(x)),
            })
            .collect(),
        innovations: c
            .innovations()
            .filter(|x| x.related.contains(&m.id))
            .map(|x| NamedLink {
                name: x.name.clone(),
                href: subject_href(Subject::Innovation(x)),
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "combination.html", config = "src/html/askama.toml")]
struct CombinationPage<'a> {
    page: Layout,
    x: &'a Combination,
    refs: Refs<'a>,
    modalities: Vec<NamedLink>,
}

#[derive(Template)]
#[template(path = "innovation.html", config = "src/html/askama.toml")]
struct InnovationPage<'a> {
    page: Layout,
    x: &'a Innovation,
    refs: Refs<'a>,
    related: Vec<NamedLink>,
}

// ---------------------------------------------------------------- sources

/// The statements of one record that cite a source, each linked back.
#[derive(Clone, Debug)]
pub(crate) struct CitedBy {
    /// The record's page, which tells records apart.
    pub page: String,
    /// The record's name.
    pub subject: String,
    /// Each citing statement, in words, with its address.
    pub fields: Vec<(String, String)>,
}

/// One entry of the bibliography page.
#[derive(Clone, Debug)]
pub(crate) struct SourceEntry<'a> {
    pub s: &'a Source,
    /// `current`, `draft`, `withdrawn`, `unconfirmed` or `superseded`, for styling.
    pub status_class: &'static str,
    pub links: Vec<Link>,
    pub cited_by: Vec<CitedBy>,
    /// How many statements cite it.
    pub citing: usize,
}

#[derive(Template)]
#[template(path = "sources.html", config = "src/html/askama.toml")]
struct SourcesPage<'a> {
    page: Layout,
    entries: Vec<SourceEntry<'a>>,
    verified: usize,
    secondary: usize,
}

fn sources_page(c: &Catalog) -> SourcesPage<'_> {
    let entries: Vec<SourceEntry<'_>> = c
        .sources()
        .map(|s| SourceEntry {
            s,
            status_class: match &s.status {
                Some(SourceStatus::Current) => "current",
                Some(SourceStatus::Draft) => "draft",
                Some(SourceStatus::Withdrawn) => "withdrawn",
                Some(SourceStatus::Discontinued) => "discontinued",
                Some(SourceStatus::Unconfirmed) => "unconfirmed",
                Some(SourceStatus::Superseded(_)) => "superseded",
                _ => "unknown",
            },
            links: source_links(s),
            cited_by: {
                let mut groups: Vec<CitedBy> = Vec::new();
                for st in c.citing(s.id.as_str()) {
                    let page = subject_href(st.subject);
                    let field = (
                        field_words(st.field),
                        format!("{page}#{}", statement_anchor(&st.anchor())),
                    );
                    match groups.last_mut() {
                        Some(g) if g.page == page => g.fields.push(field),
                        _ => groups.push(CitedBy {
                            page,
                            subject: st.subject.name().to_owned(),
                            fields: vec![field],
                        }),
                    }
                }
                groups
            },
            citing: c.citing(s.id.as_str()).count(),
        })
        .collect();
    let verified = entries
        .iter()
        .filter(|e| e.s.verification == Verification::Verified)
        .count();
    SourcesPage {
        page: Layout::new(c, "", "sources", "Sources".to_owned()),
        secondary: entries.len() - verified,
        verified,
        entries,
    }
}

// ---------------------------------------------------------------- timeline

/// One cell of the evidence map.
#[derive(Clone, Debug)]
pub(crate) struct MapRow {
    pub label: Text,
    pub cells: Vec<Vec<NamedLink>>,
}

/// Modalities against their strongest evidence level and pain pattern.
#[derive(Clone, Debug)]
pub(crate) struct EvidenceMap {
    pub columns: Vec<Text>,
    pub rows: Vec<MapRow>,
}

fn evidence_map(c: &Catalog) -> EvidenceMap {
    use strum::VariantArray;
    let patterns: &[PainPattern] = PainPattern::VARIANTS;
    let mut columns: Vec<Text> = patterns.iter().map(|p| p.label()).collect();
    columns.push("No pain pattern stated");
    let levels = EvidenceLevel::VARIANTS
        .iter()
        .map(|l| Some(*l))
        .chain([None]);
    let rows = levels
        .map(|level| {
            let label = match level {
                Some(l) => l.label(),
                None => "No primary study among the key evidence",
            };
            let in_row: Vec<&Modality> = c.iter().filter(|m| m.evidence_level() == level).collect();
            let mut cells: Vec<Vec<NamedLink>> = patterns
                .iter()
                .map(|p| {
                    in_row
                        .iter()
                        .filter(|m| m.indications.iter().any(|i| i.pain_pattern == Some(*p)))
                        .map(|m| modality_link(c, m.id.as_str()))
                        .collect()
                })
                .collect();
            cells.push(
                in_row
                    .iter()
                    .filter(|m| m.indications.iter().all(|i| i.pain_pattern.is_none()))
                    .map(|m| modality_link(c, m.id.as_str()))
                    .collect(),
            );
            MapRow { label, cells }
        })
        .collect();
    EvidenceMap { columns, rows }
}

#[derive(Template)]
#[template(path = "timeline.html", config = "src/html/askama.toml")]
struct TimelinePage {
    page: Layout,
    t: Timeline,
    map: EvidenceMap,
}

// ---------------------------------------------------------------- about

#[derive(Template)]
#[template(path = "about.html", config = "src/html/askama.toml")]
struct AboutPage {
    page: Layout,
    modalities: usize,
    combinations: usize,
    innovations: usize,
    sources: usize,
    statements: usize,
}

// ---------------------------------------------------------------- render

fn page(path: String, t: &impl Template) -> Result<(String, String)> {
    match t.render() {
        Ok(html) => Ok((path, html)),
        Err(e) => Err(Error::Site {
            path,
            message: e.to_string(),
        }),
    }
}

/// Renders every page of the site.
pub(crate) fn render_pages(c: &Catalog) -> Result<Vec<(String, String)>> {
    let mut files = vec![
        page("index.html".to_owned(), &index_page(c))?,
        page("sources.html".to_owned(), &sources_page(c))?,
        page(
            "timeline.html".to_owned(),
            &TimelinePage {
                page: Layout::new(c, "", "timeline", "Timeline and evidence map".to_owned()),
                t: Timeline::new(c),
                map: evidence_map(c),
            },
        )?,
        page(
            "about.html".to_owned(),
            &AboutPage {
                page: Layout::new(c, "", "about", "About".to_owned()),
                modalities: c.len(),
                combinations: c.combinations().count(),
                innovations: c.innovations().count(),
                sources: c.sources().count(),
                statements: c.statements().count(),
            },
        )?,
    ];
    for m in c {
        files.push(page(
            subject_href(Subject::Modality(m)),
            &modality_page(c, m),
        )?);
    }
    for x in c.combinations() {
        let mut refs = Refs::default();
        refs.cite(c, &x.sources);
        files.push(page(
            subject_href(Subject::Combination(x)),
            &CombinationPage {
                page: Layout::new(c, "../", "record", x.name.clone()),
                x,
                refs,
                modalities: x
                    .modalities
                    .iter()
                    .map(|id| modality_link(c, id.as_str()))
                    .collect(),
            },
        )?);
    }
    for x in c.innovations() {
        let mut refs = Refs::default();
        refs.cite(c, &x.sources);
        files.push(page(
            subject_href(Subject::Innovation(x)),
            &InnovationPage {
                page: Layout::new(c, "../", "record", x.name.clone()),
                x,
                refs,
                related: x
                    .related
                    .iter()
                    .map(|id| modality_link(c, id.as_str()))
                    .collect(),
            },
        )?);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_prefixed() {
        assert_eq!(statement_anchor("us-label-2025"), "s-us-label-2025");
        assert_eq!(statement_anchor("summary"), "s-summary");
    }
}
