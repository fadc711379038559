// Real-browser test of the generated site, driven through Debian's Chromium.
//
//   node site.test.mjs SITE_DIR HOSTILE_SITE_DIR SCREENSHOT_DIR
//
// SITE_DIR is the embedded catalog's site, HOSTILE_SITE_DIR the same merged
// with tests/fixtures/site-hostile.json. The queries and filters checked
// here come from tests/fixtures/site-search.json and site-filters.json, and
// the page's answers are compared with those of the crate's own `search`
// and `filter` examples (SEARCH_BIN, FILTER_BIN): the page and the crate
// must agree, whatever the data says.
import { readFileSync, readdirSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { execFileSync, spawnSync } from "node:child_process";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const [siteDir, hostileDir, shotDir] = process.argv.slice(2).map((p) => resolve(p));
if (!siteDir || !hostileDir || !shotDir) {
  console.error("usage: node site.test.mjs SITE_DIR HOSTILE_SITE_DIR SCREENSHOT_DIR");
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });

const searchCases = JSON.parse(readFileSync(join(repo, "tests/fixtures/site-search.json"), "utf8"));
// The everyday queries of tests/search.rs, with what each must find there.
const queryTable = JSON.parse(readFileSync(join(repo, "tests/fixtures/search-queries.json"), "utf8"));
const filterCases = JSON.parse(readFileSync(join(repo, "tests/fixtures/site-filters.json"), "utf8"));
// The crate's own answers, from its examples: `search` prints
// Catalog::search's hits, `filter` the modalities Catalog::query returns.
const searchBin = process.env.SEARCH_BIN;
const filterBin = process.env.FILTER_BIN;
if (!searchBin || !filterBin) {
  console.error("SEARCH_BIN and FILTER_BIN must name the crate's search and filter examples");
  process.exit(2);
}
const run = (bin, args) => {
  try {
    return execFileSync(bin, args, { stdio: ["ignore", "pipe", "ignore"] }).toString();
  } catch (e) {
    return e.stdout ? e.stdout.toString() : "";
  }
};
const rustSearch = (q) => run(searchBin, [q]).split("\n").filter(Boolean);
// What the search example says on stderr when a query is out of scope:
// the exclusion's name and reason.
const rustOutOfScope = (q) => {
  const r = spawnSync(searchBin, [q], { stdio: ["ignore", "ignore", "pipe"] });
  const m = /is out of scope \((.*?)\): (.*)$/m.exec(r.stderr ? r.stderr.toString() : "");
  return m ? { name: m[1], reason: m[2] } : null;
};
const FILTER_KEYS = { category: "category", pattern: "pain-pattern", use: "use", jurisdiction: "jurisdiction" };
const rustFilter = (filters) =>
  run(filterBin, Object.entries(filters).map(([k, v]) => `${FILTER_KEYS[k]}=${v}`))
    .split("\n")
    .map((l) => /^- .*\(([a-z0-9-]+); [^;()]*\)$/.exec(l))
    .filter(Boolean)
    .map((m) => m[1]);
// Queries beyond the fixture, for the ranking comparison only: edge cases
// of words, stems, typos, prefixes, stop words and Unicode.
const extraQueries = ["", "   ", "the", "of the", "İstanbul", "Σίσυφος", "x".repeat(300), "lu",
  "y 90", "I-131", "bone", "pain", "prostate", "fracture", "injection", "therapy injection",
  "ablat", "kypho plasty", "tumour", "metastases bone", "cement", "radiopharmaceutical", "psma",
  "PSMA-617", "oesophageal", "cryo ablation of bone", "spine", "nerve", "177", "89",
  "strontium 90", "radiofrequency ablations", "generically", "a b c d e f g h i j k l m n o p q"];
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let passed = 0;
let failed = 0;
const check = (ok, what, detail) => {
  if (ok) {
    passed += 1;
    console.log(`ok   ${what}`);
  } else {
    failed += 1;
    console.log(`FAIL ${what}${detail === undefined ? "" : `: ${detail}`}`);
  }
};

