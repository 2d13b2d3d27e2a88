import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {chromiumPath} from "../../loaders/bulletin/chromiumFlags.ts";
import {formatCount} from "../../loaders/bulletin/formatCount.ts";
import {rowsFromCsv} from "../../loaders/bulletin/rowsFromCsv.ts";
import {scopeNames} from "../../loaders/bulletin/scopeNames.ts";
import type {VillageYearRow} from "../../loaders/bulletin/types.ts";

// `npm run bulletin` end to end on the bundled sample: pipeline → site build → chromium → PDF.
const root = new URL("../..", import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;

function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
}

let work: string;
let pdftotext = false;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "bulletin-pdf-"));
  if (!existsSync(chromiumPath)) execFileSync("npx", ["tsx", "loaders/site/ensureChromium.ts"], {cwd: root, stdio: "inherit"});
  pdftotext = hasCommand("pdftotext");
  if (!pdftotext && isRoot) {
    // Only the text check needs poppler-utils; installed from Debian apt, only when missing and root.
    const env = {...process.env, DEBIAN_FRONTEND: "noninteractive"};
    execFileSync("apt-get", ["update"], {stdio: "ignore", env});
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "poppler-utils"], {stdio: "ignore", env});
    pdftotext = hasCommand("pdftotext");
  }
});

afterAll(() => {
  if (work) rmSync(work, {recursive: true, force: true});
});

describe("npm run bulletin on data/sample", () => {
  let town: VillageYearRow;
  let villages: VillageYearRow[];
  let out: string;

  beforeAll(async () => {
    // Imported here so that a pipeline that cannot run fails this test with its message.
    const {ensurePipelineOutputs} = await import("../../loaders/publish/ensurePipelineOutputs.ts");
    const outputs = await ensurePipelineOutputs("data/sample");
    const rows = rowsFromCsv(readFileSync(join(outputs, "village_year.csv"), "utf8")) as unknown as VillageYearRow[];
    town = rows.filter((r) => r.village_code === "TOWN").sort((a, b) => b.year - a.year)[0];
    villages = rows.filter((r) => r.year === town.year && r.village_code !== "TOWN").sort((a, b) => (a.village_code < b.village_code ? -1 : 1));
    out = join(work, `bulletin-${town.year}.pdf`);
    const run = spawnSync(
      "npx",
      ["tsx", "loaders/bulletin/cli.ts", "--year", String(town.year), "--input", "data/sample", "--out", out, "--dist", join(work, "dist")],
      {cwd: root, encoding: "utf8"}
    );
    if (run.status !== 0) throw new Error(`npm run bulletin failed (${run.status}):\n${run.stderr}`);
  }, 600_000);

  test("bulletin --year <latest> writes a PDF file that starts with %PDF", () => {
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("bulletin --year <latest> writes a PDF whose Title is the bulletin's heading, not the site's page title", (context) => {
    if (!pdftotext) {
      context.skip("pdfinfo (poppler-utils) is missing and the tests do not run as root: the PDF's Title not checked");
    }
    const info = execFileSync("pdfinfo", ["-enc", "UTF-8", out], {encoding: "utf8"});
    expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toBe(`${town.village_name}${town.year}年人口发展统计公报`);
  });

  test("bulletin --year <latest> prints the title and the year-end population of village_year", (context) => {
    if (!pdftotext) {
      context.skip("pdftotext (poppler-utils) is missing and the tests do not run as root: text of the PDF not checked");
    }
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", out, "-"], {encoding: "utf8"}).replace(/\s+/g, "");
    expect(text).toContain(`${town.village_name}${town.year}年人口发展统计公报`);
    // The headline sentence, with the figure read from village_year (exact persons, no separators).
    expect(text).toContain(`${town.year}年末,${scopeNames(town.village_name).whole}常住人口${formatCount(town.pop_end)}`);
  });

  test("bulletin --year <latest> numbers every page once in its footer and never starts a page with a table's notes", (context) => {
    if (!pdftotext) {
      context.skip("pdftotext (poppler-utils) is missing and the tests do not run as root: text of the PDF not checked");
    }
    const pageText = (n: number) => execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(n), "-l", String(n), out, "-"], {encoding: "utf8"}).replace(/\s+/g, "");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [out], {encoding: "utf8"}))![1]);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) {
      const text = pageText(n);
      // The @page margin box of src/bulletin.md, printed once (not also by a footer template).
      expect(text.split(`第${n}页共${pages}页`).length - 1, `page ${n}`).toBe(1);
      // A table's notes ("注:本表…") are kept on the page of its last rows.
      expect(text.startsWith("注:"), `page ${n} starts with: ${text.slice(0, 40)}`).toBe(false);
    }
  });

  test("bulletin --year <latest> prints a village table that fits on a page whole: its title, last village and notes on one page", (context) => {
    if (!pdftotext) {
      context.skip("pdftotext (poppler-utils) is missing and the tests do not run as root: text of the PDF not checked");
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [out], {encoding: "utf8"}))![1]);
    const texts = Array.from({length: pages}, (_, i) =>
      execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), out, "-"], {encoding: "utf8"}).replace(/\s+/g, "")
    );
    // The sample's last village in code order (竹园村) was once printed alone at the top of a page.
    const lastVillage = villages.at(-1)!.village_name;
    for (const title of [`表1${town.year}年末各村(社区)人口情况`, `表2${town.year}年各村(社区)人口变动情况`]) {
      const page = texts.findIndex((text) => text.includes(title));
      expect(page, title).toBeGreaterThanOrEqual(0);
      const rest = texts[page].slice(texts[page].indexOf(title));
      expect(rest, `${title}, page ${page + 1}`).toContain(lastVillage);
      expect(rest, `${title}, page ${page + 1}`).toContain("注:本表根据");
    }
  });
});
