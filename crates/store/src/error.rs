use std::path::PathBuf;

/// Why the store could not do something.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite failed.
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The file was written by a newer Kroniek.
    #[error("{path}: this store has schema version {found}, newer than this kroniek reads ({supported}); upgrade kroniek")]
    TooNew {
        /// The store file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest this binary reads.
        supported: i64,
    },
    /// A stored record does not decode (written by a broken or foreign program).
    #[error("store: a stored record does not decode: {0}")]
    Corrupt(String),
}

/// Result with the store [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
