// Checks a built Trailmark report the way a reader's browser sees it.
//
//   node check.mjs SITE_DIR
//
// For every HTML page under SITE_DIR, opened from file:// in Chromium:
// no console error or failed request, no serious or critical axe-core
// violation, and every relative link, image and stylesheet resolves (with
// its #fragment, when it has one). Then the Nu HTML Checker validates all
// pages in one run. Exits 1 when anything fails.
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
