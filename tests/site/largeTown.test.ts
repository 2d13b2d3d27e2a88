import {execFileSync, spawnSync} from "node:child_process";
import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
// @ts-expect-error -- plain JavaScript without type declarations
import {cellLabelsShown} from "../../src/components/cellLabelsShown.js";
import {elementsPastWidth, expectNoProblems, openPage} from "./browser.ts";
import {projectDir} from "./buildSite.ts";
import {largeTownVillages, useLargeTownSite} from "./largeTownSite.ts";

// A register with 61 villages (largeTownSite.ts): more than the 50 rows the villages table builds at first, and one more
// than the 60 villages up to which the coverage heat map prints each cell's value (cellLabelsShown).
const villages = largeTownVillages;
const site = useLargeTownSite();

const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));

describe("the villages table of a large town", () => {
  test(`openPage(/villages.html) with ${villages} villages shows the town and the first 50 villages, and all ${villages + 1} rows on request, the town first in any order`, async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html`, {screenshot: `villages-${villages}`});
    try {
      const table = visit.page.locator("table", {has: visit.page.locator("caption", {hasText: "主要指标"})}).first();
      const rows = table.locator("tbody tr");
      const firstCells = () => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent?.trim()));
      await expect.poll(() => rows.count()).toBe(1 + 50);
      // The town's row comes first; its code cell shows "—", not the internal code TOWN.
      expect((await firstCells())[0]).toBe("—");
      const more = visit.page.locator("button.table-more");
      await expect.poll(() => more.getAttribute("aria-expanded")).toBe("false");
      expect(await more.textContent()).toContain(`显示全部 ${villages + 1} 行`);
      await more.press("Enter");
      await expect.poll(() => rows.count()).toBe(1 + villages);
      expect(await more.getAttribute("aria-expanded")).toBe("true");
      // Sort by the first column, both ways: the town row stays on top.
      const header = table.locator("thead th button").first();
      for (let i = 0; i < 2; i++) {
        await header.click();
        const cells = await firstCells();
        expect(cells[0]).toBe("—");
        expect(cells.length).toBe(1 + villages);
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test(`openPage(/villages.html) with ${villages} villages printed on A4 (print media, page.pdf): all ${villages + 1} rows, not the screen's 50, within the page, over several pages each headed by the columns`, async (context) => {
    const printableWidth = Math.floor(((210 - 2 * 12) / 25.4) * 96); // src/villages.md's @page: A4 portrait, 12 mm margins
    const visit = await openPage(site.browser, `${site.url}/villages.html?indicator=funding_per_capita`, {viewport: {width: printableWidth, height: 1000}});
    try {
      await visit.page.emulateMedia({media: "print"});
      const rows = visit.page.locator(".villages-print table tbody tr");
      await expect.poll(() => rows.count()).toBe(1 + villages);
      expect(await elementsPastWidth(visit.page, "#observablehq-main", printableWidth)).toEqual([]);
      if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) context.skip("pdftotext (poppler-utils) is missing: the PDF's pages not checked");
      const dir = join(projectDir, "tests", "artifacts", "print");
      await mkdir(dir, {recursive: true});
      const out = join(dir, `villages-${villages}.pdf`);
      await visit.page.pdf({path: out, format: "A4", preferCSSPageSize: true});
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [out], {encoding: "utf8"}))![1]);
      const texts = Array.from({length: pages}, (_, i) => execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), out, "-"], {encoding: "utf8"}).replace(/\s+/g, ""));
      // The table starts on some page and goes on over the next ones: each of those repeats the header.
      // The table's first page is the one with its caption (the page's h2 says 及目标达标情况, not 各项); the
      // header is checked on the pages after it, since pdftotext's order within a page varies.
      const first = texts.findIndex((text) => text.includes("及各项目标达标情况") && text.includes("村(社区)"));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(pages - first).toBeGreaterThan(1);
      for (let i = first + 1; i < pages; i++) if (/[✓✗]/.test(texts[i])) {
        // The header's cells, in whatever order pdftotext gives them.
        for (const label of ["村(社区)", "人均经费投入(元)", "出生率(‰)"]) expect(texts[i], `page ${i + 1}`).toContain(label);
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});

