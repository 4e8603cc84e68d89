//! Prints what the pipeline codes in one text: `cargo run -p kroniek --example debug -- TEXT`.
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let pipeline = kroniek::Pipeline::new(kroniek::PipelineConfig::default()).expect("data loads");
    let article = kroniek::Article::from_text(text, kroniek::types::Date::ymd(2024, 5, 18));
    let coded = pipeline.code(&article);
    println!("language {:?} skipped {:?}", coded.language, coded.skipped);
    for e in &coded.events {
        let code = |a: &Option<kroniek::types::Actor>| a.as_ref().map_or("-".into(), |a| a.code.clone());
        let counts: Vec<String> = [("killed", e.fatalities), ("injured", e.injured), ("arrested", e.arrested), ("displaced", e.displaced)]
            .iter()
            .filter_map(|(k, v)| v.map(|v| format!("{k} {v}")))
            .collect();
        let place = e.location.as_ref().map_or("-", |p| p.name.as_str());
        let date = e.date.map_or("-".to_string(), |d| d.to_string());
        println!("{} {} «{}» {} -> {} [{}] @{place} {date}: {}", e.event_type, e.cameo, e.trigger, code(&e.source), code(&e.target), counts.join(", "), e.sentence);
    }
}
