import {execFileSync, spawnSync} from "node:child_process";
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import config from "../../observablehq.config.ts";
import {elementsClipping, elementsPastWidth, openPage, expectNoProblems, visibleFormControls, type PageVisit} from "./browser.ts";
import {projectDir} from "./buildSite.ts";
import {useSampleSite} from "./sampleSite.ts";

// The villages page printed (Ctrl+P) on A4 portrait: the table made for paper instead of the
// screen's 30 columns, everything within the printable width, the screen unchanged. Then every page
// of the site printed: nothing past the paper's width or cut by a scroll box, no form control, the
// choices of the hidden controls named on paper.
const component = (name: string): Promise<any> => import(`../../src/components/${name}.js`);
const {formatValue} = await component("formatValue");
const {indicators} = await component("indicators");
const {typeRows} = await component("typeRows");
const {verdictParts} = await component("verdictParts");
const {villageLabels} = await component("villageLabels");

type Row = Record<string, any>;
type Indicator = {key: string; label: string; unit: string};

/** A4 portrait less the page's margins (the site's @page, src/style.css: 12 mm left and right), in CSS px. */
const printableWidth = Math.floor(((210 - 2 * 12) / 25.4) * 96);
const printViewport = {width: printableWidth, height: 1000};

const site = useSampleSite();
let villageYear: Row[];
let targetChecks: Row[];
let latestYear: number;

beforeAll(() => {
  villageYear = typeRows(csvParse(csvTextFromFile(join(site.outputsDir, "village_year.csv"))));
  targetChecks = typeRows(csvParse(csvTextFromFile(join(site.outputsDir, "target_checks.csv"))));
  latestYear = Math.max(...villageYear.map((d) => d.year));
});

const indicator = (key: string): Indicator => (indicators as Indicator[]).find((d) => d.key === key)!;
const checkOf = (year: number, code: string, key: string) => targetChecks.find((c) => c.year === year && c.village_code === code && c.indicator === key);

/** The rows the page prints for a year: the town, then its villages in code order. */
function rowsOf(year: number): Row[] {
  const rows = villageYear.filter((d) => d.year === year);
  return [...rows.filter((d) => d.village_code === "TOWN"), ...rows.filter((d) => d.village_code !== "TOWN").sort((a, b) => String(a.village_code).localeCompare(String(b.village_code)))];
}

