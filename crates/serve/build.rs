//! Embeds the map outlines when scripts/web/build.sh has built them; without them the page
//! draws events on an empty sea.
use std::path::Path;

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/built/world.json");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("world.json");
    let bytes = std::fs::read(&src).unwrap_or_else(|_| b"[]".to_vec());
    std::fs::write(out, bytes).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed={}", src.display());
}
