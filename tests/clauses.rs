//! The clause map as a user meets it: a statement whose figure or date no
//! cited source holds is rejected with its path, and a derived figure is
//! held only with the figures it came from.

use io_pain_modalities::{Catalog, Error};

/// A figure of a statement that no cited source holds in the clause map is
/// rejected, with the statement's path and the figure.
#[test]
fn a_figure_no_source_holds_is_rejected_with_its_path() {
    let json = std::fs::read_to_string("tests/bad/figure-not-held.json").unwrap();
    let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else {
        panic!("the file has an unheld figure");
    };
    let p = problems.first();
    assert_eq!(p.path, "modalities[0].summary.text");
    assert!(
        matches!(&p.rule, io_pain_modalities::Rule::FigureNotHeld { figure } if figure == "2019")
    );
}

/// Loads the test file at `path` with `key` of the first clause-map entry
/// of its first modality's summary set to `value`.
fn summary_support_with(
    path: &str,
    key: &str,
    value: serde_json::Value,
) -> io_pain_modalities::Result<Catalog> {
    let json = std::fs::read_to_string(path).unwrap();
    let mut file: serde_json::Value = serde_json::from_str(&json).unwrap();
    file["modalities"][0]["summary"]["support"][0][key] = value;
    Catalog::from_json(&file.to_string())
}

/// A figure the cited source does not give as written is held only when
/// the clause map marks it as derived from figures the source does give;
/// a derived figure must be in the text and name what it came from.
#[test]
fn a_derived_figure_is_held_only_with_what_it_came_from() {
    use io_pain_modalities::{Derivation, Rule};
    let with = |derived| summary_support_with("tests/bad/figure-not-held.json", "derived", derived);

    let c = with(serde_json::json!([
        {"figure": "2019", "from": ["2019-05-01"], "how": "rounding"}
    ]))
    .unwrap();
    let support = &c.modalities()[0].summary.support[0];
    assert_eq!(support.derived[0].how, Derivation::Rounding);

    let path = "modalities[0].summary.support[0].derived[0]";
    let Err(Error::Invalid(problems)) = with(serde_json::json!([
        {"figure": "2019", "from": [], "how": "rounding"}
    ])) else {
        panic!("a derived figure from nothing is rejected");
    };
    let p = problems.first();
    assert_eq!(p.path, format!("{path}.from"));
    assert!(matches!(&p.rule, Rule::DerivedFromNothing { figure } if figure == "2019"));

    let Err(Error::Invalid(problems)) = with(serde_json::json!([
        {"figure": "2020", "from": ["2020-01"], "how": "rounding"}
    ])) else {
        panic!("a derived figure the text lacks is rejected");
    };
    let rules: Vec<_> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.rule))
        .collect();
    assert!(rules.iter().any(|(at, r)| *at == format!("{path}.figure")
        && matches!(r, Rule::HeldFigureNotInText { figure } if figure == "2020")));
    assert!(
        rules
            .iter()
            .any(|(at, r)| *at == "modalities[0].summary.text"
                && matches!(r, Rule::FigureNotHeld { figure } if figure == "2019"))
    );
}

/// A date of a statement that names a month is compared as a date: a
/// source holding the year alone does not hold it.
#[test]
fn dates_are_held_as_dates_and_figures_as_numbers() {
    use io_pain_modalities::Rule;
    let with = |holds| summary_support_with("tests/bad/date-not-held.json", "holds", holds);
    let Err(Error::Invalid(problems)) = with(serde_json::json!(["43", "2019"])) else {
        panic!("a year alone does not hold June 2019");
    };
    let p = problems.first();
    assert_eq!(p.path, "modalities[0].summary.text");
    assert!(matches!(&p.rule, Rule::DateNotHeld { date } if date == "June 2019"));

    assert!(with(serde_json::json!(["43", "June 2019"])).is_ok());
    // What a map holds is written as in the text.
    let Err(Error::Invalid(problems)) = with(serde_json::json!(["43", "2019-06"])) else {
        panic!("2019-06 is not written in the text");
    };
    assert!(
        problems.iter().any(
            |p| matches!(&p.rule, Rule::HeldFigureNotInText { figure } if figure == "2019-06")
        )
    );
}
