//! The main job: a readable table of every modality in the embedded catalog.
//!
//! Run with `cargo run --example catalog`.

use std::io::{self, Write};

use io_pain_modalities::{Catalog, NOTICE, UseKind, catalog};

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    run(catalog(), &mut stdout.lock())
}

/// Truncates `s` to `width` characters, marking the cut with "...".
fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(3)).collect();
        t.push_str("...");
        t
    }
}

fn join<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    let mut v: Vec<String> = items.into_iter().map(|s| s.as_ref().to_owned()).collect();
    v.dedup();
    if v.is_empty() {
        "-".to_owned()
    } else {
        v.join(", ")
    }
}

pub fn run(c: &Catalog, out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "IO pain-management modalities (data version {})",
        c.version().unwrap_or("none")
    )?;
    writeln!(out, "{NOTICE}")?;
    writeln!(out)?;
    for (title, comparator) in [
        ("Modalities of the source article", false),
        ("Comparators", true),
    ] {
        writeln!(out, "## {title}")?;
        writeln!(
            out,
            "{:<44} {:<32} {:<22} {:<20}",
            "modality", "category", "pain pattern", "earliest listed regulatory event"
        )?;
        for m in c.query().comparator(comparator) {
            let mut patterns: Vec<&str> = m
                .indications
                .iter()
                .filter_map(|i| i.pain_pattern.map(|p| p.label()))
                .collect();
            patterns.sort();
            // The record lists the events its sources show, which may not
            // be every event there was: "earliest listed", never "first".
            let reg = m
                .earliest(None, None)
                .or_else(|| m.regulatory.first())
                .map(|r| match r.date {
                    Some(d) => format!("{}: {} {}", r.jurisdiction.label(), r.status.label(), d),
                    None => format!("{}: {}", r.jurisdiction.label(), r.status.label()),
                })
                .unwrap_or_else(|| "-".to_owned());
            writeln!(
                out,
                "{:<44} {:<32} {:<22} {}",
                fit(&m.name, 44),
                m.category.label(),
                fit(&join(patterns), 22),
                reg
            )?;
            let key = m
                .indications
                .iter()
                .find(|i| i.use_kind == UseKind::Labelled)
                .or_else(|| m.indications.first());
            if let Some(i) = key {
                writeln!(
                    out,
                    "    key indication ({}, {}): {}",
                    i.use_kind.label(),
                    i.jurisdiction.label(),
                    i.condition.label()
                )?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "## Combinations")?;
    for comb in c.combinations() {
        writeln!(
            out,
            "{} [{}]: {}",
            comb.name,
            comb.lifecycle.label(),
            join(comb.modalities.iter().map(|m| m.as_str()))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## Emerging innovations")?;
    for n in c.innovations() {
        writeln!(
            out,
            "{} [{}, {}]",
            n.name,
            n.category.label(),
            n.lifecycle.label()
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} modalities, {} statements, {} sources. Look one up: cargo run --example lookup -- NAME",
        c.len(),
        c.statements().count(),
        c.sources().count()
    )?;
    Ok(())
}
