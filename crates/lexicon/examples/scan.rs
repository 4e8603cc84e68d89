//! Prints how many forms a language has and how fast its compiled matcher scans a text:
//! `cargo run --release -p kroniek-lexicon --example scan -- LANG FILE`.
use kroniek_lexicon::{Codebook, Lexicon};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let (lang, file) = (args.next().unwrap_or_else(|| "en".into()), args.next().expect("a text file"));
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let book = Codebook::load(&data).expect("codebook");
    let t = Instant::now();
    let lexicon = Lexicon::for_language(&data, &lang, &book).expect("lexicon").expect("a lexicon folder");
    println!("{lang}: {} forms, compiled in {} ms", lexicon.pattern_count(), t.elapsed().as_millis());
    let text = kroniek_text::fold(&std::fs::read_to_string(file).expect("a UTF-8 text file"));
    let mut hits = Vec::new();
    // The best of ten passes: the figure least disturbed by the rest of the machine.
    let mut secs = f64::MAX;
    for _ in 0..10 {
        let t = Instant::now();
        hits.clear();
        lexicon.scan(&text, &mut hits);
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    println!("scan: {} hits in {:.1} MB at {:.0} MB/s", hits.len(), text.len() as f64 / 1e6, text.len() as f64 / 1e6 / secs);
}
