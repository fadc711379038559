//! The timeline page: the regulatory history of every modality on one time
//! axis, the same events as a table, and the evidence map.
//!
//! Rust computes where each mark goes; `timeline.html` draws the SVG.

use askama::Template;

use super::{
    address::{NamedLink, statement_anchor, subject_href},
    citation::ShortCitation,
    evidence_map::{EvidenceMap, evidence_map},
    layout::{Layout, page},
};
use crate::{
    Catalog, Date, Modality, RegulatoryEvent, RegulatoryStatus, Result, Subject,
    standing::event_words,
};

/// Width of the drawing, in SVG units.
const WIDTH: f64 = 960.0;
/// Where lane labels end and the time axis starts.
const LABEL_END: f64 = 300.0;
const PLOT_START: f64 = 316.0;
const PLOT_END: f64 = 940.0;
const TOP: f64 = 34.0;
const LANE: f64 = 30.0;
/// Marks closer than this on one lane are staggered up and down.
const CLOSE: f64 = 13.0;
/// Longest lane label, in characters.
const LABEL_CHARS: usize = 44;

/// A tick of the time axis.
#[derive(Clone, Debug)]
pub(crate) struct Tick {
    pub x: String,
    pub year: u16,
}

/// One regulatory event drawn on a lane.
#[derive(Clone, Debug)]
pub(crate) struct Mark {
    pub x: String,
    pub y: String,
    /// The shape, by kind of event.
    pub shape: Shape,
    /// The jurisdiction, for the colour (`us`, `eu`, `uk`, `international`).
    pub jurisdiction: &'static str,
    /// The event on the record's page.
    pub href: String,
    /// The event in words, as the mark's accessible name.
    pub title: String,
}

/// One modality's row of the drawing.
#[derive(Clone, Debug)]
pub(crate) struct Lane {
    pub y: String,
    pub text_y: String,
    /// The name, shortened to fit; it is the link's accessible name too,
    /// since a name that differs from the visible text confuses speech
    /// input (the table below gives every name in full).
    pub label: String,
    pub href: String,
    pub marks: Vec<Mark>,
}

/// A regulatory event in the table beside the drawing.
#[derive(Clone, Debug)]
pub(crate) struct EventRow {
    pub date: String,
    pub modality: String,
    pub href: String,
    pub jurisdiction: &'static str,
    pub status: &'static str,
    pub product: String,
    /// Each source as a short citation, linked to the bibliography.
    pub sources: Vec<NamedLink>,
}

/// The timeline: the drawing's geometry and the same events as a table.
#[derive(Clone, Debug)]
pub(crate) struct Timeline {
    pub width: String,
    pub height: String,
    pub plot_start: String,
    pub plot_end: String,
    pub label_end: String,
    pub axis_y: String,
    pub bottom: String,
    pub ticks: Vec<Tick>,
    pub lanes: Vec<Lane>,
    pub events: Vec<EventRow>,
    /// The shapes and what they mean.
    pub legend: Vec<(Shape, &'static str)>,
}

/// A number for an SVG attribute, to one decimal.
fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// The date as a fractional year, taking the middle of what is unknown.
fn year_fraction(d: Date) -> f64 {
    let y = f64::from(d.year());
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => y + (f64::from(m) - 1.0 + (f64::from(day) - 0.5) / 31.0) / 12.0,
        (Some(m), None) => y + (f64::from(m) - 0.5) / 12.0,
        _ => y + 0.5,
    }
}

/// The shape of a mark, by kind of regulatory event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// An approval: a disc.
    Approval,
    /// A 510(k) clearance: a square.
    Clearance,
    /// An indication expanded: a triangle.
    Expansion,
    /// A safety label change: a diamond.
    Safety,
    /// A discontinuation: a cross.
    Discontinued,
    /// Any other standing: a ring.
    Other,
}

impl Shape {
    /// Every shape with what it means, for the legend.
    pub(crate) const LEGEND: [(Shape, &'static str); 6] = [
        (Shape::Approval, "approval"),
        (Shape::Clearance, "clearance (510(k))"),
        (Shape::Expansion, "indication expanded"),
        (Shape::Safety, "safety label change or communication"),
        (Shape::Discontinued, "discontinued or recalled"),
        (Shape::Other, "other standing"),
    ];

    fn of(status: RegulatoryStatus) -> Shape {
        match status {
            RegulatoryStatus::Approved => Shape::Approval,
            RegulatoryStatus::Cleared => Shape::Clearance,
            RegulatoryStatus::IndicationExpanded => Shape::Expansion,
            RegulatoryStatus::SafetyLabelChange | RegulatoryStatus::SafetyCommunication => {
                Shape::Safety
            }
            RegulatoryStatus::Discontinued | RegulatoryStatus::Recall => Shape::Discontinued,
            _ => Shape::Other,
        }
    }
}

fn shorten(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        name.to_owned()
    } else {
        let mut s: String = name.chars().take(LABEL_CHARS - 1).collect();
        s.push('…');
        s
    }
}

/// The modalities in the order the index shows them.
fn lanes_order(c: &Catalog) -> impl Iterator<Item = &Modality> {
    c.query()
        .comparator(false)
        .iter()
        .chain(c.query().comparator(true).iter())
}

/// The time axis: whole five-year spans around the dated events.
struct Axis {
    start: u16,
    end: u16,
}

