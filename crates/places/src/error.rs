use std::path::PathBuf;

/// Why the gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read (not built yet: run scripts/gazetteer/build.sh).
    #[error("{path}: {source} (build it with scripts/gazetteer/build.sh)")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not in the built format.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with the gazetteer [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
