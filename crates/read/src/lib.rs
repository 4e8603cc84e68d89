//! Kroniek sources: plain text, JSON Lines and HTML articles from files, folders and stdin.
#![deny(missing_docs)]
