//! The CAMEO → PLOVER table and the PLOVER → ACLED table: language-independent coding facts.

use crate::tsv::for_each_row;
use crate::Result;
use kroniek_types::EventType;
use kroniek_types::FxHashMap;
use std::path::Path;

/// PLOVER's reading of one CAMEO code.
#[derive(Debug, Clone)]
pub struct CameoCode {
    /// PLOVER type; `None` for CAMEO codes that are not events (public statements).
    pub event_type: Option<EventType>,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// PLOVER context.
    pub context: Option<String>,
}

/// ACLED's type for a PLOVER type and mode.
#[derive(Debug, Clone)]
pub struct AcledType {
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
}

/// Both tables, loaded once and shared by every language.
#[derive(Debug, Clone, Default)]
pub struct Codebook {
    cameo: FxHashMap<String, CameoCode>,
    acled: FxHashMap<(EventType, String), AcledType>,
}

impl Codebook {
    /// Loads `lexicons/common/cameo.tsv` and `acled.tsv` under `data_dir`.
    pub fn load(data_dir: &Path) -> Result<Codebook> {
        let common = data_dir.join("lexicons").join("common");
        let mut book = Codebook::default();
        for_each_row(common.join("cameo.tsv"), |row| {
            let code = row.required(0, "CAMEO code")?;
            let event_type = match row.col(1) {
                "" | "-" => None,
                t => Some(t.parse::<EventType>().map_err(|e| row.error(e))?),
            };
            let opt = |s: &str| (!s.is_empty() && s != "-").then(|| s.to_lowercase());
            book.cameo.insert(code.to_string(), CameoCode { event_type, mode: opt(row.col(2)), context: opt(row.col(3)) });
            Ok(())
        })?;
        for_each_row(common.join("acled.tsv"), |row| {
            let t = row.required(0, "PLOVER type")?.parse::<EventType>().map_err(|e| row.error(e))?;
            let acled = AcledType {
                event_type: row.required(2, "ACLED event type")?.to_string(),
                sub_event_type: row.col(3).to_string(),
            };
            book.acled.insert((t, row.col(1).to_lowercase()), acled);
            Ok(())
        })?;
        Ok(book)
    }

    /// PLOVER's reading of a CAMEO code.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.cameo.get(code)
    }

    /// ACLED's type for a PLOVER type and mode (falling back to the type's default row).
    pub fn acled(&self, event_type: EventType, mode: Option<&str>) -> Option<&AcledType> {
        mode.and_then(|m| self.acled.get(&(event_type, m.to_string())))
            .or_else(|| self.acled.get(&(event_type, String::new())))
    }
}
