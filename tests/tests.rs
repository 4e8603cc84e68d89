//! End-to-end tests of the `kroniek` binary and the pipeline on real inputs.

use kroniek::eval::evaluate_dir;
use kroniek::{Pipeline, PipelineConfig};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Declares a test that runs in a fresh temporary folder, like ripgrep's `rgtest!`.
macro_rules! ktest {
    ($name:ident, |$dir:ident| $body:block) => {
        #[test]
        fn $name() {
            let $dir = TempDir::new(stringify!($name));
            $body
        }
    };
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("kroniek-it-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn kroniek(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kroniek")).args(args).stdin(Stdio::null()).output().unwrap()
}

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(PipelineConfig::default()).unwrap())
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn seed_article_yields_its_expected_events() {
    let shared = repo().join("../shared");
    if !shared.join("seed").is_dir() {
        eprintln!("../shared/seed is not beside the repository; skipped");
        return;
    }
    let report = evaluate_dir(pipeline(), &shared.join("tools/seed_gold.json"), &shared.join("seed")).unwrap();
    println!("{report}");
    for p in &report.problems {
        println!("{p}");
    }
    assert_eq!(report.faults, 0, "no actor from 'Lees ook' or the video credit, no event from boilerplate");
    // Without the gazetteer (scripts/gazetteer/build.sh) the fighting cannot be placed in Idlib.
    let want = if gazetteer_built() { report.expected } else { report.expected - 1 };
    assert!(report.found >= want, "found {} of {}", report.found, report.expected);
    // Where the truce was agreed ("in Moskou afgesproken") is no place of the fighting.
    if gazetteer_built() {
        let out = kroniek(&["code", shared.join("seed").to_str().unwrap()]);
        for e in events(&out).iter().filter(|e| e["event_type"] == "ASSAULT") {
            assert_ne!(e["location"]["name"], "Moscow", "{}", e["sentence"]);
        }
    }
}

fn gazetteer_built() -> bool {
    kroniek::data_dir().join("built/gazetteer.tsv").exists()
}

/// Our own English reports (26 written with the coder's first version, then fifty-two held-out
/// sets of 9, 6, 5, 10, 10, 8, 10, 10, 17, 17, 15, 15, 15, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11 and 11 written by
/// helpers who never ran the coder): a regression floor just under the level measured (recall 0.737 with the
/// gazetteer); raise it as the lexicons grow. The three faults: a political column whose truce talk
/// reads as events, a history feature on the Charge of the Light Brigade whose undated
/// sentences read as news, and an exhibition review whose museum board ended a quarrel "in a
/// ceasefire rather than a peace treaty".
#[test]
fn english_fixtures_score_at_least_the_recorded_floor() {
    let dir = repo().join("tests/data/en");
    let report = evaluate_dir(pipeline(), &dir.join("gold.json"), &dir).unwrap();
    println!("{report}");
    let floor = if gazetteer_built() { 0.73 } else { 0.40 };
    assert!(report.recall() >= floor, "recall {:.2}", report.recall());
    assert!(report.faults <= 3, "faults {}: {:?}", report.faults, report.problems);
}

/// Our own Dutch reports (21 written after the coder's first version, then fifty-two held-out
/// sets of 8, 6, 5, 10, 10, 8, 10, 10, 17, 17, 15, 15, 15, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11 and 11): a floor for
/// regressions, not a fair measure (recall 0.676 with the gazetteer). The two faults are past
/// killings in background sentences ("in juli kwamen al ruim tweehonderd mensen om") that the
/// second set's gold forbids; Kroniek codes them at their own dates.
#[test]
fn dutch_fixtures_score_at_least_the_recorded_floor() {
    let dir = repo().join("tests/data/nl");
    let report = evaluate_dir(pipeline(), &dir.join("gold.json"), &dir).unwrap();
    println!("{report}");
    let floor = if gazetteer_built() { 0.67 } else { 0.35 };
    assert!(report.recall() >= floor, "recall {:.2}", report.recall());
    assert!(report.faults <= 2, "faults {}: {:?}", report.faults, report.problems);
}

/// Every PLOVER type is expected somewhere in the gold files, and each has a trigger.
#[test]
fn fixtures_cover_every_plover_type() {
    let mut seen = std::collections::HashSet::new();
    for lang in ["en", "nl"] {
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(repo().join(format!("tests/data/{lang}/gold.json"))).unwrap()).unwrap();
        for article in gold.as_object().unwrap().values() {
            for e in article["events"].as_array().unwrap() {
                let types = e["types"].as_array().unwrap();
                if types.len() < 16 {
                    seen.insert(types[0].as_str().unwrap().to_string());
                }
            }
        }
    }
    for t in kroniek::types::EventType::ALL {
        assert!(seen.contains(t.as_str()), "no fixture expects {t}");
    }
}

#[test]
fn every_plover_type_is_reachable_from_some_lexicon() {
    let data = kroniek::data_dir();
    let cameo = std::fs::read_to_string(data.join("lexicons/common/cameo.tsv")).unwrap();
    let mut verbs = String::new();
    for lang in ["en", "nl"] {
        verbs += &std::fs::read_to_string(data.join(format!("lexicons/{lang}/verbs.tsv"))).unwrap();
    }
    let used: Vec<&str> = verbs.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(1)).collect();
    for t in kroniek::types::EventType::ALL {
        let reachable = cameo.lines().any(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            cols.len() > 1 && cols[1] == t.as_str() && used.contains(&cols[0])
        });
        assert!(reachable || matches!(t.as_str(), "CONCEDE"), "{t} has no trigger");
    }
}

