//! Writing a rendered site into a folder, all or nothing.

use std::{
    fs,
    path::{Path, PathBuf},
};

use super::{Site, layout::GENERATOR};
use crate::{Error, Result};

impl Site {
    /// Writes the site into the folder `dir`, all or nothing.
    ///
    /// The files are written into a new folder beside `dir`, which then
    /// takes its place. `dir` may be missing, empty, or a site written
    /// earlier (its `index.html` names this generator); any other folder is
    /// left alone and is an error, so that a mistyped path never replaces
    /// someone's files.
    ///
    /// # Errors
    ///
    /// [`Error::Site`] naming the path when `dir` is not a folder this may
    /// replace, or when writing fails; `dir` is then as it was.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("io-pain-site-doctest-{}", std::process::id()));
    /// let site = io_pain_modalities::html::render(io_pain_modalities::catalog())?;
    /// site.write_to(&dir)?;
    /// site.write_to(&dir)?; // replacing an earlier site is fine
    /// assert!(dir.join("index.html").is_file());
    /// std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_to(&self, dir: impl AsRef<Path>) -> Result<()> {
        let dir = dir.as_ref();
        let replace = check_target(dir).map_err(|m| err(dir, m))?;
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = dir
            .file_name()
            .ok_or_else(|| err(dir, "is not a folder name".to_owned()))?
            .to_string_lossy()
            .into_owned();
        let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| err(&staging, e.to_string()))?;
        }
        if let Err(e) = self.write_files(&staging) {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
        if replace {
            let old = parent.join(format!(".{name}.old-{}", std::process::id()));
            swap_in(&staging, dir, &old)
        } else {
            move_in(&staging, dir)
        }
    }

    fn write_files(&self, root: &Path) -> Result<()> {
        for (path, contents) in self.files() {
            let target = path.split('/').fold(root.to_path_buf(), |p, s| p.join(s));
            if let Some(folder) = target.parent() {
                fs::create_dir_all(folder).map_err(|e| err(folder, e.to_string()))?;
            }
            fs::write(&target, contents).map_err(|e| err(&target, e.to_string()))?;
        }
        Ok(())
    }
}

fn err(path: &Path, message: String) -> Error {
    Error::Site {
        path: path.display().to_string(),
        message,
    }
}

/// Replaces the earlier site `dir` with `staging`, moving it to `old`
/// first and back if the swap fails.
fn swap_in(staging: &Path, dir: &Path, old: &Path) -> Result<()> {
    if let Err(e) = fs::rename(dir, old) {
        let _ = fs::remove_dir_all(staging);
        return Err(err(dir, e.to_string()));
    }
    if let Err(e) = fs::rename(staging, dir) {
        // Put the earlier site back.
        let _ = fs::rename(old, dir);
        let _ = fs::remove_dir_all(staging);
        return Err(err(dir, e.to_string()));
    }
    fs::remove_dir_all(old).map_err(|e| err(old, e.to_string()))
}

/// Moves `staging` to `dir`, which is missing or an empty folder.
fn move_in(staging: &Path, dir: &Path) -> Result<()> {
    if dir.exists() {
        // An empty folder: take its place.
        fs::remove_dir(dir).map_err(|e| err(dir, e.to_string()))?;
    }
    if let Err(e) = fs::rename(staging, dir) {
        let _ = fs::remove_dir_all(staging);
        return Err(err(dir, e.to_string()));
    }
    Ok(())
}

/// Whether `dir` holds an earlier site to replace (`Ok(true)`), is missing
/// or empty (`Ok(false)`), or must be left alone (`Err`).
fn check_target(dir: &Path) -> std::result::Result<bool, String> {
    if !dir.exists() {
        return Ok(false);
    }
    if !dir.is_dir() {
        return Err("exists and is not a folder".to_owned());
    }
    let mut entries = fs::read_dir(dir).map_err(|e| e.to_string())?;
    if entries.next().is_none() {
        return Ok(false);
    }
    let index = fs::read_to_string(dir.join("index.html")).unwrap_or_default();
    let marker = format!("<meta name=\"generator\" content=\"{GENERATOR}\">");
    if index.contains(&marker) {
        Ok(true)
    } else {
        Err(
            "is a folder that is not empty and holds no site written by io-pain-modalities; \
             choose a new or empty folder"
                .to_owned(),
        )
    }
}
