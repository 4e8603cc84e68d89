//! One module per subcommand: each parses nothing itself and returns the exit status.

pub mod batch;
pub mod ceasefire;
pub mod code;
pub mod eval;
pub mod gen;
pub mod places;
pub mod serve;
pub mod store;

/// A closed standard output (`kroniek code | head`) is success, as in ripgrep.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
