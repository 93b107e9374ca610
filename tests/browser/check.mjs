// Checks a built Trailmark report the way a reader's browser sees it.
//
//   node check.mjs SITE_DIR
//
// For every HTML page under SITE_DIR, opened from file:// in Chromium:
// no console error or failed request, no serious or critical axe-core
// violation, and every relative link, image and stylesheet resolves (with
// its #fragment, when it has one). Then the Nu HTML Checker validates all
// pages in one run. The overview, the stage pages, the journey maps, the
// coverage page and the findings pages are also laid out at 390, 1280 and
// 1920 px: no page scrolls sideways, no two texts of a shown chart overlap,
// and chart text is at least 11 px on the phone; the findings pages link
// every filter with its count. Exits 1 when anything fails.
//
// Needs Debian's chromium (CHROMIUM overrides /usr/bin/chromium), Java for
// the Nu checker, and `npm ci` in this folder.

import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const site = resolve(process.argv[2] ?? "public");
if (!existsSync(join(site, "index.html"))) {
  console.error(`no index.html in ${site}: build the report first`);
  process.exit(2);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return entry.name.endsWith(".html") ? [path] : [];
    })
    .sort();
}

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const text = readFileSync(file, "utf8");
    idCache.set(file, new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

const pages = htmlFiles(site);
const problems = [];
const problem = (page, text) => problems.push(`${relative(site, page)}: ${text}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const context = await browser.newContext();
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

for (const file of pages) {
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problem(file, `console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problem(file, `script error: ${error.message}`));
  page.on("requestfailed", (request) => problem(file, `failed to load ${request.url()}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"], preload: false });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  for (const v of violations) {
    if (v.impact === "serious" || v.impact === "critical") {
      problem(file, `axe ${v.impact} ${v.id}: ${v.help} (${v.targets.join("; ")})`);
    }
  }

  const references = await page.evaluate(() =>
    [
      ...[...document.querySelectorAll("a[href]")].map((a) => a.href),
      ...[...document.querySelectorAll("img[src]")].map((img) => img.src),
      ...[...document.querySelectorAll("link[href]")].map((link) => link.href),
    ],
  );
  for (const reference of references) {
    const url = new URL(reference);
    if (url.protocol !== "file:") continue;
    const target = fileURLToPath(url);
    if (!existsSync(target) || statSync(target).isDirectory()) {
      problem(file, `broken link to ${relative(site, target)}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
      problem(file, `link to missing anchor ${relative(site, target)}#${fragment}`);
    }
  }
  await page.close();
}

// Layout at a phone, a laptop and a large screen.
const laidOut = pages.filter((file) => {
  const path = relative(site, file);
  return (
    path === "index.html" ||
    path === "findings.html" ||
    path === "coverage.html" ||
    path.startsWith("stages/") ||
    path.startsWith("journey/") ||
    path.startsWith("findings/")
  );
});
for (const width of [390, 1280, 1920]) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  for (const file of laidOut) {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const layout = await page.evaluate(() => {
      const root = document.documentElement;
      const overflow = root.scrollWidth - root.clientWidth;
      const overlaps = [];
      let smallest = Infinity;
      for (const svg of document.querySelectorAll("svg.plot")) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const scale = box.width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll("text")]
          .filter((t) => t.textContent.trim() !== "")
          .map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect(), size: parseFloat(getComputedStyle(t).fontSize) }));
        for (const t of texts) smallest = Math.min(smallest, t.size * scale);
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i].box;
            const b = texts[j].box;
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > 2 && y > 2) overlaps.push(`${svg.id || svg.getAttribute("aria-labelledby")}: "${texts[i].text}" / "${texts[j].text}"`);
          }
        }
      }
      const filters = [...document.querySelectorAll("nav.filters a")].map(
        (a) => a.querySelector(".count") !== null,
      );
      return { overflow, overlaps: overlaps.slice(0, 5), smallest, filters };
    });
    const path = relative(site, file);
    if (width === 390 && (path === "findings.html" || path.startsWith("findings/"))) {
      // All, three severities, five areas and the agency's list, each counted.
      if (layout.filters.length !== 10 || layout.filters.includes(false)) {
        problem(file, `the filter bar has ${layout.filters.length} links, not 10 with counts`);
      }
    }
    if (layout.overflow > 0) problem(file, `scrolls sideways by ${layout.overflow} px at ${width} px`);
    for (const overlap of layout.overlaps) problem(file, `chart text overlaps at ${width} px: ${overlap}`);
    if (width === 390 && layout.smallest < 11) {
      problem(file, `chart text of ${layout.smallest.toFixed(1)} px at 390 px`);
    }
  }
  await page.close();
}
await browser.close();

const vnu = spawnSync(
  "java",
  ["-jar", require.resolve("vnu-jar/build/dist/vnu.jar"), "--errors-only", "--format", "gnu", ...pages],
  { encoding: "utf8", env: { ...process.env, TMPDIR: mkdtempSync(join(tmpdir(), "vnu-")) } },
);
if (vnu.error) {
  problems.push(`could not run the Nu HTML Checker: ${vnu.error.message}`);
} else {
  for (const line of `${vnu.stdout}${vnu.stderr}`.split("\n")) {
    if (line.trim()) problems.push(`html: ${line.replace(`file:${site}/`, "").replace(`${site}/`, "")}`);
  }
}

for (const line of problems) console.log(line);
console.log(`browser checks: ${pages.length} pages, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
