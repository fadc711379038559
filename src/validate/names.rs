//! The names of modalities: each one something a lookup can find, and no
//! two modalities answering to the same name.

use std::fmt;

use super::{Checker, Dot, Item, Rule};
use crate::{Map, Modality, search::text::normalized};

/// Every name of a modality, with where it sits in the record.
pub(super) fn names_of(m: &Modality) -> impl Iterator<Item = (NameAt, &str)> {
    std::iter::once((NameAt::Id, m.id.as_str()))
        .chain(std::iter::once((NameAt::Name, m.name.as_str())))
        .chain(
            [
                ("abbreviations", &m.abbreviations),
                ("synonyms", &m.synonyms),
                ("brands", &m.brands),
            ]
            .into_iter()
            .flat_map(|(field, names)| {
                names
                    .iter()
                    .enumerate()
                    .map(move |(k, n)| (NameAt::List(Item(field, k)), n.as_str()))
            }),
        )
}

/// Where a name sits in a modality record, formatted only for problems.
#[derive(Clone, Copy)]
pub(super) enum NameAt {
    Id,
    Name,
    List(Item),
}

impl fmt::Display for NameAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameAt::Id => f.write_str("id"),
            NameAt::Name => f.write_str("name"),
            NameAt::List(item) => item.fmt(f),
        }
    }
}

impl Checker<'_> {
    /// Every name of modality `i` must normalise to something, and to a key
    /// no other modality uses. `seen` maps each normalised name to its
    /// modality; the lookup index keeps it.
    pub(super) fn names(
        &mut self,
        i: usize,
        modalities: &[Modality],
        seen: &mut Map<Box<str>, usize>,
    ) {
        let Some(m) = modalities.get(i) else {
            return;
        };
        let at = self.paths.modality(i);
        for (name_at, name) in names_of(m) {
            let key = normalized(name);
            if key.is_empty() {
                let name = name.to_owned();
                self.report(Dot(at, name_at), Rule::NameWithoutLetters { name });
                continue;
            }
            match seen.get(key.as_str()) {
                Some(&other) if other != i => {
                    let other_name = modalities
                        .get(other)
                        .and_then(|o| names_of(o).find(|(_, n)| normalized(n) == key))
                        .map_or("", |(_, n)| n)
                        .to_owned();
                    let rule = Rule::AmbiguousName {
                        name: name.to_owned(),
                        other: other_name,
                        at: self.paths.modality(other).to_string(),
                    };
                    self.report(Dot(at, name_at), rule);
                }
                Some(_) => {}
                None => {
                    seen.insert(key.into(), i);
                }
            }
        }
    }
}
