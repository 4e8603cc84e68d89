use std::path::PathBuf;

/// Why an input could not be read as articles. Every variant names the input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The file or folder could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The input.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset})")]
    InvalidUtf8 {
        /// The input.
        path: PathBuf,
        /// First bad byte.
        offset: usize,
    },
    /// NUL bytes or control characters: a binary file.
    #[error("{path}: binary file, not an article")]
    Binary {
        /// The input.
        path: PathBuf,
    },
    /// No text at all.
    #[error("{path}: empty input, no article")]
    Empty {
        /// The input.
        path: PathBuf,
    },
    /// Larger than the configured limit.
    #[error("{path}: article of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// The input.
        path: PathBuf,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A JSON Lines record is malformed.
    #[error("{path}:{line}: {message}")]
    Json {
        /// The input.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with [`ReadError`].
pub type Result<T> = std::result::Result<T, ReadError>;