impl Axis {
    fn new(c: &Catalog) -> Axis {
        let dated = || {
            c.iter()
                .flat_map(|m| m.regulatory.iter().filter_map(|r| r.date))
        };
        let fallback = crate::DATA_VERSION
            .parse::<Date>()
            .map_or(2026, |d| d.year());
        let first = dated().map(|d| d.year()).min().unwrap_or(fallback - 10);
        let last = dated().map(|d| d.year()).max().unwrap_or(fallback);
        Axis {
            start: first - first % 5,
            end: (last + 1).div_ceil(5) * 5,
        }
    }

    fn x_at(&self, year: f64) -> f64 {
        let span = f64::from(self.end.saturating_sub(self.start).max(1));
        PLOT_START + (year - f64::from(self.start)) / span * (PLOT_END - PLOT_START)
    }

    fn x_of(&self, d: Date) -> f64 {
        self.x_at(year_fraction(d))
    }

    fn ticks(&self) -> Vec<Tick> {
        let step = if self.end - self.start > 15 { 5 } else { 1 };
        (self.start..=self.end)
            .step_by(step)
            .map(|year| Tick {
                x: n(self.x_at(f64::from(year))),
                year,
            })
            .collect()
    }
}

/// A mark's accessible name: the event in words.
fn mark_title(m: &Modality, r: &RegulatoryEvent) -> String {
    let date = r.date.map(|d| d.to_string()).unwrap_or_default();
    let mut title = format!(
        "{}: {} {} {}",
        m.name,
        r.jurisdiction.label(),
        event_words(m, r).to_lowercase(),
        date
    );
    if let Some(p) = &r.product {
        title.push_str(" (");
        title.push_str(p);
        title.push(')');
    }
    title
}

/// The marks of one lane at height `y`, staggered where they crowd.
fn marks(axis: &Axis, m: &Modality, href: &str, y: f64) -> Vec<Mark> {
    let mut placed: Vec<(f64, &RegulatoryEvent)> = m
        .regulatory
        .iter()
        .filter_map(|r| r.date.map(|d| (axis.x_of(d), r)))
        .collect();
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut marks = Vec::new();
    let mut prev: Option<f64> = None;
    let mut flip = false;
    for (x, r) in placed {
        let close = prev.is_some_and(|p| x - p < CLOSE);
        flip = close && !flip;
        let dy = if close {
            if flip { -7.0 } else { 7.0 }
        } else {
            0.0
        };
        prev = Some(x);
        marks.push(Mark {
            x: n(x),
            y: n(y + dy),
            shape: Shape::of(r.status),
            jurisdiction: r.jurisdiction.as_str(),
            href: format!("{href}#{}", statement_anchor(r.id.as_str())),
            title: mark_title(m, r),
        });
    }
    marks
}

/// One row of the events table.
fn event_row(c: &Catalog, m: &Modality, href: &str, r: &RegulatoryEvent) -> EventRow {
    EventRow {
        date: match (r.date, r.as_of) {
            (Some(d), _) => d.to_string(),
            (None, Some(a)) => format!("undated (as of {a})"),
            (None, None) => "undated".to_owned(),
        },
        modality: m.name.clone(),
        href: format!("{href}#{}", statement_anchor(r.id.as_str())),
        jurisdiction: r.jurisdiction.label(),
        status: event_words(m, r),
        product: [r.product.as_deref(), r.holder.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
        sources: c
            .cited(&r.sources)
            .map(|s| NamedLink {
                name: ShortCitation::of(s).to_string(),
                href: format!("sources.html#src-{}", s.id),
            })
            .collect(),
    }
}

impl Timeline {
    pub(crate) fn new(c: &Catalog) -> Timeline {
        let axis = Axis::new(c);
        let mut lanes = Vec::new();
        let mut events = Vec::new();
        for (k, m) in lanes_order(c).enumerate() {
            let y = TOP + LANE * (k as f64 + 0.5);
            let href = subject_href(Subject::Modality(m));
            events.extend(
                m.regulatory
                    .iter()
                    .map(|r| (r.date, event_row(c, m, &href, r))),
            );
            lanes.push(Lane {
                y: n(y),
                text_y: n(y + 4.0),
                label: shorten(&m.name),
                marks: marks(&axis, m, &href, y),
                href,
            });
        }
        // Dated events by date, then the undated ones, each in catalog order.
        events.sort_by_key(|(d, _)| (d.is_none(), *d));
        let height = TOP + LANE * lanes.len() as f64 + 8.0;
        Timeline {
            width: n(WIDTH),
            height: n(height),
            plot_start: n(PLOT_START),
            plot_end: n(PLOT_END),
            label_end: n(LABEL_END),
            axis_y: n(TOP - 14.0),
            bottom: n(height - 8.0),
            ticks: axis.ticks(),
            lanes,
            events: events.into_iter().map(|(_, e)| e).collect(),
            legend: Shape::LEGEND.to_vec(),
        }
    }
}

#[derive(Template)]
#[template(path = "timeline.html", config = "src/html/askama.toml")]
struct TimelinePage {
    page: Layout,
    t: Timeline,
    map: EvidenceMap,
}

/// The timeline page as a file of the site.
pub(crate) fn render(c: &Catalog) -> Result<(String, String)> {
    page(
        "timeline.html".to_owned(),
        &TimelinePage {
            page: Layout::new(
                c,
                "timeline.html",
                "timeline",
                "Timeline and evidence map".to_owned(),
                "The regulatory history of every modality on one time axis, the same events as a table with their sources, and an evidence map by strongest study design and pain pattern",
            ),
            t: Timeline::new(c),
            map: evidence_map(c),
        },
    )
}
