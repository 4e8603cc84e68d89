// Kroniek's page: map, timeline, table and evidence view over /api. No framework, no network
// beyond this server: the outlines come from /assets/world.json, built from Natural Earth.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const COLOURS = { AGREE: "#2e7d32", CONSULT: "#43a047", SUPPORT: "#66bb6a", CONCEDE: "#9ccc65", COOPERATE: "#26a69a", AID: "#00897b", RETREAT: "#0288d1", REQUEST: "#5c6bc0", ACCUSE: "#8e24aa", REJECT: "#ab47bc", THREATEN: "#f9a825", PROTEST: "#fb8c00", SANCTION: "#f4511e", MOBILIZE: "#6d4c41", COERCE: "#d81b60", ASSAULT: "#c62828" };
const SVGNS = "http://www.w3.org/2000/svg";
const $ = (s) => document.querySelector(s);
const el = (tag, attrs = {}, text) => {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

let events = [];
let next = null;
let view = { x: -180, y: -90, w: 360, h: 180 };

// Filters live in the URL so a view can be shared.
function filters() {
  const p = new URLSearchParams(location.search);
  const out = {};
  for (const k of ["country", "type", "since", "until", "text"]) if (p.get(k)) out[k] = p.get(k);
  return out;
}
function setFilters(f) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  history.replaceState(null, "", p.toString() ? "?" + p : location.pathname);
  for (const input of $("#filters").elements) if (input.name) input.value = f[input.name] || "";
}

