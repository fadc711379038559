//! Retired record ids: modality ids that were renamed or removed, kept
//! known so that looking one up says so instead of "not found".

use serde::{Deserialize, Serialize};

use crate::{Catalog, ModalityId};

/// A modality id that was renamed or removed, from the catalog file's
/// top-level `retired` list. Ids are never reused: a retired id is not the
/// id of any record, and [`Catalog::get`] and [`Catalog::lookup`] of it fail
/// with [`Error::Retired`](crate::Error::Retired), naming the replacement
/// when there is one.
///
/// In JSON: `{"id": "old-id", "replaced_by": "new-id", "reason": "..."}`,
/// `replaced_by` optional.
///
/// ```
/// use io_pain_modalities::{Catalog, Error};
///
/// let mut c = io_pain_modalities::catalog().clone();
/// c.merge_json(r#"{"modalities": [], "sources": [], "retired": [
///     {"id": "rf-ablation", "replaced_by": "radiofrequency-ablation", "reason": "renamed"}]}"#)?;
/// let err = c.get("rf-ablation").unwrap_err();
/// assert!(matches!(&err, Error::Retired { replaced_by: Some(by), .. } if by == "radiofrequency-ablation"));
/// assert!(c.retired("rf-ablation").is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Retired {
    /// The id no longer in use.
    pub id: ModalityId,
    /// The modality that took its place, when it was renamed or merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<ModalityId>,
    /// Why it was retired, in the catalog's words.
    pub reason: String,
}

impl Catalog {
    /// The retired modality ids of this catalog, in file order.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// assert!(c.retired_ids().all(|r| c.get(&r.id).is_err()));
    /// ```
    pub fn retired_ids(&self) -> std::slice::Iter<'_, Retired> {
        self.parts.retired.iter()
    }

    /// The retired entry for `id`, if that id was retired (exact id, a hash
    /// probe).
    ///
    /// ```
    /// assert!(io_pain_modalities::catalog().retired("radiofrequency-ablation").is_none());
    /// ```
    pub fn retired(&self, id: impl AsRef<str>) -> Option<&Retired> {
        if self.retired.is_empty() {
            return None;
        }
        self.retired
            .get(id.as_ref())
            .and_then(|&i| self.parts.retired.get(i))
    }

    /// [`Error::Retired`](crate::Error::Retired) when `id` was retired.
    pub(crate) fn not_retired(&self, id: &str) -> crate::Result<()> {
        match self.retired(id.trim()) {
            Some(r) => Err(crate::Error::Retired {
                id: r.id.to_string(),
                replaced_by: r.replaced_by.as_ref().map(ToString::to_string),
                reason: r.reason.clone(),
            }),
            None => Ok(()),
        }
    }
}
