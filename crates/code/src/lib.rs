//! Kroniek event coder: clauses to PLOVER events with CAMEO and ACLED codes.
#![deny(missing_docs)]
