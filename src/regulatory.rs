//! A modality's dated regulatory history: the earliest and latest listed
//! events of a kind in a jurisdiction.

use crate::{Jurisdiction, Modality, RegulatoryEvent, RegulatoryStatus};

impl Modality {
    /// The earliest listed regulatory event with a `date`, of `status` in
    /// `jurisdiction`; pass `None` for either to accept any. Events without
    /// a date (states seen `as_of` a date) are skipped, never taken as the
    /// earliest. A date known only to the year or month sorts before the
    /// fuller dates of that year or month; of equal dates, the first in the
    /// record is returned.
    ///
    /// The record lists the events its sources show, which may not be all
    /// there were: call it the earliest *listed* event, not the first.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Jurisdiction, RegulatoryStatus};
    /// let lu = catalog().lookup("Pluvicto")?;
    /// let us = lu.earliest(Jurisdiction::Us, RegulatoryStatus::Approved).unwrap();
    /// assert_eq!(us.date.unwrap().to_string(), "2022-03-23");
    /// assert!(lu.earliest(None, None).is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn earliest(
        &self,
        jurisdiction: impl Into<Option<Jurisdiction>>,
        status: impl Into<Option<RegulatoryStatus>>,
    ) -> Option<&RegulatoryEvent> {
        self.dated(jurisdiction.into(), status.into())
            .min_by_key(|r| r.date)
    }

    /// The latest listed regulatory event with a `date`, of `status` in
    /// `jurisdiction` (`None` for any); undated events are skipped. Of
    /// equal dates, the last in the record is returned.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Jurisdiction, RegulatoryStatus};
    /// let lu = catalog().lookup("Pluvicto")?;
    /// let last = lu.latest(Jurisdiction::Us, None).unwrap();
    /// let first = lu.earliest(Jurisdiction::Us, None).unwrap();
    /// assert!(last.date >= first.date);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn latest(
        &self,
        jurisdiction: impl Into<Option<Jurisdiction>>,
        status: impl Into<Option<RegulatoryStatus>>,
    ) -> Option<&RegulatoryEvent> {
        self.dated(jurisdiction.into(), status.into())
            .max_by_key(|r| r.date)
    }

    fn dated(
        &self,
        jurisdiction: Option<Jurisdiction>,
        status: Option<RegulatoryStatus>,
    ) -> impl Iterator<Item = &RegulatoryEvent> {
        self.regulatory.iter().filter(move |r| {
            r.date.is_some()
                && jurisdiction.is_none_or(|j| r.jurisdiction == j)
                && status.is_none_or(|s| r.status == s)
        })
    }
}
