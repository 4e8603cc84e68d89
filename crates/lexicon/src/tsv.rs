//! Reading the TSV files of FORMAT.md: comments, columns, `|`-separated forms.

use crate::{Error, Result};
use std::path::{Path, PathBuf};

/// One data line: its number and its columns.
pub(crate) struct Row<'a> {
    pub line: usize,
    pub cols: Vec<&'a str>,
    path: &'a Path,
}

impl<'a> Row<'a> {
    /// Column `i`, trimmed; empty when absent.
    pub fn col(&self, i: usize) -> &'a str {
        self.cols.get(i).map_or("", |c| c.trim())
    }

    /// Column `i`, which must not be empty.
    pub fn required(&self, i: usize, what: &str) -> Result<&'a str> {
        match self.col(i) {
            "" => Err(self.error(format!("missing {what} (column {})", i + 1))),
            v => Ok(v),
        }
    }

    pub fn error(&self, message: String) -> Error {
        Error::Syntax { path: self.path.to_path_buf(), line: self.line, message }
    }
}

/// A file's text, or `None` when the file does not exist (every file is optional).
pub(crate) fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io { path: path.to_path_buf(), source }),
    }
}

/// Calls `f` on every data row of the file, if it exists.
pub(crate) fn for_each_row(path: PathBuf, mut f: impl FnMut(Row<'_>) -> Result<()>) -> Result<()> {
    let Some(text) = read_optional(&path)? else { return Ok(()) };
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_end_matches('\r');
        if trimmed.trim().is_empty() || trimmed.trim_start().starts_with('#') {
            continue;
        }
        f(Row { line: i + 1, cols: trimmed.split('\t').collect(), path: &path })?;
    }
    Ok(())
}

/// The non-empty forms of a `|`-separated column.
pub(crate) fn forms(col: &str) -> impl Iterator<Item = &str> {
    col.split('|').map(str::trim).filter(|f| !f.is_empty())
}