ktest!(same_input_gives_same_ids, |dir| {
    let f = dir.write("a.txt", "date 2024-05-08\nRussian troops shelled Kupiansk on Monday, killing three civilians. Ukraine accused Russia of war crimes.");
    let (a, b) = (kroniek(&["code", f.to_str().unwrap()]), kroniek(&["code", f.to_str().unwrap()]));
    assert!(a.status.success());
    let ids = |o: &Output| events(o).iter().map(|e| e["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert!(!ids(&a).is_empty());
    assert_eq!(ids(&a), ids(&b));
    let e = &events(&a)[0];
    let [s, t] = [e["evidence"][0].as_u64().unwrap() as usize, e["evidence"][1].as_u64().unwrap() as usize];
    let text = std::fs::read_to_string(&f).unwrap();
    let body = text.split_once('\n').unwrap().1;
    assert_eq!(&body[s..t], e["sentence"].as_str().unwrap(), "evidence offsets index the article text");
});

ktest!(bad_inputs_are_named_and_the_rest_is_coded, |dir| {
    let good = dir.write("good.txt", "date 2020-03\nDe rebellen krijgen steun uit Turkije.");
    let binary = dir.write("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0");
    let utf8 = dir.write("latin1.txt", b"De rebellen vielen Idlib aan \xe9\xe9n keer.");
    let empty = dir.write("empty.txt", "");
    let jsonl = dir.write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"Rusland steunt het leger.\",\"date\":\"2020-03-01\"}\n{broken\n");
    let huge = dir.write("huge.txt", "a".repeat(50 << 20));
    let out = kroniek(&["code", good.to_str().unwrap(), binary.to_str().unwrap(), utf8.to_str().unwrap(), empty.to_str().unwrap(), jsonl.to_str().unwrap(), huge.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (name, why) in [("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("empty.txt", "empty"), ("mixed.jsonl:2", "malformed JSON"), ("huge.txt", "exceeds the limit")] {
        assert!(err.contains(name) && err.contains(why), "{name}: {err}");
    }
    assert!(!err.contains("panicked"));
    let evs = events(&out);
    assert!(evs.iter().any(|e| e["article_id"] == "a"), "the good JSON line is coded");
    assert!(evs.iter().any(|e| e["event_type"] == "COOPERATE" || e["event_type"] == "SUPPORT"), "the good file is coded");
});

ktest!(unknown_language_is_skipped_with_a_reason, |dir| {
    let de = dir.write("de.txt", "In der Region wurde in den letzten Wochen heftig gekämpft, wodurch fast eine Million Menschen geflohen sind.");
    let out = kroniek(&["code", de.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("German"));
});

ktest!(html_and_stdin_and_formats, |dir| {
    let html = dir.write("a.html", "<html><head><title>x</title></head><body><nav>Home Sport</nav><article><p>Russian forces shelled Kharkiv on Monday, killing three civilians.</p></article></body></html>");
    let out = kroniek(&["code", html.to_str().unwrap(), "--format", "csv"]);
    assert!(out.status.success());
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("id,article_id,language,event_type"));
    assert!(csv.lines().count() >= 2, "{csv}");
    let acled = kroniek(&["code", html.to_str().unwrap(), "--format", "acled"]);
    assert!(String::from_utf8_lossy(&acled.stdout).starts_with("event_id_cnty,event_date,year"));
    assert_eq!(kroniek(&["code", "--format", "xml"]).status.code(), Some(2), "usage errors exit 2");
});

/// No text may make the pipeline panic: random strings over an alphabet of the characters that
/// break text code (case changes that change length, combining marks, dashes, quotes, digits,
/// capitals that look like datelines), and real reports cut at random places.
#[test]
fn no_text_panics_the_pipeline() {
    const ALPHABET: &[&str] = &[
        "A", "a", "Z", " ", "  ", ".", ",", ";", ":", "-", " - ", "—", "'", "\"", "“", "”", "(", ")", "é", "e\u{301}",
        "İ", "ß", "Σ", "ﬁ", "\n", "\n\n", "1", "59", "3-1", "100,000", "1.200", "Lees ook:", "Read more:", "PORT SUDAN,",
        "(Reuters)", "De ", "the ", "killed", "aanval", "Turkse", "president", "Erdogan", "bijna een miljoen", "May 18", "\u{0}",
        "\u{feff}", "👍", "om middernacht", "Dat hebben", "twee landen",
    ];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let corpus: Vec<String> = std::fs::read_dir(repo().join("tests/data/en"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    let cases: usize = std::env::var("KRONIEK_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(3000);
    for case in 0..cases {
        let text = if case % 3 == 0 {
            let doc = &corpus[(next() as usize) % corpus.len()];
            let mut cut = (next() as usize) % doc.len().max(1);
            while !doc.is_char_boundary(cut) {
                cut -= 1;
            }
            let mut from = (next() as usize) % (cut + 1);
            while !doc.is_char_boundary(from) {
                from -= 1;
            }
            doc[from..cut].to_string()
        } else {
            (0..(next() % 80)).map(|_| ALPHABET[(next() as usize) % ALPHABET.len()]).collect()
        };
        let article = kroniek::Article::from_text(text.clone(), kroniek::types::Date::ymd(2024, 2, 29));
        let result = std::panic::catch_unwind(|| pipeline().code(&article));
        assert!(result.is_ok(), "panicked on {text:?}");
    }
}

fn seed_dir() -> Option<PathBuf> {
    let d = repo().join("../shared/seed");
    d.is_dir().then_some(d)
}

ktest!(ingesting_twice_keeps_one_copy_and_queries_find_it, |dir| {
    let Some(seed) = seed_dir() else { return eprintln!("../shared/seed is not beside the repository; skipped") };
    let db = dir.0.join("k.db");
    let db = db.to_str().unwrap();
    for _ in 0..2 {
        let out = kroniek(&["ingest", "--db", db, seed.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let store = kroniek::store::Store::open(Path::new(db)).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.articles, 1);
    let coded = pipeline().code(&kroniek::read::read_inputs(std::slice::from_ref(&seed), &Default::default()).next().unwrap().unwrap()).events.len();
    assert_eq!(stats.events as usize, coded, "exactly one copy of each event");
    let turkish = events(&kroniek(&["query", "--db", db, "--country", "TUR"]));
    assert!(turkish.len() >= 4, "{}", turkish.len());
    assert!(turkish.iter().all(|e| serde_json::to_string(e).unwrap().contains("\"TUR")));
    let acled = kroniek(&["query", "--db", db, "--country", "TUR", "--format", "acled"]);
    assert!(String::from_utf8_lossy(&acled.stdout).starts_with("event_id_cnty,event_date"));
    assert_eq!(kroniek(&["query", "--db", db, "--near", "north,36,80"]).status.code(), Some(2));
    if gazetteer_built() {
        let idlib = events(&kroniek(&["query", "--db", db, "--near", "35.93,36.63,80"]));
        assert!(idlib.len() >= 5, "the Idlib events: {}", idlib.len());
        assert!(idlib.iter().all(|e| e["location"]["country"] == "SYR"));
        let killed: Vec<u64> = events(&kroniek(&["query", "--db", db, "--type", "ASSAULT"])).iter().filter_map(|e| e["fatalities"].as_u64()).collect();
        assert!(killed.contains(&59) && killed.contains(&2), "{killed:?}");
    }
});

ktest!(a_bad_file_mid_batch_is_skipped_and_reported, |dir| {
    dir.write("a.txt", "date 2024-05-08\nRussian troops shelled Kupiansk, killing three civilians.");
    dir.write("b.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0");
    dir.write("c.txt", "date 2024-05-09\nUkraine accused Russia of war crimes.");
    let db = dir.0.join("k.db");
    let out = kroniek(&["ingest", "--db", db.to_str().unwrap(), dir.0.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("b.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("2 added") && err.contains("1 failed"), "{err}");
    assert_eq!(kroniek::store::Store::open(&db).unwrap().stats().unwrap().articles, 2);
});

/// Kills a real ingest at several points: the store must open, pass SQLite's integrity check,
/// hold every article reported done, and hold no article without all of its events.
#[test]
fn killing_an_ingest_loses_nothing_reported_done() {
    use std::io::{BufRead, BufReader};
    let dir = TempDir::new("kill");
    let corpus = kroniek(&["gen", "--articles", "400", "--seed", "3"]);
    let corpus_path = dir.write("corpus.jsonl", &corpus.stdout);
    for (round, stop_after) in [5usize, 60, 170, 333].into_iter().enumerate() {
        let db = dir.0.join(format!("k{round}.db"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_kroniek"))
            .args(["ingest", "--log-done", "-j", "1", "--db", db.to_str().unwrap(), corpus_path.to_str().unwrap()])
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut done = Vec::new();
        for line in BufReader::new(child.stderr.take().unwrap()).lines() {
            let line = line.unwrap();
            if let Some(id) = line.strip_prefix("done ") {
                done.push(id.to_string());
                if done.len() == stop_after {
                    child.kill().unwrap(); // SIGKILL on Unix
                    break;
                }
            }
        }
        child.wait().unwrap();
        let store = kroniek::store::Store::open(&db).unwrap();
        assert_eq!(store.check().unwrap(), Vec::<String>::new(), "round {round}");
        let stored: std::collections::HashSet<String> = store.articles().unwrap().into_iter().map(|a| a.id).collect();
        for id in &done {
            assert!(stored.contains(id), "round {round}: {id} was reported done but is not stored");
        }
    }
}

/// Issue 6: the seed plus a follow-up report give one Idlib truce, violated once, with one claim
/// and the seed's two soldiers before it; an English truce in El Fasher is violated by a party
/// inside the zone, not by fighting in Omdurman nor by Chadian troops.
#[test]
fn ceasefires_are_found_merged_and_judged() {
    let Some(seed) = seed_dir() else { return eprintln!("../shared/seed is not beside the repository; skipped") };
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh): zones cannot be placed; skipped");
    }
    let dir = TempDir::new("ceasefires");
    let db = dir.0.join("k.db");
    for input in [seed, repo().join("tests/data/ceasefire")] {
        assert!(kroniek(&["ingest", "--db", db.to_str().unwrap(), input.to_str().unwrap()]).status.success());
    }
    let out = kroniek(&["ceasefires", "--db", db.to_str().unwrap(), "--format", "jsonl"]);
    let all = events(&out);
    let zone = |c: &serde_json::Value| c["zone"]["name"].as_str().unwrap_or("").to_string();
    let idlib: Vec<&serde_json::Value> = all.iter().filter(|c| zone(c) == "Idlib").collect();
    assert_eq!(idlib.len(), 1, "one Idlib ceasefire: {all:#?}");
    let c = idlib[0];
    let parties: Vec<&str> = c["parties"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    for want in ["TUR", "SYRMIL", "SYRREB"] {
        assert!(parties.iter().any(|p| p.starts_with(want)), "{want} in {parties:?}");
    }
    assert_eq!(c["start"], "2020-03-06T00:00");
    assert_eq!(c["status"], "violated");
    assert_eq!(c["violations"].as_array().unwrap().len(), 1);
    assert_eq!(c["violations"][0]["fatalities"], 4);
    assert_eq!(c["claims"].as_array().unwrap().len(), 1);
    assert_eq!(c["claims"][0]["claimant"], "SYRREB");
    let before: Vec<&str> = c["before_start"].as_array().unwrap().iter().map(|v| v["sentence"].as_str().unwrap()).collect();
    assert!(before.iter().any(|s| s.contains("twee Turkse soldaten")), "{before:?}");

    let fasher: Vec<&serde_json::Value> = all.iter().filter(|c| zone(c) == "El Fasher").collect();
    assert_eq!(fasher.len(), 1, "{all:#?}");
    let v = fasher[0]["violations"].as_array().unwrap();
    assert_eq!(v.len(), 1, "Omdurman is outside the zone and Chadian troops are no party: {v:#?}");
    assert_eq!(v[0]["fatalities"], 6);
    assert_eq!(fasher[0]["start"], "2024-06-22T12:00");
    let table = String::from_utf8_lossy(&kroniek(&["ceasefires", "--db", db.to_str().unwrap()]).stdout).to_string();
    assert!(table.contains("violated") && table.contains("before the truce"), "{table}");
}

/// A bare HTTP/1.1 request over loopback: (status, body).
fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req += &format!("{k}: {v}\r\n");
    }
    req += "\r\n";
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// Issue 7: the API over the seed's store answers each route with the right status.
#[test]
fn the_api_serves_the_seeds_store() {
    let Some(seed) = seed_dir() else { return eprintln!("../shared/seed is not beside the repository; skipped") };
    let dir = TempDir::new("serve");
    let db = dir.0.join("k.db");
    assert!(kroniek(&["ingest", "--db", db.to_str().unwrap(), seed.to_str().unwrap()]).status.success());
    let port = 19000 + (std::process::id() % 1000) as u16;
    let mut server = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(["serve", "--db", db.to_str().unwrap(), "--addr", &format!("127.0.0.1:{port}"), "--token", "s3cret", "--max-body", "4096"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let up = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    let result = std::panic::catch_unwind(|| {
        assert!(up, "the server starts");
        let (s, body) = http(port, "GET", "/api/events?country=TUR&limit=50", &[], b"");
        assert_eq!(s, 200, "{body}");
        let page: serde_json::Value = serde_json::from_str(&body).unwrap();
        let list = page["events"].as_array().unwrap();
        assert!(!list.is_empty() && list.len() as u64 == page["total"].as_u64().unwrap());
        assert!(list.iter().all(|e| e.to_string().contains("\"TUR")), "only Turkish events");
        let (s, body) = http(port, "GET", "/api/events?type=ASSAULT&limit=2", &[], b"");
        let page: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(s, 200);
        assert!(page["events"].as_array().unwrap().iter().all(|e| e["event_type"] == "ASSAULT"));
        assert!(page["next"].is_string(), "more than two assaults: a next cursor");
        let id = page["events"][0]["id"].as_str().unwrap().to_string();
        assert_eq!(http(port, "GET", &format!("/api/events/{id}"), &[], b"").0, 200);
        let (s, body) = http(port, "GET", &format!("/api/articles/{}", page["events"][0]["article_id"].as_str().unwrap()), &[], b"");
        assert!(s == 200 && body.contains("staakt-het-vuren"));
        for bad in ["/api/events?since=soon", "/api/events?near=1,2", "/api/events?type=WAR", "/api/events?limit=0"] {
            assert_eq!(http(port, "GET", bad, &[], b"").0, 400, "{bad}");
        }
        assert_eq!(http(port, "GET", "/api/stats", &[], b"").0, 200);
        let (s, body) = http(port, "GET", "/api/ceasefires", &[], b"");
        assert!(s == 200 && body.contains("Idlib"), "{body}");
        assert_eq!(http(port, "GET", "/api/health", &[], b"").0, 200);
        assert_eq!(http(port, "GET", "/api/openapi.json", &[], b"").0, 200);
        let article = br#"{"id":"n1","text":"Russian troops shelled Kharkiv on Monday, killing three civilians.","date":"2024-05-13"}"#;
        assert_eq!(http(port, "POST", "/api/articles", &[("Content-Type", "application/json")], article).0, 403, "no token");
        let auth = [("Content-Type", "application/json"), ("Authorization", "Bearer s3cret")];
        let (s, body) = http(port, "POST", "/api/articles", &auth, article);
        assert!(s == 200 && body.contains("\"added\":1"), "{s} {body}");
        assert_eq!(http(port, "POST", "/api/articles", &auth, b"{not json").0, 400);
        assert_eq!(http(port, "POST", "/api/articles", &auth, &vec![b' '; 5000]).0, 413);
        let (s, page) = http(port, "GET", "/", &[], b"");
        assert!(s == 200 && page.contains("<svg id=\"map\""));
    });
    server.kill().ok();
    server.wait().ok();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

/// Issue 3: 164 place mentions in Dutch and English fragments (ambiguous names included), each
/// with the GeoNames place it means; prints the accuracy for the place and for the country.
#[test]
fn places_are_recognised_and_resolved() {
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh); skipped");
    }
    let fold = |s: &str| kroniek::text::fold(s).replace(' ', "");
    let text = std::fs::read_to_string(repo().join("tests/data/places/sentences.txt")).unwrap();
    let (mut total, mut place_ok, mut country_ok) = (0usize, 0usize, 0usize);
    let mut wrong = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (lang, marked) = line.split_once('\t').unwrap();
        // Strip the [[words|name|ISO3|kind]] marks, keeping where each mention is.
        let mut plain = String::new();
        let mut gold: Vec<(usize, usize, String, String, String)> = Vec::new();
        let mut rest = marked;
        while let Some(open) = rest.find("[[") {
            plain.push_str(&rest[..open]);
            let close = rest[open..].find("]]").unwrap() + open;
            let parts: Vec<&str> = rest[open + 2..close].split('|').collect();
            let start = plain.len();
            plain.push_str(parts[0]);
            gold.push((start, plain.len(), parts[1].to_string(), parts[2].to_string(), parts[3].to_string()));
            rest = &rest[close + 2..];
        }
        plain.push_str(rest);
        let found = pipeline().recognised_places(&plain, Some(lang));
        for (s, e, name, iso3, kind) in gold {
            total += 1;
            let hit = found.iter().find(|p| p.span.is_some_and(|sp| sp[0] < e && s < sp[1]));
            let (p_ok, c_ok) = match hit {
                Some(p) => (
                    fold(&p.name) == fold(&name) && p.country.as_deref() == Some(iso3.as_str()) && p.precision.as_str() == kind,
                    p.country.as_deref() == Some(iso3.as_str()),
                ),
                None => (false, false),
            };
            place_ok += p_ok as usize;
            country_ok += c_ok as usize;
            if !p_ok {
                let got = hit.map_or("nothing".to_string(), |p| format!("{} {:?} {} (geonameid {:?})", p.name, p.country, p.precision, p.geonameid));
                wrong.push(format!("{}: want {name} {iso3} {kind}, got {got}", &plain[s..e]));
            }
        }
    }
    let (place, country) = (place_ok as f64 / total as f64, country_ok as f64 / total as f64);
    println!("places: {total} mentions; place right {place_ok} ({place:.3}); country right {country_ok} ({country:.3})");
    for w in &wrong {
        println!("  {w}");
    }
    assert!(total >= 150);
    assert!(place >= 0.90, "place accuracy {place:.3}");
    assert!(country >= 0.98, "country accuracy {country:.3}");
}

/// A town's name that opens a person's ("zijn vriendin Sofia Sapega") or a longer name
/// ("Sainte-Soline") is no place, while one before an administrative word ("Mandera County")
/// still is; a news agency's acronym is none.
#[test]
fn towns_that_open_a_persons_name_are_no_places() {
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh); skipped");
    }
    let names = |text: &str, lang: &str| pipeline().recognised_places(text, Some(lang)).into_iter().map(|p| p.name).collect::<Vec<_>>();
    let found = names("Na de landing werden twee passagiers gearresteerd: Roman Protasevitsj en zijn vriendin Sofia Sapega.", "nl");
    assert!(!found.iter().any(|n| n == "Sofia"), "{found:?}");
    let found = names("In March, the Taliban freed American George Glezmann, an airline mechanic held in Kabul.", "en");
    assert!(!found.iter().any(|n| n == "George") && found.iter().any(|n| n == "Kabul"), "{found:?}");
    let found = names("A roadside bomb hit a patrol near Elwak in Kenya's northeastern Mandera County on Monday.", "en");
    assert!(found.iter().any(|n| n == "Mandera"), "{found:?}");
    // A news agency's acronym is no place either: SANA is not Sanaa.
    let found = names("Volgens het Syrische staatspersbureau SANA raakten in Aleppo drie burgers gewond.", "nl");
    assert!(!found.iter().any(|n| n == "Sanaa") && found.iter().any(|n| n == "Aleppo"), "{found:?}");
    // A town hyphened to a word no lexicon knows opens a longer name (Sainte-Soline is no
    // Saint-Étienne); a compass word after the hyphen names a quarter of it.
    let found = names("Duizenden mensen trokken door de velden bij het dorp Sainte-Soline, ten zuiden van Niort.", "nl");
    assert!(!found.iter().any(|n| n == "Saint-Étienne") && found.iter().any(|n| n == "Niort"), "{found:?}");
    let found = names("In Rotterdam-Zuid raakten zes agenten gewond.", "nl");
    assert!(found.iter().any(|n| n == "Rotterdam"), "{found:?}");
}

/// A town the text puts in another country ("Lere in Mali's Timbuktu region", "the Mozambican
/// town of Palma") is not a namesake the gazetteer knows abroad (Léré in France, Palma in
/// Spain), and the people fighting there are that country's.
#[test]
fn towns_the_text_puts_in_another_country_are_namesakes() {
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh); skipped");
    }
    let text = "Islamist militants stormed an army camp in the town of Lere in Mali's Timbuktu region on Monday, killing 14 soldiers. Mali expelled French troops in 2022.";
    let places: Vec<_> = pipeline().recognised_places(text, Some("en")).into_iter().map(|p| p.country).collect();
    assert!(places.iter().all(|c| c.as_deref() != Some("FRA")), "{places:?}");
    let events = pipeline().code(&kroniek::Article::from_text(text, kroniek::types::Date::ymd(2024, 11, 6))).events;
    let attack = events.iter().find(|e| e.fatalities == Some(14)).expect("the attack");
    assert_eq!(attack.target.as_ref().map(|a| a.code.as_str()), Some("MLIMIL"), "{attack:?}");
    // So is a town an adjective before it puts elsewhere, wherever the text names it again; it
    // lies somewhere in that country. A report that names the gazetteer's own country keeps its
    // town ("an ethnic Albanian neighbourhood of Kumanovo").
    for text in [
        "Insurgents attacked the northern Mozambican town of Palma on Wednesday. The army sent reinforcements to Palma on Sunday.",
        "Opstandelingen vielen woensdag de Mozambikaanse kustplaats Palma aan. Het leger stuurde zondag versterkingen naar Palma.",
    ] {
        let places: Vec<_> = pipeline().recognised_places(text, None).into_iter().map(|p| (p.country.unwrap_or_default(), p.precision)).collect();
        assert_eq!(places, [("MOZ".into(), kroniek::types::PlacePrecision::Country), ("MOZ".into(), kroniek::types::PlacePrecision::Country)], "{text}");
    }
    let text = "Police clashed with gunmen in an ethnic Albanian neighbourhood of Kumanovo in North Macedonia on Saturday.";
    let places: Vec<_> = pipeline().recognised_places(text, Some("en")).into_iter().map(|p| p.name).collect();
    assert!(places.iter().any(|n| n == "Kumanovo"), "{places:?}");
}

/// A recalled envoy is the recaller's own: the sanction is aimed at the country the envoy
/// leaves; and shells that land somewhere ("sloegen in bij") are an attack there.
#[test]
fn recalled_envoys_aim_at_their_host_and_shells_land_where_they_hit() {
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh); skipped");
    }
    let code = |text: &str| pipeline().code(&kroniek::Article::from_text(text, kroniek::types::Date::ymd(2024, 1, 18))).events;
    let code_of = |a: &Option<kroniek::types::Actor>| a.as_ref().map_or(String::new(), |a| a.code.to_string());
    for (text, from, to) in [("South Africa also recalled its ambassador to Israel on Monday.", "ZAF", "ISR"), ("Dezelfde dag riep Pakistan zijn ambassadeur in Teheran terug.", "PAK", "IRN")] {
        let events = code(text);
        let recall = events.iter().find(|e| e.event_type.as_str() == "SANCTION").expect("the recall");
        assert_eq!((code_of(&recall.source).as_str(), code_of(&recall.target).as_str()), (from, to), "{text}");
    }
    let events = code("De granaten sloegen woensdagmiddag in bij het bergresort Barakh in de buurt van Zakho, in Irak.");
    assert!(events.iter().any(|e| e.event_type.as_str() == "ASSAULT" && e.location.as_ref().is_some_and(|p| p.name == "Zaxo")), "{events:#?}");
}

/// Events take the most precise place the report gives, and an attack on a place in another
/// country targets that country.
#[test]
fn events_are_placed_as_precisely_as_the_report_allows() {
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh); skipped");
    }
    let code = |text: &str| pipeline().code(&kroniek::Article::from_text(text, kroniek::types::Date::ymd(2024, 9, 18))).events;
    let events = code("A Myanmar military air strike on a monastery in Sagaing Region killed 19 civilians on Monday. Witnesses said a jet bombed the monastery in Kyun Taw village, Kanbalu Township.");
    let strike = events.iter().find(|e| e.fatalities == Some(19)).expect("the strike");
    assert_eq!(strike.location.as_ref().map(|p| p.name.as_str()), Some("Kanbalu"), "{events:#?}");
    // A title without a verb still says where the story is: not the country named once in
    // passing.
    let events = code("Vier doden bij couppoging in São Tomé\n\nTwee militairen raakten gewond. De president was toen op bezoek in Nigeria.");
    let wounded = events.iter().find(|e| e.sentence.starts_with("Twee")).expect("the wounding");
    assert_eq!(wounded.location.as_ref().and_then(|p| p.country.as_deref()), Some("STP"), "{events:#?}");
    // A name may open with a lowercase article joined to it.
    let events = code("Fighting near al-Qaim killed three soldiers.");
    let strike = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the fighting");
    assert_eq!(strike.location.as_ref().map(|p| p.name.as_str()), Some("Al Qā’im"), "{events:#?}");
    // A small town needs a word before it that says it is a place: "areas of" and "de
    // omgeving van" do, like "in" and "near".
    for text in ["Fighting killed nine people in rural areas of Tibú over the weekend.", "Bij gevechten in de omgeving van Tibú zijn dit weekend negen mensen gedood."] {
        let events = code(text);
        let fighting = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the fighting");
        assert_eq!(fighting.location.as_ref().map(|p| p.name.as_str()), Some("Tibú"), "{events:#?}");
    }
    // A place after "north of" just after another only says where that one lies; the press
    // drops the Arabic article the gazetteer keeps ("Aţ Ţārmīyah"), and writes "al-" where
    // the gazetteer spells it as spoken ("Jisr ash Shughūr").
    for (text, place) in [
        ("Islamic State militants ambushed a patrol near the town of Tarmiyah, north of Baghdad, killing seven fighters.", "Aţ Ţārmīyah"),
        ("Bij luchtaanvallen in de buurt van Jisr al-Shughur kwamen vijf burgers om het leven.", "Jisr ash Shughūr"),
        ("In Doljevac, ruim tien kilometer ten zuiden van Niš, raakten drie studenten gewond.", "Doljevac"),
        // A namesake abroad for a village the gazetteer lacks yields to the bearing's town.
        ("An attack on a supply convoy near Bani, north of Dori, killed 23 people.", "Dori"),
    ] {
        let events = code(text);
        let attack = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the attack");
        assert_eq!(attack.location.as_ref().map(|p| p.name.as_str()), Some(place), "{events:#?}");
    }
    // An event that names no place is where the story is: a town of the province named more
    // than once, rather than the province named more often.
    let events = code("In de Pakistaanse stad Jaranwala, in de provincie Punjab, heeft een menigte woensdag kerken in brand gestoken. Lokale geestelijken beschuldigden twee broers van godslastering. Daarna werden Rangers naar Jaranwala gestuurd. De premier van Punjab zei dat de regering van Punjab de kerken herbouwt.");
    let accusation = events.iter().find(|e| e.event_type.as_str() == "ACCUSE").expect("the accusation");
    assert_eq!(accusation.location.as_ref().map(|p| p.name.as_str()), Some("Jaranwala"), "{events:#?}");
    // Kashmir's Dutch name, and the side the adjective names.
    for (text, country) in [("Bij een aanval in het Indiase deel van Kasjmir kwamen vijf militairen om het leven.", "IND"), ("Bij protesten in Pakistaans Kasjmir kwamen vijf mensen om het leven.", "PAK")] {
        let events = code(text);
        let deaths = events.iter().find(|e| e.fatalities == Some(5)).expect("the deaths");
        assert_eq!(deaths.location.as_ref().and_then(|p| p.country.as_deref()), Some(country), "{events:#?}");
    }
    // A town name that ends a person's name is no place.
    let events = code("Al-Shabaab fighters killed nine people at a checkpoint on Monday, police spokesman Major Abdifatah Aden told reporters.");
    let bombing = events.iter().find(|e| e.fatalities == Some(9)).expect("the bombing");
    assert!(bombing.location.as_ref().is_none_or(|p| p.country.as_deref() != Some("YEM")), "{events:#?}");
    let events = code("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight, officials said.");
    let attack = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the attack");
    assert_eq!(attack.target.as_ref().map(|a| a.code.as_str()), Some("RUS"), "{events:#?}");
    // "Togo's capital", "de Togolese hoofdstad", "the capital" in a report on one country: its
    // capital city; a distance from it is no place.
    let events = code("At least seven people were killed during three days of protests in Togo's capital.");
    let deaths = events.iter().find(|e| e.fatalities == Some(7)).expect("the deaths");
    assert_eq!(deaths.location.as_ref().map(|p| p.name.as_str()), Some("Lomé"), "{events:#?}");
    let events = code("Togolese police fired tear gas at protesters in the capital on Friday.");
    assert!(events.iter().any(|e| e.location.as_ref().is_some_and(|p| p.name == "Lomé")), "{events:#?}");
    let events = code("Jihadists attacked an army post 100 km from the Malian capital on Friday, killing four soldiers.");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.name != "Bamako")), "{events:#?}");
    // "Maré" is a Rio favela, and only a foreign spelling of Malé: no place in the Maldives.
    let events = code("Nine people were killed on Wednesday when hundreds of Brazilian police officers raided the Maré complex of favelas in Rio de Janeiro.");
    let raid = events.iter().find(|e| e.fatalities == Some(9)).expect("the raid");
    assert_eq!(raid.location.as_ref().and_then(|p| p.country.as_deref()), Some("BRA"), "{events:#?}");
    // A dateline ("MAIDUGURI, Nigeria (Reuters) -") is where the report was filed, not the
    // town in the province where the attack happened.
    let events = code("Islamist militants kill 14 soldiers in overnight attack on an army base in Borno state\n\nMAIDUGURI, Nigeria, Sept 18 (Reuters) - The base lies near Damboa, residents said.");
    let attack = events.iter().find(|e| e.fatalities == Some(14)).expect("the attack");
    assert_eq!(attack.location.as_ref().map(|p| p.name.as_str()), Some("Damboa"), "{events:#?}");
    // A small town abroad that shares a name the gazetteer lacks here (Momo, Piedmont) is no
    // place in a Cameroon report.
    let events = code("Cameroon's defence ministry said it was sending additional troops to Momo division after separatists attacked Batibo.");
    let sending = events.iter().find(|e| e.event_type.as_str() == "MOBILIZE").expect("the deployment");
    assert!(sending.location.as_ref().is_none_or(|p| p.country.as_deref() == Some("CMR")), "{events:#?}");
    // A city's alias that opens a longer name ("Adan", Aden, in "Adan Yabaal") is that longer
    // place, which the gazetteer lacks, when the article names another country.
    let events = code("Somali troops retreated after al-Shabaab fighters seized the town of Adan Yabaal on Wednesday.");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.country.as_deref() != Some("YEM"))), "{events:#?}");
    // So is a small town abroad that opens a longer name: "the Arab Spring" is not Arab,
    // Alabama, even when the sentence names no country.
    let events = code("The ministry blamed the activist, saying he had incited the mob by referring to the Arab Spring.");
    assert!(events.iter().all(|e| e.location.is_none()), "{events:#?}");
    // A place a locative opens says where; one inside a name ("the Belgrade-Pristina
    // Dialogue") does not, though it stands nearer the verb.
    let events = code("In Brussels, the EU Special Representative for the Belgrade-Pristina Dialogue met Serbia's chief negotiator on Monday.");
    let talks = events.iter().find(|e| e.event_type.as_str() == "CONSULT").expect("the talks");
    assert_eq!(talks.location.as_ref().map(|p| p.name.as_str()), Some("Brussels"), "{events:#?}");
    // A town joined by a hyphen to a name the gazetteer lacks is part of that name:
    // Pétion-Ville is no Villé in Alsace.
    let events = code("The World Food Programme distributed hot meals to displaced families in Pétion-Ville on Monday.");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.country.as_deref() != Some("FRA"))), "{events:#?}");
    // After an event noun and "of" a town is where it happened.
    // A town followed by "de" and a name no lexicon knows opens a longer name: San Juan de
    // Lurigancho is a district of Lima, not San Juan in Puerto Rico. "a bus driver" is one
    // person.
    let events = code("Gunmen shot dead a 41-year-old bus driver in San Juan de Lurigancho in Lima on Monday.");
    let killing = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the killing");
    assert_eq!(killing.location.as_ref().map(|p| p.name.as_str()), Some("Lima"), "{events:#?}");
    assert_eq!(killing.fatalities, Some(1), "{events:#?}");
    // Forces sent to a place with no sender named are that country's own; a pronoun's sender
    // is not the place's.
    let events = code("Militants attacked an army post in northern Togo on Monday. Reinforcements have since been dispatched from Lome to Dapaong.");
    let sending = events.iter().find(|e| e.event_type.as_str() == "MOBILIZE").expect("the reinforcements");
    assert_eq!(sending.source.as_ref().map(|a| a.code.as_str()), Some("TGOMIL"), "{events:#?}");
    // Forces are deployed where they are sent, not where a trip was called off.
    let events = code("President Bola Tinubu sent extra troops and police units to Kebbi and called off his trip to the G20 summit in Johannesburg.");
    let sending = events.iter().find(|e| e.event_type.as_str() == "MOBILIZE").expect("the sending");
    assert_eq!(sending.location.as_ref().and_then(|p| p.country.as_deref()), Some("NGA"), "{events:#?}");
    // Arrests and curfews with no one named to impose them are the authorities' where they
    // happen; a sentence handed down is a court's, and "houden ... aan" with nothing between
    // means "go on".
    let events = code("Two suspects were arrested in Mbekweni near Paarl on Monday. A curfew was imposed in Paarl.");
    let sources: Vec<&str> = events.iter().filter(|e| e.event_type.as_str() == "COERCE").filter_map(|e| e.source.as_ref().map(|a| a.code.as_str())).collect();
    assert_eq!(sources, ["ZAFCOP", "ZAFGOV"], "{events:#?}");
    let events = code("Kara-Murza werd in Moskou veroordeeld tot 25 jaar cel. Ook de beschietingen van woonwijken in El Fasher houden aan.");
    assert!(events.iter().all(|e| e.source.is_none()), "{events:#?}");
    // Forces sent into another country are aimed at it.
    let events = code("Nederland stuurt extra luchtverdediging naar Oekraïne.");
    let sending = events.iter().find(|e| e.event_type.as_str() == "MOBILIZE").expect("the sending");
    assert_eq!(sending.target.as_ref().map(|a| a.code.as_str()), Some("UKR"), "{events:#?}");
    let events = code("Kenya has been a target of militants since it sent troops into Somalia in 2011.");
    assert!(events.iter().all(|e| e.source.as_ref().is_none_or(|a| a.code != "SOMMIL")), "{events:#?}");
    // A province the PyPI data names no area for is found by its capital's row.
    let events = code("Islamic State militants ambushed a patrol near Baqouba in Diyala province on Monday, killing five fighters.");
    let ambush = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the ambush");
    assert_eq!(ambush.location.as_ref().and_then(|p| p.country.as_deref()), Some("IRQ"), "{events:#?}");
    let events = code("Two people were killed in Russian shelling of Kherson this morning, officials said.");
    let shelling = events.iter().find(|e| e.fatalities == Some(2)).expect("the shelling");
    assert_eq!(shelling.location.as_ref().map(|p| p.name.as_str()), Some("Kherson"), "{events:#?}");
    // Nor is it when the article names no country but its cities lie in one: Bellville near
    // Cape Town is not the Texas town.
    let events = code("Gunmen shot dead a taxi driver near Bellville station on Sunday, police in Cape Town said.");
    let shooting = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the shooting");
    assert!(shooting.location.as_ref().is_none_or(|p| p.country.as_deref() == Some("ZAF")), "{events:#?}");
    // An event told without a place is where the article's own country's places are, not in a
    // seat of government the report quotes.
    let events = code("Pakistan accused the Taliban government in Kabul of sheltering militants. Officials in Kabul denied it. Pakistani troops fought militants near Khar on Monday.\n\nAuthorities imposed a curfew across 16 villages on Tuesday.");
    let curfew = events.iter().find(|e| e.event_type.as_str() == "COERCE").expect("the curfew");
    assert_eq!(curfew.location.as_ref().and_then(|p| p.country.as_deref()), Some("PAK"), "{events:#?}");
    // A small town the article once placed with "in" is that town wherever it is named again,
    // even opening a sentence.
    let events = code("Students protested in Kraljevo on Saturday. Ministers met in Belgrade. Protesters also marched in Belgrade.\n\nKraljevo police arrested eight students on Sunday.");
    let arrests = events.iter().find(|e| e.event_type.as_str() == "COERCE").expect("the arrests");
    assert_eq!(arrests.location.as_ref().map(|p| p.name.as_str()), Some("Kraljevo"), "{events:#?}");
    // A province the gazetteer lacks is not another country's of that name, even with a
    // province word: Haiti's Plateau-Central is not Burkina Faso's.
    let events = code("Gangs attacked villages in Haiti's Plateau-Central department on Monday, killing ten people.");
    let attack = events.iter().find(|e| e.event_type.as_str() == "ASSAULT").expect("the attack");
    assert!(attack.location.as_ref().is_none_or(|p| p.country.as_deref() == Some("HTI")), "{events:#?}");
    // "al-Sham" continues the name: Busra al-Sham in Syria is not Basra.
    let events = code("Heavy fighting broke out in Busra al-Sham in Syria's Daraa province on Friday.");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.country.as_deref() == Some("SYR"))), "{events:#?}");
}

