//! Kroniek recognisers: actors, places, numbers and dates found in prepared text.
#![deny(missing_docs)]