const profile = mkdtempSync(join(tmpdir(), "io-pain-chromium-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  userDataDir: profile,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
  ],
});

// Every page: console errors, page errors, dialogs and non-file requests
// are recorded (and requests leaving the machine are refused).
const problems = [];
const watch = async (page) => {
  await page.setRequestInterception(true);
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("file://") || url.startsWith("data:") || url.startsWith("about:")) {
      req.continue();
    } else {
      problems.push(`network request to ${url}`);
      req.abort();
    }
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warn") {
      problems.push(`console ${msg.type()} on ${page.url()}: ${msg.text()}`);
    }
  });
  page.on("pageerror", (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  page.on("dialog", async (d) => {
    problems.push(`dialog opened (${d.type()}): ${d.message()}`);
    await d.dismiss();
  });
};

const url = (dir, path) => pathToFileURL(join(dir, path)).href;

const runAxe = async (page, name) => {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      target: v.nodes[0] && v.nodes[0].target.join(" "),
    }));
  });
  const all = result.map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`).join("; ");
  console.log(`     axe on ${name}: ${result.length} violation rules${result.length ? `: ${all}` : ""}`);
  check(result.length === 0, `axe-core finds no violation at any impact on ${name}`,
    result.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.target}`).join("; "));
  return result;
};

const visibleRowIds = (page) =>
  page.$$eval("table.catalog tr[data-id]", (rows) =>
    rows.filter((r) => !r.hidden && r.offsetParent !== null).map((r) => r.getAttribute("data-id")));

