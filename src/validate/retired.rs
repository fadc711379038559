//! The retired phase: a retired id is no live record's id, is retired
//! once, and names a live modality as its replacement.

use super::{Checker, Dot, Paths, Rule};
use crate::{Map, file::Parts};

/// Checks the file's `retired` list; `modalities` holds the ids of the
/// catalog's modalities.
pub(super) fn retired(c: &mut Checker<'_>, parts: &Parts, modalities: &Map<&str, usize>) {
    let mut seen: Map<&str, ()> = Map::default();
    for (i, r) in parts.retired.iter().enumerate() {
        let at = Paths::at("retired", i, c.paths.0.retired);
        let id = r.id.as_str();
        let entry = parts.combinations.iter().any(|x| x.id.as_str() == id)
            || parts.innovations.iter().any(|x| x.id.as_str() == id);
        let what = if modalities.contains_key(id) {
            Some("a modality")
        } else if entry {
            Some("an entry")
        } else if seen.insert(id, ()).is_some() {
            Some("retired above")
        } else {
            None
        };
        if let Some(what) = what {
            let id = r.id.clone();
            c.report(Dot(at, "id"), Rule::RetiredButLive { id, what });
        }
        if let Some(by) = &r.replaced_by
            && !modalities.contains_key(by.as_str())
        {
            let rule = Rule::UnknownSuccessor {
                id: r.id.clone(),
                by: by.clone(),
            };
            c.report(Dot(at, "replaced_by"), rule);
        }
        c.non_empty(Dot(at, "reason"), "reason", &r.reason);
    }
}
