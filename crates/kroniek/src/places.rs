//! The gazetteer behind the recogniser's place seam. Absent until `scripts/gazetteer/build.sh`
//! has built `data/built/gazetteer.tsv`; then events carry places only where a country is named.
use crate::{Error, Result};
use kroniek_places::{Gazetteer, RankContext};
use kroniek_recognise::{FoundPlace, PlaceSource};
use kroniek_types::Place;
use std::path::Path;

struct GazetteerSource(Gazetteer);

impl PlaceSource for GazetteerSource {
    fn places(&self, folded: &str, countries: &[String]) -> Vec<FoundPlace> {
        let ctx = RankContext { countries: countries.to_vec() };
        self.0
            .find(folded)
            .into_iter()
            .filter_map(|m| {
                let id = self.0.rank(m.candidates, &ctx)?;
                let entry = self.0.entry(id);
                let population = if entry.kind == kroniek_places::Kind::City { entry.population } else { 0 };
                Some(FoundPlace { start: m.start, end: m.end, place: self.0.place(id, ""), population })
            })
            .collect()
    }

    fn country(&self, iso3: &str) -> Option<Place> {
        Some(self.0.place(self.0.country(iso3)?, ""))
    }
}

/// Loads the built gazetteer under `data_dir`, if it has been built.
pub(crate) fn load(data_dir: &Path) -> Result<Option<Box<dyn PlaceSource + Send>>> {
    let path = Gazetteer::default_path(data_dir);
    if !path.exists() {
        return Ok(None);
    }
    let gazetteer = Gazetteer::load(&path).map_err(|e| Error::Data(e.to_string()))?;
    Ok(Some(Box::new(GazetteerSource(gazetteer))))
}