try {
  const page = await browser.newPage();
  await watch(page);
  await page.setViewport({ width: 1280, height: 900 });

  // ---------------------------------------------------------- index
  await page.goto(url(siteDir, "index.html"), { waitUntil: "load" });
  check((await page.title()).includes("IO pain modalities"), "index.html opens from file://");
  check(await page.$eval(".notice", (n) => n.textContent.includes("Informational only")),
    "the informational-only notice is on the page");
  check(await page.$eval("#search", (f) => !f.hidden), "the script ran: the search box is shown");

  // ---------------------------------------------------------- search
  // Typed into the box, each query of tests/fixtures/site-search.json
  // lists first the entry Catalog::search puts first; and the page's whole
  // ranking (ids, scores, how, field, name matched) is the crate's, for
  // those queries, some harder ones, and every word of the exported index
  // typed alone (where a word is both found as typed and a typo of another).
  const indexWords = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    window.IO_PAIN_SEARCH_INDEX.words.map((w) => w.text));
  const tableQueries = queryTable.map((row) => row.query);
  const queries = [...new Set(searchCases.concat(tableQueries, extraQueries, indexWords))];
  let uiOk = 0;
  for (const q of searchCases) {
    const want = rustSearch(q);
    const wantTop = want.length ? want[0].split("\t")[0] : null;
    await page.click("#q", { clickCount: 3 });
    await page.keyboard.press("Backspace");
    await page.type("#q", q);
    const top = await page.$eval("#search-results", (ol) => {
      const a = ol.querySelector("li a");
      return a ? a.getAttribute("href") : null;
    });
    const id = top ? top.replace(/^.*\//, "").replace(/\.html$/, "") : null;
    if (id === wantTop) {
      uiOk += 1;
    } else {
      check(false, `search "${q}" puts ${wantTop} first, as Catalog::search does`, `got ${id}`);
    }
  }
  check(uiOk === searchCases.length && uiOk >= 40,
    `typing ${searchCases.length} queries into the search box lists first what Catalog::search lists first`);
  const said = await page.$eval("#search-status", (p) => p.textContent);
  check(/\d+ match(es)?\b|Nothing matches/.test(said), "the search status is announced", said);

  let same = 0;
  for (const q of queries) {
    const want = rustSearch(q);
    const got = await page.evaluate((query) =>
      // eslint-disable-next-line no-undef
      IoPainSearch.search(window.IO_PAIN_SEARCH_INDEX, query).map((h) =>
        `${h.id}\t${h.name}\t${h.score}\t${h.how}: ${h.field} ${JSON.stringify(h.matched)}`), q);
    if (JSON.stringify(got) === JSON.stringify(want)) {
      same += 1;
    } else {
      check(false, `the page ranks "${q}" as Catalog::search does`,
        `\n       crate: ${JSON.stringify(want.slice(0, 3))}\n       page:  ${JSON.stringify(got.slice(0, 3))}`);
    }
  }
  check(same === queries.length, `the page's search ranks ${queries.length} queries exactly as Catalog::search (ids, scores, how, field, name matched)`);

  // Every query of the table of tests/search.rs gives the page's answers
  // the crate gives: the same ranking (checked above), and for a procedure
  // the catalog excludes, "out of scope" with the crate's name and reason.
  let tableSame = 0;
  for (const q of tableQueries) {
    const want = JSON.stringify(rustSearch(q));
    const got = await page.evaluate((query) =>
      // eslint-disable-next-line no-undef
      JSON.stringify(IoPainSearch.search(window.IO_PAIN_SEARCH_INDEX, query).map((h) =>
        `${h.id}\t${h.name}\t${h.score}\t${h.how}: ${h.field} ${JSON.stringify(h.matched)}`)), q);
    if (got === want) { tableSame += 1; }
  }
  check(tableQueries.length >= 100 && tableSame === tableQueries.length,
    `the page answers the ${tableQueries.length} everyday queries of tests/search.rs as the crate does`,
    `${tableQueries.length - tableSame} differ`);
  const outOfScope = queryTable.filter((row) => row.out_of_scope);
  let scopeOk = 0;
  for (const row of outOfScope) {
    const want = rustOutOfScope(row.query);
    await page.click("#q", { clickCount: 3 });
    await page.keyboard.press("Backspace");
    await page.type("#q", row.query);
    const status = await page.$eval("#search-status", (p) => p.textContent);
    const shown = await page.$$eval("#search-results li", (li) => li.length);
    if (want !== null && shown === 0 && status.includes("out of scope") &&
      status.includes(want.name) && status.includes(want.reason)) {
      scopeOk += 1;
    } else {
      check(false, `the page says "${row.query}" is out of scope, with the crate's reason`,
        `status ${JSON.stringify(status)}, crate ${JSON.stringify(want)}, ${shown} results`);
    }
  }
  check(outOfScope.length > 0 && scopeOk === outOfScope.length,
    `the page says why each of ${outOfScope.length} excluded procedures is out of scope, as the crate does`);
  await page.click("#q", { clickCount: 3 });
  await page.keyboard.press("Backspace");
  await page.type("#q", outOfScope.length ? outOfScope[0].query : "Intracept");
  await page.screenshot({ path: join(shotDir, "index-search-out-of-scope.png") });

  await page.click("#q", { clickCount: 3 });
  await page.keyboard.press("Backspace");
  await page.type("#q", "kyphoplatsy");
  await page.screenshot({ path: join(shotDir, "index-search.png") });

  // Keyboard: Enter moves focus to the first result, which opens on Enter.
  await page.click("#q", { clickCount: 3 });
  await page.keyboard.press("Backspace");
  await page.type("#q", "Pluvicto");
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("href"));
  check(focused !== null && focused === `modalities/${rustSearch("Pluvicto")[0].split("\t")[0]}.html`,
    "Enter in the search box focuses the top result", `focused ${focused}`);
  await page.click("#q", { clickCount: 3 });
  await page.keyboard.press("Backspace");

  // ---------------------------------------------------------- filters
  // The rows a set of filters leaves are the modalities Catalog::query
  // (through the filter example) returns.
  const allRows = await visibleRowIds(page);
  for (const filters of filterCases) {
    await page.click("#f-reset");
    await page.waitForFunction(() => !document.querySelector("table.catalog tr[data-id][hidden]"));
    for (const [key, value] of Object.entries(filters)) {
      await page.select(`#f-${key}`, value);
    }
    const shown = await visibleRowIds(page);
    const want = rustFilter(filters).sort();
    check(want.length > 0 && JSON.stringify([...shown].sort()) === JSON.stringify(want),
      `filter ${JSON.stringify(filters)} shows the ${want.length} rows Catalog::query returns`,
      `shown ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`);
    const status = await page.$eval("#filter-status", (p) => p.textContent);
    check(status.includes(`Showing ${want.length} of ${allRows.length}`) || want.length === allRows.length,
      `the filter status says ${want.length} of ${allRows.length}`, status);
  }
  await page.click("#f-reset");
  await page.waitForFunction(() => !document.querySelector("table.catalog tr[data-id][hidden]"));
  check((await visibleRowIds(page)).length === allRows.length, "clearing the filters shows every row again");

  await runAxe(page, "index.html");
  await page.screenshot({ path: join(shotDir, "index.png"), fullPage: true });

  // ---------------------------------------------------------- keyboard
  await page.reload({ waitUntil: "load" });
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => document.activeElement.textContent);
  check(skip.includes("Skip to content"), "the first Tab reaches the skip link", skip);

  // ---------------------------------------------------------- a record
  const first = await page.$eval("table.catalog tr[data-id] th a", (a) => ({ href: a.getAttribute("href"), name: a.textContent }));
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("table.catalog tr[data-id] th a")]);
  check(page.url().endsWith(first.href), `following the modality link opens ${first.href}`, page.url());
  check((await page.$eval("h1", (h) => h.textContent)) === first.name, "the record page is titled with its name");
  const cite = await page.$eval("a.cite", (a) => a.getAttribute("href"));
  await page.click("a.cite");
  const target = await page.evaluate(() => {
    const t = document.querySelector(":target");
    return t ? { id: t.id, text: t.textContent } : null;
  });
  check(target !== null && `#${target.id}` === cite && target.text.length > 20,
    `the citation link ${cite} lands on its reference`, JSON.stringify(target));
  const bib = await page.$eval(`${cite} a.bib`, (a) => a.getAttribute("href"));
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(`${cite} a.bib`)]);
  const source = await page.evaluate(() => {
    const t = document.querySelector(":target");
    return t ? t.id : null;
  });
  check(source !== null && bib.endsWith(`#${source}`), `the reference links to its bibliography entry ${bib}`, source);
  const external = await page.$$eval("a.ext", (as) => as.map((a) => a.getAttribute("href")));
  check(external.length > 0 && external.every((h) => /^https?:\/\//.test(h)),
    "every outside link on the sources page is http(s)", external.find((h) => !/^https?:\/\//.test(h)));
  await runAxe(page, "sources.html");

  // A record page with radiation physics, corrections and codes.
  await page.goto(url(siteDir, "modalities/strontium-89-chloride.html"), { waitUntil: "load" });
  await runAxe(page, "modalities/strontium-89-chloride.html");
  await page.screenshot({ path: join(shotDir, "modality.png"), fullPage: true });

  for (const p of ["timeline.html", "about.html", "compare.html", "combinations/rfa-with-cement-augmentation.html", "innovations/peripheral-nerve-stimulation.html"]) {
    await page.goto(url(siteDir, p), { waitUntil: "load" });
    await runAxe(page, p);
    if (p === "timeline.html") {
      const marks = await page.$$eval("svg a.mark", (as) => as.map((a) => a.getAttribute("href")));
      check(marks.length > 5 && marks.every((h) => /^modalities\/[a-z0-9-]+\.html#s-[a-z0-9-]+$/.test(h)),
        `the timeline draws ${marks.length} marks, each linked to its record`);
      await page.screenshot({ path: join(shotDir, "timeline.png"), fullPage: true });
    }
  }

  // ---------------------------------------------------------- phone
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.goto(url(siteDir, "index.html"), { waitUntil: "load" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, "the index fits a phone's width without sideways scrolling", `${overflow}px too wide`);
  await page.screenshot({ path: join(shotDir, "index-phone.png"), fullPage: false });
  await page.goto(url(siteDir, "timeline.html"), { waitUntil: "load" });

  // ---------------------------------------------------------- print
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url(siteDir, "modalities/strontium-89-chloride.html"), { waitUntil: "load" });
  await page.emulateMediaType("print");
  const printed = await page.evaluate(() => ({
    refs: document.querySelectorAll(".references li").length,
    visible: getComputedStyle(document.querySelector(".references")).display !== "none",
    nav: getComputedStyle(document.querySelector("nav")).display,
    urls: getComputedStyle(document.querySelector(".references a.ext:not(.shown)"), "::after").content,
  }));
  check(printed.visible && printed.refs > 0 && printed.nav === "none" && printed.urls.includes("http"),
    "in print the references stay, with their addresses, and the navigation goes", JSON.stringify(printed));
  await page.emulateMediaType("screen");

  // ---------------------------------------------------------- every page
  // Every page of the site: no internal id or URI in its visible text (ids
  // belong in addresses only), and nothing wider than a 320 px screen.
  const catalogJson = JSON.parse(readFileSync(join(siteDir, "data/catalog.json"), "utf8"));
  // A modality's id is made of words, and the catalog's prose may use them
  // as a hyphenated adjective ("radiofrequency-ablation evidence"): those
  // count as prose when the text right after is a word, not an id's end.
  const internalIds = new Set([
    ...(catalogJson.combinations || []).map((x) => x.id),
    ...(catalogJson.innovations || []).map((x) => x.id),
    ...catalogJson.sources.map((x) => x.id),
  ].filter((id) => id.includes("-")));
  const idPattern = new RegExp(`(^|[^\\w./#-])(${[...internalIds].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\w-])`);
  const uriPattern = /urn:io-pain-modalities|hl7\.org\/fhir\/sid|www\.whocc\.no\/atc|HCPCSReleaseCodeSets/;
  const htmlPages = [];
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) { walk(join(dir, e.name), `${prefix}${e.name}/`); }
      else if (e.name.endsWith(".html")) { htmlPages.push(`${prefix}${e.name}`); }
    }
  };
  walk(siteDir, "");
  htmlPages.sort();
  const leaks = [];
  const wide = [];
  await page.setViewport({ width: 320, height: 700, isMobile: true, hasTouch: true });
  for (const p of htmlPages) {
    await page.goto(url(siteDir, p), { waitUntil: "load" });
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true);
      // A statement's address, shown as an address, may hold ids.
      clone.querySelectorAll(".address, .print-only").forEach((n) => n.remove());
      document.body.appendChild(clone);
      clone.style.position = "absolute";
      const t = clone.innerText;
      clone.remove();
      return t;
    });
    const m = idPattern.exec(text) || uriPattern.exec(text) ||
      catalogJson.modalities.filter((x) => x.id.includes("-")).map((x) => new RegExp(`(^|\\s|\\()${x.id}(?=[\\s.,;:)]|$)(?! [a-z])`).exec(text)).find(Boolean);
    if (m) { leaks.push(`${p}: ${JSON.stringify(m[0])}`); }
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (over > 1) { wide.push(`${p}: ${over}px`); }
  }
  check(leaks.length === 0, `no internal id or URI in the visible text of any of ${htmlPages.length} pages`, leaks.join("; "));
  check(wide.length === 0, `no page of ${htmlPages.length} is wider than a 320 px screen`, wide.join("; "));
  await page.goto(url(siteDir, "timeline.html"), { waitUntil: "load" });
  const firstOnPhone = await page.evaluate(() => {
    const table = document.querySelector("table.events").getBoundingClientRect().top;
    const drawing = document.querySelector(".svg-wrap").getBoundingClientRect().top;
    const cue = getComputedStyle(document.getElementById("pan-cue")).display;
    return { tableFirst: table < drawing, cue };
  });
  check(firstOnPhone.tableFirst && firstOnPhone.cue !== "none",
    "on a phone the timeline shows its table first and a cue to pan the drawing", JSON.stringify(firstOnPhone));
  await page.screenshot({ path: join(shotDir, "timeline-phone.png"), fullPage: false });

  // ---------------------------------------------------------- compare
  await page.setViewport({ width: 1280, height: 900 });
  const [idA, idB] = catalogJson.modalities.map((m) => m.id);
  await page.goto(`${url(siteDir, "compare.html")}?ids=${idA},${idB}`, { waitUntil: "load" });
  const compared = await page.evaluate(() => ({
    heads: [...document.querySelectorAll("#compare-table thead th a")].map((a) => a.getAttribute("href")),
    rows: document.querySelectorAll("#compare-table tbody tr").length,
    shown: !document.getElementById("compare-wrap").hidden,
  }));
  check(compared.shown && compared.rows >= 8 &&
    JSON.stringify(compared.heads) === JSON.stringify([`modalities/${idA}.html`, `modalities/${idB}.html`]),
    `compare.html?ids=${idA},${idB} shows the two side by side`, JSON.stringify(compared));
  await runAxe(page, "compare.html (two entries)");
  await page.screenshot({ path: join(shotDir, "compare.png"), fullPage: true });

  // ---------------------------------------------------------- shareable search
  await page.goto(url(siteDir, "sources.html"), { waitUntil: "load" });
  await page.type("#site-q", "kyphoplasty");
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
  const shared = await page.evaluate(() => ({
    q: new URLSearchParams(location.search).get("q"),
    box: document.getElementById("q").value,
    hits: document.querySelectorAll("#search-results li").length,
  }));
  check(shared.q === "kyphoplasty" && shared.box === "kyphoplasty" && shared.hits > 0,
    "the header search opens the index with the query in its address and its results", JSON.stringify(shared));

  await page.goto(`${url(siteDir, "sources.html")}?kind=guideline`, { waitUntil: "load" });
  const filteredBib = await page.evaluate(() => ({
    select: document.getElementById("f-kind").value,
    kinds: [...new Set([...document.querySelectorAll("#bibliography > li:not([hidden])")].map((li) => li.dataset.kind))],
    status: document.querySelector("#source-filters .status").textContent,
  }));
  check(filteredBib.select === "guideline" && JSON.stringify(filteredBib.kinds) === JSON.stringify(["guideline"]) &&
    /^Showing \d+ of \d+ sources/.test(filteredBib.status),
    "sources.html?kind=guideline opens the bibliography filtered to guidelines", JSON.stringify(filteredBib));
  await page.goto(`${url(siteDir, "index.html")}?use=labelled`, { waitUntil: "load" });
  const shownRows = (await visibleRowIds(page)).sort();
  const wantRows = rustFilter({ use: "labelled" }).sort();
  check(JSON.stringify(shownRows) === JSON.stringify(wantRows),
    "index.html?use=labelled opens the index with that filter applied", `${shownRows} vs ${wantRows}`);

  // ---------------------------------------------------------- downloads
  await page.goto(url(siteDir, "about.html"), { waitUntil: "load" });
  const downloads = await page.$$eval("a[download]", (as) => as.map((a) => a.getAttribute("href")));
  const broken = downloads.filter((h) => {
    try {
      const body = readFileSync(join(siteDir, h), "utf8");
      if (h.endsWith(".jsonl")) { body.trim().split("\n").forEach((l) => JSON.parse(l)); } else { JSON.parse(body); }
      return body.length === 0;
    } catch (e) {
      return true;
    }
  });
  check(downloads.length >= 2 && broken.length === 0,
    `every download link of About resolves to a file that parses (${downloads.join(", ")})`, broken.join(", "));

  // ---------------------------------------------------------- dark scheme
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  for (const p of ["index.html", "modalities/strontium-89-chloride.html", "sources.html", "timeline.html", `compare.html?ids=${idA},${idB}`]) {
    await page.goto(p.includes("?") ? `${url(siteDir, "compare.html")}?ids=${idA},${idB}` : url(siteDir, p), { waitUntil: "load" });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check(bg !== "rgb(255, 255, 255)", `${p} turns dark when the system asks`, bg);
    await runAxe(page, `${p} (dark)`);
  }
  await page.goto(url(siteDir, "index.html"), { waitUntil: "load" });
  await page.screenshot({ path: join(shotDir, "index-dark.png"), fullPage: false });
  await page.goto(url(siteDir, "modalities/strontium-89-chloride.html"), { waitUntil: "load" });
  await page.screenshot({ path: join(shotDir, "modality-dark.png"), fullPage: false });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);

  // ---------------------------------------------------------- phone shots
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.goto(url(siteDir, "modalities/radiofrequency-ablation.html"), { waitUntil: "load" });
  await page.screenshot({ path: join(shotDir, "modality-phone.png"), fullPage: false });
  await page.goto(url(siteDir, "sources.html"), { waitUntil: "load" });
  await page.screenshot({ path: join(shotDir, "sources-phone.png"), fullPage: false });
  await page.setViewport({ width: 1280, height: 900 });

  // ---------------------------------------------------------- print shot
  await page.goto(url(siteDir, "modalities/strontium-89-chloride.html"), { waitUntil: "load" });
  await page.emulateMediaType("print");
  const printFoot = await page.evaluate(() => ({
    shown: getComputedStyle(document.querySelector(".print-only")).display !== "none",
    text: document.querySelector(".print-only").textContent,
  }));
  check(printFoot.shown && printFoot.text.includes("file://") && /\d{4}-\d{2}-\d{2}/.test(printFoot.text),
    "a printed page shows its address and the date", JSON.stringify(printFoot));
  await page.screenshot({ path: join(shotDir, "modality-print.png"), fullPage: true });
  await page.emulateMediaType("screen");

  // ---------------------------------------------------------- hostile
  const hostile = await browser.newPage();
  await watch(hostile);
  for (const p of ["index.html", "modalities/x-hostile-modality.html", "sources.html"]) {
    await hostile.goto(url(hostileDir, p), { waitUntil: "load" });
    await hostile.click("body");
    const text = await hostile.evaluate(() => document.body.innerText);
    const injected = await hostile.evaluate(() => ({
      img: document.querySelectorAll("img").length,
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
      pwned: window.__pwned === true,
    }));
    check(text.includes("<script>") && injected.img === 0 && injected.scripts === 0 && !injected.pwned,
      `hostile catalog: ${p} shows markup as visible text and runs none of it`, JSON.stringify(injected));
  }
  await hostile.goto(url(hostileDir, "index.html"), { waitUntil: "load" });
  await hostile.type("#q", "<img src=x onerror=");
  const hostileTop = await hostile.$eval("#search-results", (ol) => {
    const a = ol.querySelector("li a");
    return a ? a.textContent : null;
  });
  check(hostileTop !== null && hostileTop.includes("<script>") &&
    (await hostile.$$eval("#search-results img", (i) => i.length)) === 0,
    "hostile catalog: search results show names as text", hostileTop);
  await hostile.close();

  check(problems.length === 0, "no console errors, page errors, dialogs or network requests", problems.join("\n     "));
} catch (err) {
  check(false, "the browser test ran to the end", err && err.stack);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`screenshots in ${shotDir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
