//! Loads the built gazetteer and prints the time, memory and lookup speed: `cargo run --release
//! -p kroniek-places --example load [TEXT_FILE]`.
use kroniek_places::Gazetteer;
use std::time::Instant;

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn main() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let before = rss_kb();
    let t = Instant::now();
    let stop = Gazetteer::word_list(&data.join("places/stop.tsv"));
    let g = Gazetteer::load(&Gazetteer::default_path(&data), &stop).expect("built: scripts/gazetteer/build.sh");
    println!("{} places loaded in {} ms, {} MB", g.len(), t.elapsed().as_millis(), (rss_kb() - before) / 1024);
    if let Some(path) = std::env::args().nth(1) {
        let text = kroniek_text::fold(&std::fs::read_to_string(path).expect("a text file"));
        let t = Instant::now();
        let n = g.find(&text).len();
        let secs = t.elapsed().as_secs_f64();
        println!("find: {n} names in {:.1} MB at {:.1} MB/s", text.len() as f64 / 1e6, text.len() as f64 / 1e6 / secs);
    }
}
