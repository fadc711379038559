//! Filters the embedded catalog by criteria given as `key=value` arguments.
//!
//! Run with `cargo run --example filter -- pain-pattern=focal use=labelled`.
//! Keys: category, lifecycle, condition, pain-pattern, site, tumour, use,
//! jurisdiction, regulatory, source-kind, evidence (randomised,
//! prospective, observational: that design or stronger), comparator (true/false),
//! code (SYSTEM:CODE, such as icd-10-cm:C79.51).

use std::{
    io::{self, Write},
    process::ExitCode,
};

use io_pain_modalities::{Catalog, Error, NOTICE, Query, catalog};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let stderr = io::stderr();
    match run(catalog(), &args, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(_) => ExitCode::FAILURE,
    }
}

const KEYS: &str = "category, lifecycle, condition, pain-pattern, site, tumour, use, jurisdiction, regulatory, source-kind, evidence, comparator, code";

fn apply<'a>(q: Query<'a>, key: &str, value: &'a str) -> Result<Query<'a>, String> {
    let e = |e: Error| e.to_string();
    Ok(match key {
        "category" => q.category(value.parse().map_err(e)?),
        "lifecycle" => q.lifecycle(value.parse().map_err(e)?),
        "condition" => q.condition(value.parse().map_err(e)?),
        "pain-pattern" => q.pain_pattern(value.parse().map_err(e)?),
        "site" => q.site(value.parse().map_err(e)?),
        "tumour" => q.tumour(value.parse().map_err(e)?),
        "use" => q.use_kind(value.parse().map_err(e)?),
        "jurisdiction" => q.jurisdiction(value.parse().map_err(e)?),
        "regulatory" => q.regulatory_status(value.parse().map_err(e)?),
        "source-kind" => q.source_kind(value.parse().map_err(e)?),
        "evidence" => q.min_evidence(value.parse().map_err(e)?),
        "comparator" => q.comparator(
            value
                .parse()
                .map_err(|_| format!("invalid comparator {value:?}: expected true or false"))?,
        ),
        "code" => {
            let (system, code) = value.split_once(':').ok_or_else(|| {
                format!("invalid code {value:?}: expected SYSTEM:CODE such as icd-10-cm:C79.51")
            })?;
            q.code(system.parse().map_err(e)?, code)
        }
        _ => return Err(format!("unknown criterion {key:?}: expected one of {KEYS}")),
    })
}

/// Prints the modalities matching `args` to `out`, or the problem to `err`.
pub fn run(
    c: &Catalog,
    args: &[String],
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<bool> {
    let mut q = c.query();
    for arg in args {
        let Some((key, value)) = arg.split_once('=') else {
            writeln!(
                err,
                "invalid argument {arg:?}: expected KEY=VALUE with KEY one of {KEYS}"
            )?;
            return Ok(false);
        };
        q = match apply(q, key, value) {
            Ok(q) => q,
            Err(msg) => {
                writeln!(err, "{msg}")?;
                return Ok(false);
            }
        };
    }
    writeln!(out, "{NOTICE}")?;
    writeln!(
        out,
        "criteria: {}",
        if args.is_empty() {
            "none".to_owned()
        } else {
            args.join(" ")
        }
    )?;
    let mut n = 0;
    for m in q {
        n += 1;
        writeln!(out, "- {} ({}; {})", m.name, m.id, m.category.label())?;
    }
    writeln!(out, "{n} of {} modalities match", c.len())?;
    Ok(true)
}