/** The printed table's cells, row by row, as text. */
function printedCells(page: Page): Promise<string[][]> {
  return page.locator(".villages-print table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, " ").trim())));
}

describe("the villages page printed on A4 portrait", () => {
  test("openPage(/villages.html?year=…&indicator=funding_per_capita) in print media, A4's printable width: the printed table, the map and the headings stay within the page; the screen's table and small multiples are not printed", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${latestYear}&indicator=funding_per_capita`, {viewport: printViewport});
    try {
      // The paper this width is taken from: the site's @page rule (src/style.css).
      const pageRule = await visit.page.evaluate(() => {
        const rule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((r) => r instanceof CSSPageRule) as CSSPageRule | undefined;
        return rule && {size: rule.style.getPropertyValue("size"), left: rule.style.getPropertyValue("margin-left"), right: rule.style.getPropertyValue("margin-right")};
      });
      expect(pageRule).toEqual({size: "a4", left: "12mm", right: "12mm"}); // chromium writes "A4 portrait" as "a4"
      await printMedia(visit);
      const table = visit.page.locator(".villages-print table");
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await visit.page.locator(".card:has(h2:text-matches('主要指标')) table").isVisible()).toBe(false);
      expect(await visit.page.locator(".card:has(h2:text-matches('历年走势'))").isVisible()).toBe(false);
      expect(await visit.page.locator(".controls").isVisible()).toBe(false);
      // Nothing printed is cut: no visible element of the page (table, map, notes) past the printable width.
      expect(await elementsPastWidth(visit.page, "#observablehq-main", printableWidth)).toEqual([]);
      expect(await visit.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(printableWidth);
      expect(await visit.page.locator(".villages-map figure.chart").isVisible()).toBe(true);
      // The printed notes speak of what is printed: not of the small multiples' hollow points.
      expect(await visit.page.locator("p.source-note").innerText()).not.toContain("小图");
      // The year and the indicator are named in the printed heading, and every column has its header.
      expect(await visit.page.locator(".villages-print h2").innerText()).toBe(`${latestYear}年末各村(社区)人均经费投入及目标达标情况`);
      const headers = await table.locator("thead th").allInnerTexts();
      expect(headers.slice(0, 2)).toEqual(["村(社区)", "人均经费投入(元)"]);
      // A row is never split between two pages, and the header is repeated on every page.
      expect(await table.locator("tbody tr").first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe("avoid");
      expect(await table.locator("thead").evaluate((thead) => getComputedStyle(thead).display)).toBe("table-header-group");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=…&indicator=…) in print media prints one row per village (the town first), each with the chosen indicator's value and verdict and a verdict mark for every other target, as in village_year and target_checks", async () => {
    const year = latestYear;
    const chosen = indicator("sex_ratio_at_birth");
    const rows = rowsOf(year);
    const names = villageLabels(villageYear);
    const targeted = (indicators as Indicator[]).filter((ind) => ind.key !== chosen.key && targetChecks.some((c) => c.year === year && c.indicator === ind.key));
    expect(targeted.length).toBeGreaterThan(3); // the sample's targets: birth rate, growth, compliance, coverage, funding…
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=${chosen.key}`, {viewport: printViewport});
    try {
      await printMedia(visit);
      const headers = await visit.page.locator(".villages-print table thead th").allInnerTexts();
      expect(headers.slice(2)).toEqual(targeted.map((ind) => `${ind.label}${ind.unit && ind.unit !== "比" ? `(${ind.unit})` : ""}`));
      const cells = await printedCells(visit.page);
      expect(cells.map((c) => c[0])).toEqual(rows.map((d) => names.get(d.village_code)));
      rows.forEach((d, i) => {
        const value = formatValue(d[chosen.key], chosen.unit, {withUnit: false});
        expect(cells[i][1].startsWith(value), `${d.village_code}: ${cells[i][1]}`).toBe(true);
        const check = checkOf(year, d.village_code, chosen.key);
        if (check) expect(cells[i][1].endsWith(verdictParts(check).text), `${d.village_code}: ${cells[i][1]}`).toBe(true);
        targeted.forEach((ind, j) => {
          const verdict = verdictParts(checkOf(year, d.village_code, ind.key));
          const mark = verdict?.mark === "—" && d[ind.key] == null ? "" : verdict?.mark; // no value, no verdict: one "—"
          const expected = [formatValue(d[ind.key], ind.unit, {withUnit: false}), mark, verdict?.doubt && `(${verdict.doubt})`].filter(Boolean).join(" ");
          expect(cells[i][2 + j], `${d.village_code} ${ind.key}`).toBe(expected);
        });
      });
      // On screen (the same page back in screen media) nothing changed: the screen's table shows, the printed one does not.
      await visit.page.setViewportSize({width: 1280, height: 900});
      await visit.page.emulateMedia({media: "screen"});
      expect(await visit.page.locator(".card:has(h2:text-matches('主要指标')) table").isVisible()).toBe(true);
      expect(await visit.page.locator(".card:has(h2:text-matches('历年走势'))").isVisible()).toBe(true);
      expect(await visit.page.locator(".villages-print").isVisible()).toBe(false);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=…&indicator=pop_avg) in print media prints 年平均人口 exactly, as the screen does (27341.5, not 27342)", async () => {
    const chosen = indicator("pop_avg");
    // A year in which some village's or the town's mean population ends in .5, so rounding would show.
    const year = villageYear.find((d) => !Number.isInteger(d.pop_avg))!.year;
    const rows = rowsOf(year);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=${chosen.key}`, {viewport: printViewport});
    try {
      await printMedia(visit);
      const cells = await printedCells(visit.page);
      expect(cells.map((c) => c[1])).toEqual(rows.map((d) => formatValue(d.pop_avg, "人", {withUnit: false, average: true})));
      expect(cells.some((c) => c[1].endsWith(".5"))).toBe(true);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=…&indicator=…) in print media marks an uncertain verdict in words (尚不能确定), not by colour alone", async () => {
    // A village's verdict the pipeline calls inconclusive for small numbers (the sample's villages have few births).
    const doubtful = targetChecks.filter((c) => c.village_code !== "TOWN" && c.conclusive === false && c.inconclusive_reason === "small_numbers" && c.status !== "no_data").sort((a, b) => b.year - a.year)[0];
    expect(doubtful).toBeDefined();
    const rows = rowsOf(doubtful.year);
    const i = rows.findIndex((d) => d.village_code === doubtful.village_code);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${doubtful.year}&indicator=${doubtful.indicator}`, {viewport: printViewport});
    try {
      await printMedia(visit);
      const cells = await printedCells(visit.page);
      expect(cells[i][1]).toContain(`${doubtful.status === "met" ? "✓ 达标" : "✗ 未达标"}(尚不能确定)`);
      // …and in the short marks of another indicator's column.
      const visitOther = await openPage(site.browser, `${site.url}/villages.html?year=${doubtful.year}&indicator=pop_end`, {viewport: printViewport});
      try {
        await printMedia(visitOther);
        const headers = await visitOther.page.locator(".villages-print table thead th").allInnerTexts();
        const column = headers.findIndex((h) => h.startsWith(indicator(doubtful.indicator).label));
        expect(column).toBeGreaterThan(1);
        expect((await printedCells(visitOther.page))[i][column]).toMatch(/[✓✗] \(尚不能确定\)$/);
      } finally {
        await visitOther.context.close();
      }
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html) on screen does not build the printed table, before or after a change of year; page.pdf(A4) as Ctrl+P makes it (no print media emulated: the beforeprint event) prints it for the year chosen, and window.print() builds it for the indicator chosen next", async (context) => {
    if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) context.skip("pdftotext (poppler-utils) is missing: the PDF's text not checked");
    const year = Math.min(...villageYear.map((d) => d.year));
    const printedRows = (visit: PageVisit) => visit.page.locator(".villages-print table tbody tr").count();
    const visit = await openPage(site.browser, `${site.url}/villages.html`);
    try {
      expect(await printedRows(visit)).toBe(0);
      await visit.page.getByLabel("年份").selectOption({label: `${year}年`});
      await visit.page.waitForURL((url) => url.searchParams.get("year") === String(year));
      await visit.settle();
      await expect.poll(() => visit.page.locator(".villages-map h2").innerText()).toBe(`${year}年出生率分布`);
      expect(await printedRows(visit)).toBe(0);
      const dir = join(projectDir, "tests", "artifacts", "print");
      mkdirSync(dir, {recursive: true});
      const out = join(dir, `villages-${year}-printed-from-screen.pdf`);
      await visit.page.pdf({path: out, format: "A4", preferCSSPageSize: true});
      expect(await printedRows(visit)).toBe(rowsOf(year).length);
      // The table on the paper: its caption, then the column of funding per person (no other part of the
      // page shows it for the birth rate) with the town's value and verdict mark.
      const printed = pdfPageTexts(out).join("");
      const table = printed.slice(printed.indexOf(`${year}年末各村(社区)出生率及各项目标达标情况`));
      expect(table.length).toBeLessThan(printed.length);
      const town = rowsOf(year)[0];
      expect(table).toContain("人均经费");
      expect(table).toContain(`${formatValue(town.funding_per_capita, "元", {withUnit: false})}${verdictParts(checkOf(year, "TOWN", "funding_per_capita")).mark}`);
      // A new choice on screen drops the table; the next print builds it again, for that choice.
      await visit.page.getByLabel("指标").selectOption({label: "死亡率"});
      await visit.page.waitForURL((url) => url.searchParams.get("indicator") === "death_rate");
      await expect.poll(() => printedRows(visit)).toBe(0);
      await visit.page.evaluate(() => void setTimeout(() => window.print()));
      await expect.poll(() => visit.page.locator(".villages-print table caption").innerText()).toBe(`${year}年末各村(社区)死亡率及各项目标达标情况`);
      expect(await printedRows(visit)).toBe(rowsOf(year).length);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("page.pdf(A4) of /villages.html prints every village and the last target's column on the page, each page numbered once", async (context) => {
    if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) context.skip("pdftotext (poppler-utils) is missing: the PDF's text not checked");
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${latestYear}&indicator=birth_rate`);
    try {
      await visit.page.emulateMedia({media: "print"}); // page.pdf builds the printed table (beforeprint)
      const dir = join(projectDir, "tests", "artifacts", "print");
      mkdirSync(dir, {recursive: true});
      const out = join(dir, `villages-${latestYear}-birth_rate.pdf`);
      await visit.page.pdf({path: out, format: "A4", preferCSSPageSize: true});
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [out], {encoding: "utf8"}))![1]);
      const texts = Array.from({length: pages}, (_, i) => execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), out, "-"], {encoding: "utf8"}).replace(/\s+/g, ""));
      const all = texts.join("");
      const names = villageLabels(villageYear);
      for (const d of rowsOf(latestYear)) expect(all).toContain(names.get(d.village_code));
      // The rightmost column (funding per person, the last indicator with a target) is on the paper, after the
      // table's caption (a header may be broken into lines: its label is matched alone), with the town's value.
      const table = all.slice(all.indexOf(`${latestYear}年末各村(社区)出生率及各项目标达标情况`));
      expect(table).toContain("人均经费");
      const town = rowsOf(latestYear)[0];
      expect(table).toContain(`${formatValue(town.funding_per_capita, "元", {withUnit: false})}${verdictParts(checkOf(latestYear, "TOWN", "funding_per_capita")).mark}`);
      texts.forEach((text, i) => expect(text.split(`第${i + 1}页共${pages}页`).length - 1, `page ${i + 1}`).toBe(1));
    } finally {
      await visit.context.close();
    }
  });
});

/** The site's pages (observablehq.config.ts) as paths of their .html files, and a village's page. */
const sitePages = [...config.pages.map(({name, path}) => ({name, path: path === "/" ? "/index" : path})), {name: "村(社区)页", path: "/villages/<code>"}];
/** The first village in code order: its page stands for every village's page. */
const firstVillage = (): string => villageYear.map((d) => String(d.village_code)).filter((code) => code !== "TOWN").sort()[0];
const htmlPath = (path: string): string => `${path.replace("<code>", firstVillage())}.html`;

/**
 * Switches an open page to print media and waits for the charts that follow the page's width to be
 * redrawn, and for what is built when the page goes to print media (the villages' print table: the
 * media query's change event comes with the next frame).
 */
async function printMedia(visit: PageVisit): Promise<void> {
  await visit.page.emulateMedia({media: "print"});
  await visit.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await visit.settle();
}

/** The printed text of a PDF, page by page, without whitespace; with `layout`, line by line as printed (a table's row on one line). */
function pdfPageTexts(file: string, {layout = false}: {layout?: boolean} = {}): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], {encoding: "utf8"}))![1]);
  return Array.from({length: pages}, (_, i) => execFileSync("pdftotext", ["-enc", "UTF-8", ...(layout ? ["-layout"] : []), "-f", String(i + 1), "-l", String(i + 1), file, "-"], {encoding: "utf8"}).replace(/\s+/g, ""));
}

describe("every page of the site printed on A4 portrait", () => {
  test("the pages checked are the site's (observablehq.config.ts) and a village's page", () => {
    expect(sitePages.map((d) => d.path)).toEqual(expect.arrayContaining(["/index", "/villages", "/age-structure", "/projections", "/downloads", "/bulletin", "/villages/<code>"]));
  });

  test.each(sitePages)("openPage($path) ($name) in print media at A4's printable width: nothing past the width, nothing cut by a scroll box, no form control, every card as wide as the page", async ({path}) => {
    const visit = await openPage(site.browser, `${site.url}${htmlPath(path)}`, {viewport: printViewport});
    try {
      await printMedia(visit);
      expect(await elementsPastWidth(visit.page, "#observablehq-main", printableWidth)).toEqual([]);
      expect(await visit.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(printableWidth);
      expect(await elementsClipping(visit.page, "#observablehq-main")).toEqual([]);
      expect(await visibleFormControls(visit.page)).toEqual([]);
      // Cards one under the other, each the width of the page's text (the headline figures excepted).
      const narrowCards = await visit.page.locator("#observablehq-main .card:not(.grid.kpis .card)").evaluateAll((cards) => {
        const main = document.querySelector("#observablehq-main")!.getBoundingClientRect();
        return cards.filter((card) => card.checkVisibility() && card.getBoundingClientRect().width < main.width - 1).map((card) => `${card.querySelector("h2")?.textContent}: ${Math.round(card.getBoundingClientRect().width)} < ${Math.round(main.width)}`);
      });
      expect(narrowCards).toEqual([]);
      // A table row is never split between two pages.
      const splittable = await visit.page.locator("#observablehq-main table tr").evaluateAll((trs) => trs.filter((tr) => tr.checkVisibility() && getComputedStyle(tr).breakInside !== "avoid").length);
      expect(splittable).toBe(0);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(…) of each page with a control, in print media: the choice the hidden control made is named in a heading or a printed line", async () => {
    const year = Math.min(...villageYear.map((d) => d.year));
    const code = firstVillage();
    const name = villageLabels(villageYear).get(code);
    const accuracy = csvParse(csvTextFromFile(join(site.outputsDir, "projection_accuracy.csv")));
    const sizeClass = accuracy.map((d) => d.size_class!).find((c) => c !== "all_villages" && c !== "TOWN")!;
    expect(sizeClass).toBeDefined();
    const cases: [string, string[]][] = [
      [`/index.html?year=${year}`, [`${year}年全镇主要指标`]],
      [`/trends.html?indicator=death_rate&villages=${code}`, [`${indicator("death_rate").label}历年走势`, name]],
      [`/age-structure.html?village=${code}&year=${year}`, [`范围:${name};年份:${year}年`, `${name}${year}年末人口金字塔`, `${year}年末年龄构成与抚养比`]],
      [`/services.html?year=${year}`, [`${year}年各项目覆盖率`, `${year}年人均经费`]],
      [`/projections.html?village=${code}&scenario=low_fertility&size=${encodeURIComponent(sizeClass)}`, [`${name}人口总量预测`, "低生育方案", `人口规模:${sizeClass}人`]],
      [`/villages/${code}.html?year=${year}&indicator=death_rate`, [`${indicator("death_rate").label}:${name}与全镇`, `${year}年末人口金字塔`, `${year}年主要指标`]]
    ];
    for (const [url, named] of cases) {
      const visit = await openPage(site.browser, `${site.url}${url}`, {viewport: printViewport});
      try {
        await printMedia(visit);
        expect(await visibleFormControls(visit.page), url).toEqual([]);
        const text = await visit.page.locator("#observablehq-main").innerText();
        for (const words of named) expect(text, url).toContain(words);
        // The printed line naming a choice is for paper only.
        await visit.page.emulateMedia({media: "screen"});
        expect(await visit.page.locator(".print-selection").evaluateAll((lines) => lines.filter((line) => line.checkVisibility()).length), url).toBe(0);
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/trends.html) printed (print media, then page.pdf(A4)) does not tell the reader to hold Ctrl to choose villages, as the screen does: the selector is not on paper; the note's other sentence is", async (context) => {
    const visit = await openPage(site.browser, `${site.url}/trends.html`);
    try {
      const note = visit.page.locator("#observablehq-main p.source-note");
      expect(await note.innerText()).toContain("按住 Ctrl(或 ⌘)可多选村(社区)");
      await printMedia(visit);
      const printed = await visit.page.locator("#observablehq-main").innerText();
      expect(printed).not.toContain("Ctrl");
      expect(printed).not.toContain("可多选");
      expect(await note.innerText()).toBe("注:小村(社区)的比率年度波动大,请结合人数解读。");
      if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) context.skip("pdftotext (poppler-utils) is missing: the PDF's text not checked");
      await visit.page.emulateMedia({media: null}); // as opened: page.pdf prints in print media, as Ctrl+P
      const dir = join(projectDir, "tests", "artifacts", "print");
      mkdirSync(dir, {recursive: true});
      const out = join(dir, "trends-note.pdf");
      await visit.page.pdf({path: out, format: "A4", preferCSSPageSize: true});
      const text = pdfPageTexts(out).join("");
      expect(text).toContain("注:小村(社区)的比率年度波动大,请结合人数解读。");
      expect(text).not.toContain("Ctrl");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("page.pdf(A4) of each page printed from a 1280 px screen (as Ctrl+P does): every page numbered; the data dictionary's every field and the accuracy table's last column on the paper, the dictionary's header on each of its pages", async (context) => {
    if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) context.skip("pdftotext (poppler-utils) is missing: the PDFs' text not checked");
    const dir = join(projectDir, "tests", "artifacts", "print");
    mkdirSync(join(dir, "villages"), {recursive: true});
    let downloads: string[] = [];
    let projections = "";
    for (const {path} of sitePages) {
      const visit = await openPage(site.browser, `${site.url}${htmlPath(path)}`);
      try {
        const out = join(dir, `${htmlPath(path).slice(1).replace(/\.html$/, "")}.pdf`);
        await visit.page.pdf({path: out, format: "A4", preferCSSPageSize: true});
        const pages = pdfPageTexts(out);
        pages.forEach((text, i) => expect(text.split(`第${i + 1}页共${pages.length}页`).length - 1, `${path} page ${i + 1}`).toBe(1));
        if (path === "/downloads") downloads = pdfPageTexts(out, {layout: true});
        if (path === "/projections") projections = pages.join("");
      } finally {
        await visit.context.close();
      }
    }
    // The data dictionary (longer than a page, in a scroll box on screen): each of its pages headed by the
    // columns, and every field on the paper (counted by its type, the one column never broken into lines).
    const first = downloads.findIndex((text) => text.includes("数据字典各表字段的含义与单位"));
    const last = downloads.findIndex((text) => text.includes("方法说明"));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    const dictionary = csvParse(csvTextFromFile(join(site.outputsDir, "data_dictionary.csv")));
    const types = Array.from(new Set(dictionary.map((d) => d.type!)));
    expect(types.length).toBeGreaterThan(2);
    // The pages with rows of the dictionary: from its heading to the next card's (方法说明), less that card.
    const pages = downloads.slice(first, last + 1).map((text, i) => (first + i === last ? text.slice(0, text.indexOf("方法说明")) : text)).filter((text) => types.some((type) => text.includes(type)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => expect(text, `dictionary page ${i + 1}`).toContain("数据集字段中文名定义单位类型"));
    const printed = pages.join("");
    for (const type of types) expect(printed.split(type).length - 1, type).toBe(dictionary.filter((d) => d.type === type).length);
    // The accuracy table's columns up to the last one (cut at the right on screen).
    expect(projections).toContain("95%区间命中");
    expect(projections).toContain("80%命中(按时序)");
    // Ten pages printed to PDF and read back: 123 s once on a machine busy with other work (vitest.config.ts: 120 s).
  }, 300_000);
});
