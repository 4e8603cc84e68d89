//! `cargo bench`: Kroniek's coding throughput on the generated corpus (issue 5's figures).
//!
//! Prints start-up (lexicons and gazetteer loaded, first article coded), then MB/s,
//! articles/s and events/s for coding alone and for coding plus JSON Lines encoding, on one
//! core and on all cores, and the process's peak memory. Not a test: nothing is asserted.
//! `KRONIEK_BENCH_ARTICLES` sets the corpus size (default 5,000 articles, about 18 MB);
//! `KRONIEK_BENCH_MIX=day` or `conflict` measures one mix only (for profiling).

use kroniek::gen::Mix;
use kroniek::{Article, EventWriter, Format, Pipeline, PipelineConfig};
use rayon::prelude::*;
use std::time::Instant;

/// Coding allocates many small short-lived strings and vectors per article; mimalloc's
/// thread-local free lists serve them at a fraction of glibc malloc's cost (see README, Measured).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let started = Instant::now();
    let pipeline = Pipeline::new(PipelineConfig::default()).expect("reference data (run scripts/setup)");
    let loaded = started.elapsed();
    let probe = Article::from_text("Russian forces shelled Kharkiv on Monday, killing three civilians.", None);
    pipeline.code(&probe);
    println!(
        "start-up: data loaded in {} ms, first article coded at {} ms",
        loaded.as_millis(),
        started.elapsed().as_millis()
    );

    let n: usize = std::env::var("KRONIEK_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(5000);
    let only = std::env::var("KRONIEK_BENCH_MIX").ok();
    for (mix, name) in [(Mix::Day, "day"), (Mix::Conflict, "conflict")] {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut corpus = Vec::new();
        kroniek::gen::generate(&kroniek::data_dir(), n, 1, mix, &mut corpus).expect("generating the corpus");
        let articles: Vec<Article> = corpus
            .split(|&b| b == b'\n')
            .filter(|line| !line.is_empty())
            .flat_map(|line| kroniek::read::articles_from_json(line, "generated").expect("the generator writes valid JSON Lines"))
            .collect();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        println!("corpus: {} articles, {:.1} MB of text (kroniek gen --seed 1 --mix {name})", articles.len(), bytes as f64 / 1e6);
        measure(&pipeline, &articles, bytes);
    }
    println!("peak memory: {} MB", kroniek::peak_rss_mb().map_or("?".into(), |m| m.to_string()));
}

/// Codes `articles` on one core and on all cores, with and without encoding, and prints the rates.
fn measure(pipeline: &Pipeline, articles: &[Article], bytes: usize) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut threads = vec![1];
    if cores > 1 {
        threads.push(cores);
    }
    for &t in &threads {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(t).build().expect("thread pool");
        for encode in [false, true] {
            let t0 = Instant::now();
            let (events, out_bytes) = pool.install(|| {
                articles
                    .par_iter()
                    .map(|a| code_one(pipeline, a, encode))
                    .reduce(|| (0, 0), |x, y| (x.0 + y.0, x.1 + y.1))
            });
            let secs = t0.elapsed().as_secs_f64();
            println!(
                "{t} thread{}, {:<22} {:6.1} MB/s {:7.0} articles/s {:8.0} events/s{}",
                if t == 1 { " " } else { "s" },
                if encode { "code + JSON Lines out:" } else { "code only:" },
                bytes as f64 / 1e6 / secs,
                articles.len() as f64 / secs,
                events as f64 / secs,
                if encode { format!(" ({:.1} MB of events)", out_bytes as f64 / 1e6) } else { String::new() },
            );
        }
    }
}

/// Codes one article (and encodes its events when asked); returns events and encoded bytes.
fn code_one(pipeline: &Pipeline, article: &Article, encode: bool) -> (usize, usize) {
    let coded = pipeline.code(article);
    let mut written = 0;
    if encode {
        let mut rows = EventWriter::rows_only(Vec::new(), Format::Jsonl);
        for event in &coded.events {
            rows.write(event).expect("writing to memory");
        }
        written = rows.finish().expect("writing to memory").len();
    }
    (coded.events.len(), written)
}
