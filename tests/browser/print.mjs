// Checks the print page of a built Trailmark report on paper.
//
//   node print.mjs SITE_DIR
//
// Prints SITE_DIR/print.html with headless Chromium, as a reader's "Save as
// PDF" does, and checks the PDF: A4 pages (the default paper), a page count
// in a sane range for the report, and a page number on the pages. Then, in
// Chromium's print layout, that no chart can be cut across two pages: each
// chart keeps `break-inside: avoid` and is no taller than the printable
// height of an A4 page, so the browser moves it whole to the next page;
// and that nothing is wider than the sheet, which would make the browser
// shrink the whole document. The cover carries the audit's date and the
// agency's brand (the demo's: Fjord & Co.). Exits 1 when anything fails.
//
// Needs Debian's chromium (CHROMIUM overrides /usr/bin/chromium),
// poppler-utils (pdfinfo, pdftotext) and `npm ci` in this folder.

import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const site = resolve(process.argv[2] ?? "public");
const printPage = join(site, "print.html");
if (!existsSync(printPage)) {
  console.error(`no print.html in ${site}: build the report first`);
  process.exit(2);
}
const executable = process.env.CHROMIUM ?? "/usr/bin/chromium";
const problems = [];

// A4 in CSS pixels (96 per inch), less the page margins of book.css
// (16 + 18 mm top and bottom, 15 mm each side).
const mm = 96 / 25.4;
const printable = { width: (210 - 30) * mm, height: (297 - 34) * mm };

// 1. The PDF, printed the way a script would.
const scratch = mkdtempSync(join(tmpdir(), "trailmark-print-"));
const pdf = join(scratch, "report.pdf");
const printed = spawnSync(
  executable,
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-pdf-header-footer",
    `--user-data-dir=${join(scratch, "profile")}`,
    `--print-to-pdf=${pdf}`,
    pathToFileURL(printPage).href,
  ],
  { encoding: "utf8", timeout: 120_000 },
);
if (!existsSync(pdf)) {
  problems.push(`chromium printed no PDF: ${printed.error?.message ?? printed.stderr}`);
} else {
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const size = /^Page size:.*\((\w+)\)/m.exec(info)?.[1];
  if (size !== "A4") problems.push(`the pages are ${size ?? "of no known size"}, not A4`);
  // The demo report: a cover, a contents list and a part per page of the
  // site; far fewer means parts went missing, far more that layout broke.
  if (pages < 10 || pages > 200) problems.push(`${pages} pages printed; expected 10 to 200`);
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  const sheets = text.split("\f").filter((sheet) => sheet.trim());
  const numbered = sheets.filter((sheet, i) => new RegExp(`\\b${i + 1} / ${pages}\\s*$`).test(sheet.trimEnd()));
  if (numbered.length < sheets.length - 1) {
    problems.push(`${sheets.length - 1 - numbered.length} pages after the cover lack their page number`);
  }
  const cover = sheets[0] ?? "";
  for (const expected of ["Nordlys Auto", "2026-Q4", "6 November 2026", "Prepared by Fjord & Co."]) {
    if (!cover.includes(expected)) problems.push(`the cover lacks "${expected}"`);
  }
  if (!sheets[1]?.includes("Contents")) problems.push("the cover takes more than one sheet");
  console.log(`print: ${pages} ${size} pages, ${numbered.length} numbered`);
}

// 2. Charts in the print layout.
const browser = await chromium.launch({
  executablePath: executable,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({
  viewport: { width: Math.floor(printable.width), height: Math.floor(printable.height) },
});
await page.goto(pathToFileURL(printPage).href, { waitUntil: "load" });
await page.emulateMedia({ media: "print" });
const width = await page.evaluate(() => document.documentElement.scrollWidth);
if (width > Math.ceil(printable.width)) {
  problems.push(`the print layout is ${width} px wide, more than the sheet (${Math.floor(printable.width)} px): the browser would shrink every page`);
}
const charts = await page.evaluate(() =>
  [...document.querySelectorAll(".chart-svg")].map((box) => ({
    id: box.closest("[id]")?.id ?? "?",
    height: box.getBoundingClientRect().height,
    avoid: getComputedStyle(box).breakInside,
  })),
);
await browser.close();
if (charts.length === 0) problems.push("the print page has no chart");
for (const chart of charts) {
  if (chart.avoid !== "avoid") problems.push(`chart ${chart.id} may break across pages (break-inside: ${chart.avoid})`);
  if (chart.height > printable.height) {
    problems.push(`chart ${chart.id} is ${Math.round(chart.height)} px tall, more than a page (${Math.round(printable.height)} px)`);
  }
}
console.log(`print: ${charts.length} charts checked`);

for (const line of problems) console.log(line);
process.exit(problems.length === 0 ? 0 : 1);
