/// Why the pipeline could not be built or run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon or gazetteer file could not be loaded.
    #[error("loading reference data: {0}")]
    Data(String),
}

/// Result with the facade's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
