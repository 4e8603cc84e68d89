//! Discovery and streaming: files, folders (recursively, sorted), standard input.

use crate::{html, jsonl, looks_binary, plain, sniff, Kind, ReadError, ReaderConfig, Result};
use kroniek_types::Article;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

const EXTENSIONS: &[&str] = &["txt", "text", "jsonl", "ndjson", "json", "html", "htm"];

/// The articles of a list of inputs, in order, each an article or the reason it is not one.
pub struct Articles {
    inputs: VecDeque<PathBuf>,
    config: ReaderConfig,
    pending: VecDeque<Result<Article>>,
    lines: Option<LineReader>,
}

struct LineReader {
    path: PathBuf,
    reader: Box<dyn BufRead>,
    line: usize,
    buf: Vec<u8>,
}

/// Reads `inputs` (files, folders, or `-` for standard input; none means standard input).
/// Folders are walked recursively in sorted order, taking files ending in .txt, .jsonl,
/// .ndjson, .json, .html or .htm; a file named explicitly is read whatever its name.
pub fn read_inputs(inputs: &[PathBuf], config: &ReaderConfig) -> Articles {
    let mut queue: VecDeque<PathBuf> = inputs.iter().cloned().collect();
    if queue.is_empty() {
        queue.push_back(PathBuf::from("-"));
    }
    Articles { inputs: queue, config: config.clone(), pending: VecDeque::new(), lines: None }
}

impl Iterator for Articles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if let Some(lines) = &mut self.lines {
                match next_line(lines, self.config.max_article_bytes) {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
                continue;
            }
            let path = self.inputs.pop_front()?;
            self.open(path);
        }
    }
}

