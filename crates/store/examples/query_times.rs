//! Times typical queries on a store, in process: `cargo run --release -p kroniek-store
//! --example query_times -- STORE.db`. Prints the first run (which counts the matches) and
//! the median of 20 more (the total is cached until the store changes).
use kroniek_store::{Query, Store};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: query_times STORE.db");
    let store = Store::open(std::path::Path::new(&path)).expect("the store opens");
    let stats = store.stats().expect("stats");
    println!("store: {} articles, {} events", stats.articles, stats.events);
    let busiest = stats.by_country.iter().max_by_key(|(_, n)| **n).map(|(c, _)| c.clone()).unwrap_or_else(|| "SYR".into());
    let cases: Vec<(String, Vec<(&str, String)>)> = vec![
        (format!("country {busiest}, newest 100"), vec![("country", busiest.clone())]),
        ("one month, newest 100".into(), vec![("since", "2024-03".into()), ("until", "2024-03".into())]),
        (format!("country {busiest} + month"), vec![("country", busiest.clone()), ("since", "2024-06".into()), ("until", "2024-06".into())]),
        ("type ASSAULT".into(), vec![("type", "ASSAULT".into())]),
        ("near Kharkiv 50 km".into(), vec![("near", "49.99,36.23,50".into())]),
        ("actor SDNREB".into(), vec![("actor", "SDNREB".into())]),
    ];
    for (name, pairs) in cases {
        let q = Query::from_pairs(&pairs).expect("a valid query");
        let t = Instant::now();
        std::hint::black_box(store.query(&q).expect("the query runs").total);
        let first = t.elapsed().as_secs_f64() * 1000.0;
        let mut times: Vec<f64> = (0..20)
            .map(|_| {
                let t = Instant::now();
                let found = store.query(&q).expect("the query runs");
                std::hint::black_box(found.total);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let total = store.query(&q).expect("the query runs").total;
        println!("{name:<32} {first:>8.1} ms first (counting), {:>6.1} ms median after  ({total} matching)", times[10]);
    }
}