describe("the small multiples of a large town", () => {
  test(`openPage(/villages.html) with ${villages} villages draws the first groups of small multiples at once and a group far below when it is scrolled near, in the height kept for it`, async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html`);
    try {
      const {page} = visit;
      const figure = page.locator("figure.chart", {has: page.locator("svg[aria-label^='各村(社区)']")}).first();
      const groups = figure.locator(".small-multiples > *");
      // Several groups, each one image named by the villages it shows; the last not drawn on opening.
      await expect.poll(() => groups.count()).toBeGreaterThan(2);
      const last = groups.last();
      expect(await last.getAttribute("data-drawn")).toBe("false");
      expect(await last.locator("svg").count()).toBe(0);
      const kept = (await last.boundingBox())!.height;
      expect(kept).toBeGreaterThan(100);
      // The last village's facet is in the last group, drawn once it comes near the viewport.
      const lastName = read("village_year.csv").filter((d) => d.village_code !== "TOWN").map((d) => d.village_code).sort().at(-1)!;
      const lastLabel = read("village_year.csv").find((d) => d.village_code === lastName)!.village_name;
      await last.scrollIntoViewIfNeeded();
      await expect.poll(() => last.getAttribute("data-drawn")).toBe("true");
      const svg = last.locator("svg[role='img']");
      expect(await svg.getAttribute("aria-label")).toMatch(new RegExp(`个村\\(社区\\),共${villages}个\\)$`));
      expect(await svg.locator("text", {hasText: lastLabel}).count()).toBeGreaterThan(0);
      // Drawn in the height it kept: nothing below it moved.
      expect((await last.boundingBox())!.height).toBeCloseTo(kept, 0);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});

describe("the coverage heat map of a large town", () => {
  test(`openPage(/services.html) with ${villages} villages draws one row per village with no value printed in the cells; each value is in the cell's tooltip and the table view, and the cells that miss the target keep their frame`, async () => {
    expect(cellLabelsShown(villages)).toBe(false);
    const villageYear = read("village_year.csv");
    const year = villageYear.map((d) => d.year).sort().at(-1)!;
    const names = new Map(villageYear.map((d) => [d.village_code, d.village_name]));
    const services = read("services.csv").filter((d) => d.year === year);
    const villageServices = services.filter((d) => d.village_code !== "TOWN");
    const codes = Array.from(new Set(villageServices.map((d) => d.village_code))).sort();
    expect(codes.length).toBe(villages);
    const project = "免费孕前优生健康检查";
    const checks = new Map(read("target_checks.csv").filter((c) => c.year === year && c.indicator === "prepregnancy_check_coverage_rate").map((c) => [c.village_code, c]));
    const notMet = villageServices.filter((d) => d.project === project && checks.get(d.village_code)?.status === "not_met");
    expect(notMet.length).toBeGreaterThan(0);
    const coverage = (d: Record<string, string>) => (d.coverage_rate === "" ? "—" : Number(d.coverage_rate).toFixed(2));

    const visit = await openPage(site.browser, `${site.url}/services.html?year=${year}`, {screenshot: `services-${villages}`});
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "各项目覆盖率"})});
      const svg = card.locator('svg[aria-label$="各项目覆盖率"]');
      // One row per village, in code order, each labelled with its name.
      const ticks = await svg.locator('g[aria-label="y-axis tick label"] text').allTextContents();
      expect(ticks).toEqual(codes.map((code) => names.get(code)));
      // A cell for every village and project with a coverage (none where nobody was eligible).
      const drawn = villageServices.filter((d) => d.coverage_rate !== "");
      const cells = svg.locator('g[aria-label="cell"]').first().locator("rect");
      expect(await cells.count()).toBe(drawn.length);
      // No value printed in the cells, and the subtitle says where the values are instead.
      expect(await svg.locator('g[aria-label="text"]').count()).toBe(0);
      const subtitle = await card.locator("h3").innerText();
      expect(subtitle).toContain("各格数值见提示或表格视图");
      expect(subtitle).not.toContain("该项目各格标 ✓");
      // The frame on each cell that misses the target stays (the verdict is no longer printed in the cell).
      expect(subtitle).toContain(`目标:${checks.get("TOWN")!.label},未达标的格加框`);
      expect(await svg.locator("g.target-missed rect").count()).toBe(notMet.length);
      // A cell's tooltip gives its village, project and value: here a village that missed the target.
      const missed = notMet[0]!;
      // (The mouse is moved by hand: Plot's tip, drawn over the cell as the pointer arrives, keeps
      // locator.hover() waiting for the cell to take the pointer.)
      const cell = cells.nth(drawn.indexOf(missed));
      await cell.scrollIntoViewIfNeeded();
      const box = (await cell.boundingBox())!;
      await visit.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tip = svg.locator('g[aria-label="tip"]');
      // (Plot writes the tip's words in tspans marked off by zero-width spaces: compared without spacing.)
      const tipText = async () => ((await tip.textContent()) ?? "").replace(/[\s\u200b]/g, "");
      await expect.poll(tipText).toContain(`${names.get(missed.village_code)}${project}:${coverage(missed)}%(${missed.served}/${missed.eligible}人`);
      expect(await tipText()).toContain("未达标");
      // The table view lists every row of the year, the town's included, with its value.
      await card.locator("details.table-view summary").click();
      const more = card.locator("details.table-view button.table-more");
      if (await more.count()) await more.click();
      const rows = await card.locator("details.table-view table tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => (td.textContent ?? "").trim())));
      expect(rows.length).toBe(services.length);
      for (const d of services) {
        const label = d.village_code === "TOWN" ? "全镇" : names.get(d.village_code);
        const row = rows.find((cellsOfRow) => cellsOfRow[0] === label && cellsOfRow[1] === d.project);
        expect(row?.[4], `${label} ${d.project}`).toMatch(new RegExp(`^${coverage(d).replace(".", "\\.")}`));
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});