impl Articles {
    fn open(&mut self, path: PathBuf) {
        if path.as_os_str() == "-" {
            let mut stdin = BufReader::with_capacity(1 << 16, std::io::stdin());
            let head = match stdin.fill_buf() {
                Ok(h) => h.to_vec(),
                Err(source) => return self.pending.push_back(Err(ReadError::Io { path, source })),
            };
            let path = PathBuf::from("<stdin>");
            match sniff(&head) {
                Kind::JsonLines => self.lines = Some(LineReader { path, reader: Box::new(stdin), line: 0, buf: Vec::new() }),
                kind => {
                    let mut bytes = Vec::new();
                    let limit = self.config.max_article_bytes as u64 + 1;
                    if let Err(source) = stdin.take(limit).read_to_end(&mut bytes) {
                        return self.pending.push_back(Err(ReadError::Io { path, source }));
                    }
                    self.whole(&path, bytes, kind);
                }
            }
            return;
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(source) => return self.pending.push_back(Err(ReadError::Io { path, source })),
        };
        if meta.is_dir() {
            match walk(&path) {
                Ok(files) => {
                    for f in files.into_iter().rev() {
                        self.inputs.push_front(f);
                    }
                }
                Err(e) => self.pending.push_back(Err(e)),
            }
            return;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(source) => return self.pending.push_back(Err(ReadError::Io { path, source })),
        };
        let mut reader = BufReader::with_capacity(1 << 16, file);
        let head = match reader.fill_buf() {
            Ok(h) => h.to_vec(),
            Err(source) => return self.pending.push_back(Err(ReadError::Io { path, source })),
        };
        if looks_binary(&head) {
            return self.pending.push_back(Err(ReadError::Binary { path }));
        }
        let kind = match ext.as_str() {
            "jsonl" | "ndjson" => Kind::JsonLines,
            "json" => Kind::JsonArray,
            "html" | "htm" => Kind::Html,
            _ => sniff(&head),
        };
        if kind == Kind::JsonLines {
            self.lines = Some(LineReader { path, reader: Box::new(reader), line: 0, buf: Vec::new() });
            return;
        }
        let limit = self.config.max_article_bytes;
        if meta.len() as usize > limit {
            return self.pending.push_back(Err(ReadError::TooLarge { path, size: meta.len() as usize, limit }));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        if let Err(source) = reader.read_to_end(&mut bytes) {
            return self.pending.push_back(Err(ReadError::Io { path, source }));
        }
        self.whole(&path, bytes, kind);
    }

    /// A whole file (or stdin) of one format.
    fn whole(&mut self, path: &Path, bytes: Vec<u8>, kind: Kind) {
        let path_buf = path.to_path_buf();
        if bytes.len() > self.config.max_article_bytes {
            let limit = self.config.max_article_bytes;
            return self.pending.push_back(Err(ReadError::TooLarge { path: path_buf, size: bytes.len(), limit }));
        }
        if looks_binary(&bytes) {
            return self.pending.push_back(Err(ReadError::Binary { path: path_buf }));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => return self.pending.push_back(Err(ReadError::InvalidUtf8 { path: path_buf, offset: e.utf8_error().valid_up_to() })),
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        if text.trim().is_empty() {
            return self.pending.push_back(Err(ReadError::Empty { path: path_buf }));
        }
        let origin = path.display().to_string();
        match kind {
            Kind::Plain => self.pending.push_back(Ok(plain::article(text, &origin))),
            Kind::Html => {
                let a = html::article(text, &origin);
                if a.text.trim().is_empty() {
                    self.pending.push_back(Err(ReadError::Empty { path: path_buf }));
                } else {
                    self.pending.push_back(Ok(a));
                }
            }
            // A JSON document: an array of articles, or one article object.
            Kind::JsonArray => match jsonl::array(text) {
                Ok(values) => {
                    for (i, v) in values.into_iter().enumerate() {
                        let item = jsonl::from_value(v, format!("{origin}[{i}]"))
                            .map_err(|message| ReadError::Json { path: path_buf.clone(), line: i + 1, message });
                        self.pending.push_back(item);
                    }
                }
                Err(_) => {
                    let item = jsonl::article(text, origin.clone()).map_err(|message| ReadError::Json { path: path_buf, line: 1, message });
                    self.pending.push_back(item);
                }
            },
            Kind::JsonLines => {
                for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                    let item = jsonl::article(line, format!("{origin}:{}", i + 1))
                        .map_err(|message| ReadError::Json { path: path_buf.clone(), line: i + 1, message });
                    self.pending.push_back(item);
                }
            }
        }
    }
}

/// The next record of a JSON Lines stream; lines over the limit are skipped without being held.
fn next_line(r: &mut LineReader, limit: usize) -> Option<Result<Article>> {
    loop {
        r.buf.clear();
        r.line += 1;
        let mut too_long = 0usize;
        loop {
            let (done, used) = {
                let chunk = match r.reader.fill_buf() {
                    Ok(c) => c,
                    Err(source) => return Some(Err(ReadError::Io { path: r.path.clone(), source })),
                };
                if chunk.is_empty() {
                    (true, 0)
                } else {
                    let (part, done) = match memchr::memchr(b'\n', chunk) {
                        Some(n) => (&chunk[..=n], true),
                        None => (chunk, false),
                    };
                    if too_long > 0 || r.buf.len() + part.len() > limit {
                        too_long += r.buf.len() + part.len();
                        r.buf.clear();
                    } else {
                        r.buf.extend_from_slice(part);
                    }
                    (done, part.len())
                }
            };
            if used == 0 {
                if r.buf.is_empty() && too_long == 0 {
                    return None;
                }
                break;
            }
            r.reader.consume(used);
            if done {
                break;
            }
        }
        let (path, line) = (r.path.clone(), r.line);
        if too_long > 0 {
            return Some(Err(ReadError::TooLarge { path, size: too_long, limit }));
        }
        // Binary data is told apart only once a line fails: control bytes are invalid in
        // JSON, so a line that parses is never binary, and the check cost a pass a line.
        let text = match std::str::from_utf8(&r.buf) {
            Ok(t) => t.trim(),
            Err(_) if looks_binary(&r.buf) => return Some(Err(ReadError::Binary { path })),
            Err(e) => return Some(Err(ReadError::InvalidUtf8 { path, offset: e.valid_up_to() })),
        };
        if text.is_empty() {
            continue;
        }
        let origin = format!("{}:{line}", path.display());
        return Some(jsonl::article(text, origin).map_err(|message| if looks_binary(&r.buf) { ReadError::Binary { path } } else { ReadError::Json { path, line, message } }));
    }
}

/// Article files under `dir`, sorted, recursively; links are not followed (no loops).
fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|source| ReadError::Io { path: d.clone(), source })?;
        let mut here: Vec<(PathBuf, bool)> = Vec::new();
        for e in entries {
            let e = e.map_err(|source| ReadError::Io { path: d.clone(), source })?;
            let ft = e.file_type().map_err(|source| ReadError::Io { path: e.path(), source })?;
            if ft.is_symlink() {
                continue;
            }
            here.push((e.path(), ft.is_dir()));
        }
        here.sort();
        for (p, is_dir) in here.into_iter().rev() {
            if is_dir {
                stack.push(p);
            } else if p.extension().and_then(|x| x.to_str()).is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str())) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("kroniek-read-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn folders_formats_and_errors_in_order() {
        let d = tmp("mix");
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("a.txt"), "date 2020-03\nEen.").unwrap();
        // A binary line past the head that sniffing reads is told apart from malformed JSON.
        let long = format!("{{\"id\":\"3\",\"text\":\"Drie.{}\"}}", " ".repeat(9000));
        std::fs::write(d.join("b.jsonl"), format!("{{\"id\":\"1\",\"text\":\"Twee.\"}}\n{{broken\n\n{long}\n{{\u{0}\u{0}\u{1}\u{2}\n")).unwrap();
        std::fs::write(d.join("c.txt"), b"\xff\xfe bad utf8").unwrap();
        std::fs::write(d.join("d.txt"), b"\x7fELF\0\0\0\x01").unwrap();
        std::fs::write(d.join("e.txt"), "  \n").unwrap();
        std::fs::write(d.join("sub/f.html"), "<html><p>Vier.</p></html>").unwrap();
        std::fs::write(d.join("skip.png"), b"\x89PNG").unwrap();
        let got: Vec<String> = read_inputs(std::slice::from_ref(&d), &ReaderConfig::default())
            .map(|r| match r {
                Ok(a) => format!("ok {}", a.text.trim()),
                Err(e) => format!("err {}", e.to_string().rsplit('/').next().unwrap()),
            })
            .collect();
        assert_eq!(
            got,
            [
                "ok Een.",
                "ok Twee.",
                "err b.jsonl:2: malformed JSON: key must be a string at line 1 column 2",
                "ok Drie.",
                "err b.jsonl: binary file, not an article",
                "err c.txt: not UTF-8 text (invalid byte at offset 0)",
                "err d.txt: binary file, not an article",
                "err e.txt: empty input, no article",
                "ok Vier.",
            ]
        );
        std::fs::remove_dir_all(d).ok();
    }

    #[test]
    fn oversized_inputs_are_skipped_with_a_reason() {
        let d = tmp("big");
        let line = "x".repeat(5000);
        std::fs::write(d.join("big.txt"), &line).unwrap();
        std::fs::write(d.join("big.jsonl"), format!("{{\"text\":\"{line}\"}}\n{{\"text\":\"small\"}}\n")).unwrap();
        let cfg = ReaderConfig { max_article_bytes: 1000 };
        let got: Vec<bool> = read_inputs(&[d.join("big.txt"), d.join("big.jsonl")], &cfg).map(|r| r.is_ok()).collect();
        assert_eq!(got, [false, false, true]);
        let missing: Vec<_> = read_inputs(&[d.join("nope.txt")], &cfg).collect();
        assert!(missing[0].as_ref().unwrap_err().to_string().contains("nope.txt"));
        std::fs::remove_dir_all(d).ok();
    }
}
