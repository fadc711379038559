//! Writes the catalog as a static website that opens from a folder.
//!
//! ```sh
//! cargo run --features html --example site -- OUT_DIR [EXTRA_CATALOG.json]
//! ```
//!
//! With a second argument, your catalog file is merged into the embedded one
//! first. A file that does not load is reported with its precise error and
//! nothing is written; the site is written into a new folder that then
//! takes OUT_DIR's place, so a failure never leaves half a site behind.

use std::{path::PathBuf, process::ExitCode};

use io_pain_modalities::{catalog, html};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, extra) = match args.as_slice() {
        [out] => (PathBuf::from(out), None),
        [out, extra] => (PathBuf::from(out), Some(PathBuf::from(extra))),
        _ => {
            eprintln!(
                "usage: cargo run --features html --example site -- OUT_DIR [EXTRA_CATALOG.json]"
            );
            return ExitCode::from(2);
        }
    };
    let mut c = catalog().clone();
    if let Some(path) = &extra {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: could not read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = c.merge_json(&text) {
            eprintln!("error: {}: {e}", path.display());
            eprintln!("nothing was written");
            return ExitCode::FAILURE;
        }
    }
    let site = match html::render(&c) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = site.write_to(&out) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "wrote {} files ({} KiB) to {}; open {} in a browser",
        site.files().len(),
        site.len_bytes().div_ceil(1024),
        out.display(),
        out.join("index.html").display()
    );
    ExitCode::SUCCESS
}
