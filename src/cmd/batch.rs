//! The shared engine of `code` and `ingest`: a reader thread streams articles in batches, a
//! rayon pool codes (and, for `code`, encodes) each batch, and the caller's sink sees the
//! results on one thread in input order.

use anyhow::Context;
use kroniek::read::{read_inputs, ReadError, ReaderConfig};
use kroniek::{Article, Coded, EventWriter, Format, Pipeline};
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles handed to the pool at a time: enough to keep every core busy, few enough that
/// memory stays flat on endless input.
const BATCH: usize = 256;

/// One input's result, in input order.
pub enum Item<'a> {
    /// An input (or a JSON line) that could not be read.
    Failed(&'a ReadError),
    /// An article and what the pipeline made of it; `encoded` holds its events in the requested
    /// format when one was asked for, and then `coded.events` is empty (the worker that made the
    /// events frees them) and `events` counts them.
    Coded { article: &'a Article, coded: Coded, encoded: Vec<u8>, events: usize },
}

/// Worker threads: the flag, else every core.
pub fn threads(flag: Option<usize>) -> usize {
    flag.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1)
}

/// Reads `inputs`, codes them on `threads` workers, and hands each result to `sink` in order.
pub fn run(
    inputs: &[PathBuf],
    threads: usize,
    pipeline: &Pipeline,
    encode: Option<Format>,
    mut sink: impl FnMut(Item<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<Article, ReadError>>>(2);
    let inputs = inputs.to_vec();
    let reader = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH);
        for item in read_inputs(&inputs, &ReaderConfig::default()) {
            batch.push(item);
            if batch.len() == BATCH && tx.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_err() {
                return;
            }
        }
        let _ = tx.send(batch);
    });
    for batch in rx {
        let results: Vec<Option<(Coded, Vec<u8>, usize)>> = pool.install(|| {
            batch
                .par_iter()
                .map(|item| {
                    let mut coded = pipeline.code(item.as_ref().ok()?);
                    let events = coded.events.len();
                    // About a kilobyte an event in JSON: reserved at once rather than grown.
                    let mut encoded = Vec::with_capacity(if encode.is_some() { coded.events.len() * 1024 } else { 0 });
                    if let Some(format) = encode {
                        let mut rows = EventWriter::rows_only(encoded, format);
                        for event in &coded.events {
                            rows.write(event).ok()?;
                        }
                        encoded = rows.finish().ok()?;
                        coded.events = Vec::new();
                    }
                    Some((coded, encoded, events))
                })
                .collect()
        });
        for (item, result) in batch.iter().zip(results) {
            match (item, result) {
                (Err(err), _) => sink(Item::Failed(err))?,
                (Ok(article), Some((coded, encoded, events))) => sink(Item::Coded { article, coded, encoded, events })?,
                (Ok(_), None) => {}
            }
        }
    }
    reader.join().map_err(|_| anyhow::anyhow!("the reader thread failed"))?;
    Ok(())
}

/// Where an article came from, for messages.
pub fn origin(article: &Article) -> &str {
    if article.origin.is_empty() { &article.id } else { &article.origin }
}
