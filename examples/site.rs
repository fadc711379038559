//! Writes the catalog as a static website that opens from a folder.
//!
//! ```sh
//! cargo run --features html --example site -- OUT_DIR [EXTRA_CATALOG.json]
//! ```
//!
//! With a second argument, your catalog file is merged into the embedded one
//! first. A file that does not load is reported with every problem it has,
//! each with its JSON path, and nothing is written; the site is written
//! into a new folder that then takes OUT_DIR's place, so a failure never
//! leaves half a site behind.

use std::{
    io::{self, Write},
    path::PathBuf,
    process::ExitCode,
};

use io_pain_modalities::{catalog, html};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args, &mut io::stdout().lock(), &mut io::stderr().lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the site as `args` ask; `Ok(false)` after reporting an error.
pub fn run(args: &[String], out: &mut impl Write, err: &mut impl Write) -> io::Result<bool> {
    let (dir, extra) = match args {
        [dir] => (PathBuf::from(dir), None),
        [dir, extra] => (PathBuf::from(dir), Some(PathBuf::from(extra))),
        _ => {
            writeln!(
                err,
                "usage: cargo run --features html --example site -- OUT_DIR [EXTRA_CATALOG.json]"
            )?;
            return Ok(false);
        }
    };
    let mut c = catalog().clone();
    if let Some(path) = &extra {
        let loaded = std::fs::read_to_string(path)
            .map_err(|e| format!("could not read {}: {e}", path.display()))
            .and_then(|text| {
                c.merge_json(&text)
                    .map_err(|e| format!("{}: {e}", path.display()))
            });
        if let Err(message) = loaded {
            writeln!(err, "error: {message}")?;
            writeln!(err, "nothing was written")?;
            return Ok(false);
        }
    }
    let written = html::render(&c).and_then(|site| site.write_to(&dir).map(|()| site));
    match written {
        Ok(site) => {
            writeln!(
                out,
                "wrote {} files ({} KiB) to {}; open {} in a browser",
                site.files().len(),
                site.len_bytes().div_ceil(1024),
                dir.display(),
                dir.join("index.html").display()
            )?;
            Ok(true)
        }
        Err(e) => {
            writeln!(err, "error: {e}")?;
            Ok(false)
        }
    }
}
