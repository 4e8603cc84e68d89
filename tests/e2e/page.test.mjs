// The web page against a real server on a store of test articles: the map draws the points,
// filtering by type works, and an event opens with its evidence highlighted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const kroniek = join(repo, "target", "release", "kroniek");
const dir = mkdtempSync(join(tmpdir(), "kroniek-e2e-"));
const db = join(dir, "k.db");
const port = 18000 + (process.pid % 1000);
const base = `http://127.0.0.1:${port}`;
// Screenshots go under target/ (the copies in docs/ are refreshed by hand).
const shots = join(repo, "target", "e2e");
mkdirSync(shots, { recursive: true });
let server, browser, page;

before(async () => {
  for (const input of ["tests/data/en", "tests/data/nl", "tests/data/ceasefire"]) {
    try { execFileSync(kroniek, ["ingest", "--db", db, join(repo, input)], { stdio: "ignore" }); } catch { /* gold.json is not an article */ }
  }
  server = spawn(kroniek, ["serve", "--db", db, "--addr", `127.0.0.1:${port}`], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test("the map draws the events as points", async () => {
  await page.goto(base + "/");
  await page.waitForSelector("#map .event", { timeout: 10000 });
  const points = await page.locator("#map .event").count();
  assert.ok(points > 5, `points on the map: ${points}`);
  assert.ok((await page.locator("#map .land").count()) > 100, "country outlines are drawn");
  assert.match(await page.locator("#count").textContent(), /\d+ events/);
  await page.screenshot({ path: join(shots, "screenshot.png") });
});

test("filtering by type keeps only that type, in the URL too", async () => {
  await page.selectOption("#filters select[name=type]", "PROTEST");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => location.search.includes("type=PROTEST"));
  await page.waitForFunction(() => [...document.querySelectorAll("#events tbody tr td:nth-child(2)")].every((td) => td.textContent === "PROTEST"));
  const types = await page.locator("#events tbody tr td:nth-child(2)").allTextContents();
  assert.ok(types.length > 0 && types.every((t) => t === "PROTEST"), types.join(","));
});

test("an event opens with its evidence highlighted", async () => {
  await page.goto(base + "/?type=ASSAULT");
  await page.waitForSelector("#events tbody tr");
  await page.locator("#events tbody tr").first().click();
  await page.waitForSelector("#detail mark.evidence");
  const evidence = await page.locator("#detail mark.evidence").textContent();
  assert.ok(evidence.length > 20, evidence);
  assert.ok((await page.locator("#detail mark.trigger").count()) >= 1, "the trigger is marked");
  const marks = await page.locator("#detail mark.actor, #detail mark.place, #detail mark.number, #detail mark.date").count();
  assert.ok(marks >= 1, "actors, places, numbers or dates are marked");
  await page.screenshot({ path: join(shots, "screenshot-evidence.png") });
});