/// Forces the text names without a country belong to the country of the towns their sentence
/// names, not to the country the article mostly names; a town after a title is a person's name.
#[test]
fn unnamed_forces_belong_where_their_sentence_happens() {
    if !gazetteer_built() {
        return eprintln!("the gazetteer is not built (scripts/gazetteer/build.sh); skipped");
    }
    let code = |text: &str| pipeline().code(&kroniek::Article::from_text(text, kroniek::types::Date::ymd(2026, 8, 19))).events;
    let events = code(
        "Ivory Coast's government in Abidjan said Abidjan would keep trade open. Officials in Abidjan and Bouaké met traders. \
         Fighters attacked an army base in Djibo on Sunday, killing 15 soldiers.",
    );
    let attack = events.iter().find(|e| e.fatalities == Some(15)).expect("the attack");
    assert_eq!(attack.target.as_ref().and_then(|a| a.country.as_deref()), Some("BFA"), "{events:#?}");
    // "Pakistan's Panjgur district": a small town after a country's possessive is a place.
    let events = code("Militants attacked a Frontier Corps post in southwestern Pakistan's Panjgur district late Wednesday, killing seven soldiers.");
    let attack = events.iter().find(|e| e.fatalities == Some(7)).expect("the attack");
    assert_eq!(attack.location.as_ref().map(|p| p.name.as_str()), Some("Panjgur"), "{events:#?}");
    // "Aden" in a minister's name is neither a place nor Yemen's.
    let events = code("Defence Minister Aden Duale deployed the army in Nairobi to support the police.");
    let deployment = events.iter().find(|e| e.event_type.as_str() == "MOBILIZE").expect("the deployment");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.country.as_deref() != Some("YEM"))), "{events:#?}");
    assert_ne!(deployment.source.as_ref().and_then(|a| a.country.as_deref()), Some("YEM"), "{events:#?}");
    // So is one after a gang leader's title.
    let events = code("De beruchte bendeleider Bello Turji dreigde met wraakacties tegen dorpen in Zamfara.");
    let threat = events.iter().find(|e| e.event_type.as_str() == "THREATEN").expect("the threat");
    assert_eq!(threat.source.as_ref().map(|a| a.code.as_str()), Some("NGACRM"), "{events:#?}");
    // A destination says nothing of whose government it is.
    let events = code("Police detained 12 people in Estelí on Monday. On Thursday, soldiers released the prisoners and drove them to Tapachula.");
    let release = events.iter().find(|e| e.sentence.starts_with("On Thursday")).expect("the release");
    let countries: Vec<_> = [&release.source, &release.target].into_iter().flatten().filter_map(|a| a.country.as_deref()).collect();
    assert_eq!(countries, ["NIC"], "{events:#?}");
    // A town a speaker is named after is a person ("Dizon said"), and the hospital the wounded
    // were taken to is not where the next happening was.
    let events = code("Two soldiers were killed in a firefight near Datu Piang on Wednesday, Dizon said. The wounded were brought to a military hospital in Cotabato City. Security forces later detained 14 people in the area.");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.country.as_deref() == Some("PHL"))), "{events:#?}");
    let detention = events.iter().find(|e| e.event_type.as_str() == "COERCE").expect("the detention");
    assert_ne!(detention.location.as_ref().map(|p| p.name.as_str()), Some("Cotabato"), "{events:#?}");
    // A country's adjective is no place of another country: "Somali" troops are not in
    // Ethiopia's Somali Region.
    let events = code("Somali federal troops fought Jubaland forces near Kismayo on Wednesday.");
    assert!(events.iter().all(|e| e.location.as_ref().is_none_or(|p| p.country.as_deref() != Some("ETH"))), "{events:#?}");
    // The army in the West Bank is Israel's: Palestine has none of its own.
    let events = code("Soldiers demolished dozens of houses in the refugee camp of Tulkarm on Sunday.");
    let demolition = events.first().expect("the demolition");
    assert_eq!(demolition.source.as_ref().map(|a| a.code.as_str()), Some("ISRMIL"), "{events:#?}");
}
