//! End-to-end tests of the kroniek binary.
