//! The numbered references of a record page, in order of first citation.

use std::collections::HashMap;

use super::address::{Link, source_links};
use crate::{Catalog, Source, SourceId, Subject, Support};

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
    /// The references of `subject`'s page, numbered in the order of
    /// [`Catalog::sources_in_order`].
    pub(crate) fn of(c: &'a Catalog, subject: Subject<'a>) -> Self {
        let mut refs = Refs::default();
        for source in c.sources_in_order(subject) {
            let n = refs.list.len() + 1;
            refs.index.insert(source.id.as_str(), n);
            refs.list.push(Ref {
                n,
                source,
                links: source_links(source),
            });
        }
        refs
    }

    /// The numbers of the cited sources, in citation order.
    pub fn nums(&self, ids: &[SourceId]) -> Vec<usize> {
        ids.iter()
            .filter_map(|id| self.index.get(id.as_str()).copied())
            .collect()
    }

    /// A statement's clause map with each source's number on the page:
    /// what each source backs and where to look in it.
    pub fn backing<'s>(&self, support: &'s [Support]) -> Vec<Backing<'s>> {
        support
            .iter()
            .filter_map(|s| {
                let n = *self.index.get(s.source.as_str())?;
                Some(Backing { n, support: s })
            })
            .collect()
    }
}

/// One entry of a statement's clause map, numbered as its source is on the
/// page.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Backing<'s> {
    /// The source's number on the page.
    pub n: usize,
    /// What it holds, and where.
    pub support: &'s Support,
}

impl Backing<'_> {
    /// The figures and dates the source holds, joined for reading.
    pub fn holds(&self) -> String {
        self.support.holds.join(", ")
    }

    /// The figures worked out from this source's figures, each with how
    /// ("13.7: difference of 84.5% and 70.8%"), joined for reading.
    pub fn derived(&self) -> String {
        let one = |d: &crate::Derived| {
            let from = match d.from.as_slice() {
                [.., last] if d.from.len() > 1 => {
                    format!("{} and {last}", d.from[..d.from.len() - 1].join(", "))
                }
                _ => d.from.join(", "),
            };
            format!("{}: {} of {from}", d.figure, d.how.label())
        };
        let parts: Vec<String> = self.support.derived.iter().map(one).collect();
        parts.join("; ")
    }
}
