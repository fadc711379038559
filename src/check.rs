//! Checking one record against a catalog, as loading would check it,
//! without building a catalog around it.

use crate::{
    Catalog, Error, Modality, Result,
    validate::{Base, Problems, validate},
};

impl Catalog {
    /// Checks one modality against this catalog: every rule a catalog file
    /// must pass, as if the record were merged (or, when a modality with
    /// its id is already present, as if it replaced it). Its statements may
    /// cite this catalog's sources.
    ///
    /// Deserialising a record alone (`serde_json::from_str::<Modality>`)
    /// checks only its shape: field names, types and vocabulary terms. It
    /// accepts an empty name, no indications, an uncited statement, a source
    /// the catalog lacks or a date in the future; this call catches them.
    ///
    /// Problems the record would cause elsewhere in the catalog (a source
    /// that only the replaced record cited and that is now cited by no
    /// statement) are not reported; [`Catalog::merge_json`] reports them.
    /// The check clones the catalog's records and validates them all, about
    /// as long as loading the catalog.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`](crate::Error::Invalid) with every problem of the
    /// record, each with its path as `modalities[0]...`.
    ///
    /// ```
    /// use io_pain_modalities::{catalog, Error, Modality, Rule};
    ///
    /// let c = catalog();
    /// let mut m: Modality = serde_json::from_str(&serde_json::to_string(c.get("vertebroplasty")?)?)?;
    /// assert!(c.check_modality(&m).is_ok());
    ///
    /// m.name.clear();
    /// m.indications.clear();
    /// let Err(Error::Invalid(problems)) = c.check_modality(&m) else { panic!() };
    /// assert!(problems.iter().any(|p| p.path == "modalities[0].name"));
    /// assert!(problems.iter().any(|p| matches!(p.rule, Rule::NoIndication { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_modality(&self, modality: &Modality) -> Result<()> {
        let mut parts = self.parts.clone();
        parts.modalities.retain(|m| m.id != modality.id);
        let base = Base {
            modalities: parts.modalities.len(),
            combinations: parts.combinations.len(),
            innovations: parts.innovations.len(),
            sources: parts.sources.len(),
            exclusions: parts.exclusions.len(),
            retired: parts.retired.len(),
        };
        parts.modalities.push(modality.clone());
        let Err(Error::Invalid(problems)) = validate(&parts, base, Catalog::validation_day())
        else {
            return Ok(());
        };
        let mut own = Problems::new();
        for p in problems
            .iter()
            .filter(|p| !p.path.starts_with("(base catalog)"))
        {
            own.push(&p.path, p.rule.clone());
        }
        own.into_result().map_err(Error::Invalid)
    }
}
