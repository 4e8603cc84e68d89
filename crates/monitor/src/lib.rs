//! Ceasefire monitoring: which declared truces hold.
//!
//! [`monitor`] reads coded events (from one article or a whole store) and hand-made
//! [`Declaration`]s and returns [`Ceasefire`] records:
//! - a truce is found where an AGREE or RETREAT event has mode `ceasefire`; its parties are the
//!   signatories plus the forces they back in the same report (Russia's agreement covers the
//!   army it supports); its zone is the place of the truce, its start the date and time given;
//!   reports of the same truce (same zone, shared signatories, starts within two weeks) merge;
//! - a violation is a violent event (ASSAULT) after the start, inside the zone, by or against a
//!   party; earlier ones are kept apart as `before_start`; violence by non-parties or outside
//!   the zone is not a violation;
//! - a claim is an accusation in a sentence about the truce ("accused the army of breaking the
//!   truce"), with who claims, whom it accuses, and who denies.
//!
//! ```
//! use kroniek_monitor::{monitor, Status};
//! let ceasefires = monitor(&[], &[]);
//! assert!(ceasefires.is_empty());
//! assert_eq!(Status::Holding.as_str(), "holding");
//! ```
#![deny(missing_docs)]

mod declaration;
mod truce;

pub use declaration::{Declaration, DeclarationError};
pub use truce::{monitor, Ceasefire, Claim, Status, Violation};
