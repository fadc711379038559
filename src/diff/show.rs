//! A catalog diff written for people: one section per kind of change,
//! empty sections left out.

use std::fmt::{self, Display, Formatter};

use super::{CatalogDiff, StatementText};
use crate::SourceStatus;

impl Display for CatalogDiff {
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.diff(c).to_string().ends_with("no changes\n"));
    /// ```
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let version = |v: &str| {
            if v.is_empty() {
                "(no version)".to_owned()
            } else {
                v.to_owned()
            }
        };
        writeln!(
            f,
            "data {} -> {}",
            version(&self.older_version),
            version(&self.newer_version)
        )?;
        if self.is_empty() {
            return writeln!(f, "no changes");
        }
        section(f, "records added", &self.records_added, |f, r| {
            writeln!(f, "  + {}/{}  {}", r.collection, r.id, r.name)
        })?;
        section(f, "records removed", &self.records_removed, |f, r| {
            writeln!(f, "  - {}/{}  {}", r.collection, r.id, r.name)
        })?;
        section(f, "records changed", &self.records_changed, |f, r| {
            let fields = r.fields.join(", ");
            writeln!(f, "  ~ {}/{}: {fields}", r.record.collection, r.record.id)
        })?;
        section(f, "statements added", &self.statements_added, |f, s| {
            writeln!(f, "  + {}/{}", s.record, s.statement)?;
            text(f, "   ", &s.content)
        })?;
        section(f, "statements removed", &self.statements_removed, |f, s| {
            writeln!(f, "  - {}/{}", s.record, s.statement)?;
            text(f, "   ", &s.content)
        })?;
        section(f, "statements changed", &self.statements_changed, |f, s| {
            let fields = s.fields.join(", ");
            writeln!(f, "  ~ {}/{} ({fields})", s.record, s.statement)?;
            text(f, "    before:", &s.before)?;
            text(f, "    after: ", &s.after)
        })?;
        section(f, "sources added", &self.sources_added, |f, s| {
            writeln!(f, "  + {s}")
        })?;
        section(f, "sources removed", &self.sources_removed, |f, s| {
            writeln!(f, "  - {s}")
        })?;
        section(f, "sources changed", &self.sources_changed, |f, s| {
            write!(f, "  ~ {}: {}", s.id, s.fields.join(", "))?;
            if s.status_before != s.status_after {
                let (b, a) = (Status(&s.status_before), Status(&s.status_after));
                write!(f, "; status {b} -> {a}")?;
            }
            writeln!(f)
        })?;
        section(f, "ids retired", &self.retired_added, |f, r| {
            write!(f, "  x {}", r.id)?;
            if let Some(by) = &r.replaced_by {
                write!(f, " -> {by}")?;
            }
            writeln!(f, ": {}", r.reason)
        })
    }
}

/// A heading with the count, then each item; nothing when empty.
fn section<T>(
    f: &mut Formatter<'_>,
    title: &str,
    items: &[T],
    mut each: impl FnMut(&mut Formatter<'_>, &T) -> fmt::Result,
) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f, "\n{title} ({}):", items.len())?;
    items.iter().try_for_each(|x| each(f, x))
}

/// A statement's text and its sources on one line.
fn text(f: &mut Formatter<'_>, lead: &str, s: &StatementText) -> fmt::Result {
    let sources: Vec<&str> = s.sources.iter().map(|id| id.as_str()).collect();
    writeln!(f, "{lead} {} [{}]", s.text, sources.join(", "))
}

/// A source status as people read it, with the replacement.
struct Status<'a>(&'a Option<SourceStatus>);

impl Display for Status<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.0 {
            None => f.write_str("none"),
            Some(SourceStatus::Superseded(by)) => write!(f, "superseded by {by}"),
            Some(s) => f.write_str(&s.label().to_lowercase()),
        }
    }
}