async function api(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function load(append = false) {
  const p = new URLSearchParams(filters());
  p.set("limit", "500");
  if (append && next) p.set("cursor", next);
  const page = await api("/api/events?" + p);
  events = append ? events.concat(page.events) : page.events;
  next = page.next;
  $("#count").textContent = `${page.total} events`;
  $("#more").hidden = !next;
  drawMap();
  drawTimeline();
  drawTable();
}

// Map: equirectangular, y flipped; zoom with the wheel, pan by dragging.
let outlines = null;
async function drawMap() {
  const svg = $("#map");
  if (outlines === null) {
    try { outlines = await api("/assets/world.json"); } catch { outlines = []; }
  }
  svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  svg.replaceChildren();
  const land = el("svg:g");
  for (const [, rings] of outlines) {
    const d = rings.map((r) => "M" + r.map(([x, y]) => `${x},${-y}`).join("L") + "Z").join("");
    land.appendChild(el("svg:path", { d, class: "land" }));
  }
  svg.appendChild(land);
  // Cluster points that fall into the same cell at this zoom.
  const cell = view.w / 60;
  const cells = new Map();
  for (const e of events) {
    if (!e.location) continue;
    const key = `${Math.floor(e.location.lon / cell)}:${Math.floor(-e.location.lat / cell)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(e);
  }
  const r = view.w / 250;
  for (const group of cells.values()) {
    const e = group[0];
    const [cx, cy] = [e.location.lon, -e.location.lat];
    if (group.length === 1) {
      const c = el("svg:circle", { cx, cy, r, class: "event", fill: COLOURS[e.event_type] || "#555", "data-id": e.id });
      c.appendChild(el("svg:title", {}, `${e.event_type} ${e.date || ""} ${e.location.name}`));
      c.addEventListener("click", () => show(e));
      svg.appendChild(c);
    } else {
      const g = el("svg:g", { class: "cluster" });
      const main = TYPES.slice().sort((a, b) => group.filter((x) => x.event_type === b).length - group.filter((x) => x.event_type === a).length)[0];
      g.appendChild(el("svg:circle", { cx, cy, r: r * (1.4 + Math.log10(group.length)), class: "event", fill: COLOURS[main], "data-count": group.length }));
      const t = el("svg:text", { x: cx, y: cy, style: `font-size:${r * 1.6}px` }, String(group.length));
      g.appendChild(t);
      g.addEventListener("click", () => zoom(cx, cy, 0.4));
      svg.appendChild(g);
    }
  }
  const legend = $("#legend");
  legend.replaceChildren();
  for (const t of new Set(events.map((e) => e.event_type))) {
    legend.appendChild(el("span", { style: `background:${COLOURS[t]}` }));
    legend.appendChild(document.createTextNode(t));
  }
}
function zoom(cx, cy, f) {
  view = { w: view.w * f, h: view.h * f, x: cx - (view.w * f) / 2, y: cy - (view.h * f) / 2 };
  drawMap();
}
function installMapControls() {
  const svg = $("#map");
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const pt = svg.createSVGPoint();
    [pt.x, pt.y] = [ev.clientX, ev.clientY];
    const p = pt.matrixTransform(svg.getScreenCTM().inverse());
    zoom(p.x, p.y, ev.deltaY < 0 ? 0.8 : 1.25);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("mousedown", (ev) => { drag = [ev.clientX, ev.clientY, view.x, view.y]; });
  window.addEventListener("mouseup", () => { drag = null; });
  svg.addEventListener("mousemove", (ev) => {
    if (!drag) return;
    const scale = view.w / svg.clientWidth;
    view.x = drag[2] - (ev.clientX - drag[0]) * scale;
    view.y = drag[3] - (ev.clientY - drag[1]) * scale;
    svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  });
}

// Timeline: stacked counts per day (per week past 120 days); drag to pick a date range.
function drawTimeline() {
  const svg = $("#timeline");
  svg.replaceChildren();
  const dated = events.filter((e) => e.date);
  if (!dated.length) return;
  const day = (d) => Date.parse(d.length === 7 ? d + "-01" : d.length === 4 ? d + "-01-01" : d) / 864e5;
  const days = dated.map((e) => day(e.date));
  const [lo, hi] = [Math.min(...days), Math.max(...days) + 1];
  const step = hi - lo > 120 ? 7 : 1;
  const bins = new Map();
  for (const e of dated) {
    const b = Math.floor((day(e.date) - lo) / step);
    if (!bins.has(b)) bins.set(b, {});
    bins.get(b)[e.event_type] = (bins.get(b)[e.event_type] || 0) + 1;
  }
  const W = svg.clientWidth || 800, H = svg.clientHeight || 150, n = Math.ceil((hi - lo) / step) || 1;
  const max = Math.max(...[...bins.values()].map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
  const bw = W / n;
  for (const [b, counts] of bins) {
    let y = H - 14;
    for (const t of TYPES) {
      if (!counts[t]) continue;
      const h = (counts[t] / max) * (H - 24);
      y -= h;
      const rect = el("svg:rect", { x: b * bw, y, width: Math.max(bw - 1, 1), height: h, fill: COLOURS[t] });
      rect.appendChild(el("svg:title", {}, `${t}: ${counts[t]}`));
      svg.appendChild(rect);
    }
  }
  const fmt = (d) => new Date(d * 864e5).toISOString().slice(0, 10);
  svg.appendChild(el("svg:text", { x: 2, y: H - 2, "font-size": 11 }, fmt(lo)));
  svg.appendChild(el("svg:text", { x: W - 70, y: H - 2, "font-size": 11 }, fmt(hi - 1)));
  // Brushing.
  let start = null, brush = null;
  svg.onmousedown = (ev) => {
    start = ev.offsetX;
    brush = el("svg:rect", { x: start, y: 0, width: 0, height: H - 14, class: "brush" });
    svg.appendChild(brush);
  };
  svg.onmousemove = (ev) => {
    if (start === null) return;
    brush.setAttribute("x", Math.min(start, ev.offsetX));
    brush.setAttribute("width", Math.abs(ev.offsetX - start));
  };
  svg.onmouseup = (ev) => {
    if (start === null) return;
    const [a, b] = [Math.min(start, ev.offsetX), Math.max(start, ev.offsetX)];
    start = null;
    if (b - a < 3) return;
    const f = filters();
    f.since = fmt(lo + (a / W) * (hi - lo));
    f.until = fmt(lo + (b / W) * (hi - lo));
    setFilters(f);
    load();
  };
}

function actorName(a) { return a ? `${a.name} (${a.code})` : ""; }
function drawTable() {
  const body = $("#events tbody");
  body.replaceChildren();
  for (const e of events) {
    const tr = el("tr", { "data-id": e.id });
    for (const v of [e.date || "", e.event_type, actorName(e.source), actorName(e.target), e.location ? e.location.name : "", e.fatalities ?? "", e.sentence]) tr.appendChild(el("td", {}, String(v)));
    tr.lastChild.className = "sentence";
    tr.addEventListener("click", () => show(e));
    body.appendChild(tr);
  }
}

// The article with the evidence sentence and the words behind each field highlighted.
async function show(e) {
  const box = $("#detail-body");
  box.replaceChildren(el("p", {}, "Loading…"));
  $("#detail").hidden = false;
  let article = null;
  try { article = await api("/api/articles/" + encodeURIComponent(e.article_id)); } catch { /* shown below */ }
  const dl = el("dl");
  const row = (k, v) => { if (v !== null && v !== undefined && v !== "") { dl.appendChild(el("dt", {}, k)); dl.appendChild(el("dd", {}, String(v))); } };
  row("Type", `${e.event_type}${e.mode ? " / " + e.mode : ""} (CAMEO ${e.cameo})`);
  row("ACLED", e.acled_event_type ? `${e.acled_event_type}: ${e.acled_sub_event_type || ""}` : "");
  row("Source", actorName(e.source));
  row("Target", actorName(e.target));
  row("Place", e.location ? `${e.location.name}, ${e.location.country || ""} (${e.location.precision})` : "");
  row("Date", e.date ? `${e.date} (${e.date_precision})` : "");
  row("Killed", e.fatalities); row("Injured", e.injured); row("Arrested", e.arrested); row("Displaced", e.displaced);
  row("Intent", e.intent); row("Confidence", e.confidence.toFixed(2));
  box.replaceChildren(el("h2", {}, `${e.event_type}: ${e.trigger}`), dl);
  if (!article) { box.appendChild(el("p", {}, e.sentence)); return; }
  if (article.title) box.appendChild(el("h3", {}, article.title));
  const spans = [];
  const add = (span, cls) => { if (span && span[1] > span[0]) spans.push([span[0], span[1], cls]); };
  add(e.trigger_span, "trigger");
  for (const a of [e.source, e.target, ...(e.other_actors || [])]) if (a) add(a.span, "actor");
  if (e.location) add(e.location.span, "place");
  for (const n of e.number_spans || []) add(n, "number");
  add(e.date_span, "date");
  spans.sort((a, b) => a[0] - b[0]);
  // Offsets are bytes of UTF-8: slice the encoded text.
  const bytes = new TextEncoder().encode(article.text), dec = new TextDecoder();
  const text = (a, b) => dec.decode(bytes.slice(a, b));
  const div = el("div", { class: "article" });
  let at = 0;
  const [es, ee] = e.evidence;
  div.appendChild(document.createTextNode(text(0, es)));
  const ev = el("mark", { class: "evidence" });
  at = es;
  for (const [s, t, cls] of spans) {
    if (s < at || t > ee) continue;
    ev.appendChild(document.createTextNode(text(at, s)));
    ev.appendChild(el("mark", { class: cls }, text(s, t)));
    at = t;
  }
  ev.appendChild(document.createTextNode(text(at, ee)));
  div.appendChild(ev);
  div.appendChild(document.createTextNode(text(ee, bytes.length)));
  box.appendChild(div);
  ev.scrollIntoView({ block: "center" });
}

function init() {
  const select = $("#filters select[name=type]");
  for (const t of TYPES) select.appendChild(el("option", { value: t }, t));
  setFilters(filters());
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = {};
    for (const input of ev.target.elements) if (input.name && input.value) f[input.name] = input.value.trim();
    setFilters(f);
    load();
  });
  $("#clear").addEventListener("click", () => { setFilters({}); load(); });
  $("#more").addEventListener("click", () => load(true));
  $("#close").addEventListener("click", () => { $("#detail").hidden = true; });
  installMapControls();
  load().catch((err) => { $("#count").textContent = String(err); });
}
init();
