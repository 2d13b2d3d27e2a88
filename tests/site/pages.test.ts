import {existsSync, readdirSync} from "node:fs";
import {cp, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {csvFormatRows, csvParse, csvParseRows} from "d3";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import type {DistServer} from "../../loaders/site/serveDist.ts";
// @ts-expect-error -- plain JavaScript without type declarations
import {formatChange} from "../../src/components/formatChange.js";
// @ts-expect-error -- plain JavaScript without type declarations
import {formatValue} from "../../src/components/formatValue.js";
import {openPage, type PageVisit, expectNoProblems} from "./browser.ts";
import {projectDir, serveExtractSite} from "./buildSite.ts";
import {useSampleSite} from "./sampleSite.ts";

const xssName = "<script>alert(1)</script>";
/** The issuer extract.json gives the XSS build's bulletin: markup must print as text. */
const xssIssuer = "<img src=x onerror=alert(2)>青石镇人口和计划生育办公室";
/** The name two villages of the special extract share (validation keeps both: duplicate_village_name). */
const twinName = "新村";

// The pages of the sidebar, by file; the village pages are added from what the build wrote.
const pages = ["index", "villages", "trends", "age-structure", "services", "projections", "quality", "bulletin", "downloads"];

const site = useSampleSite();
let villageYear: Record<string, string>[];

beforeAll(() => {
  villageYear = csvParse(csvTextFromFile(join(site.outputsDir, "village_year.csv")));
});

/** Every chart figure holds an SVG (or the tile map, which is HTML). */
async function expectChartsRendered(visit: PageVisit) {
  const figures = visit.page.locator("figure.chart");
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    expect(await figures.nth(i).locator("svg, .tile-map").count(), `figure ${i}: ${await figures.nth(i).getAttribute("aria-label")}`).toBeGreaterThan(0);
  }
  return count;
}

describe("the built pages in chromium", () => {
  test("openPage(each page) loads with no console error, no failed and no external request, and draws its charts", async () => {
    const villagePages = readdirSync(join(site.outDir, "villages")).filter((f) => f.endsWith(".html")).sort();
    expect(villagePages.length).toBeGreaterThan(0);
    const paths = pages.filter((page) => existsSync(join(site.outDir, `${page}.html`))).map((page) => `/${page}.html`);
    expect(paths).toContain("/index.html");
    paths.push(`/villages/${villagePages[0]}`);
    let charts = 0;
    for (const path of paths) {
      const visit = await openPage(site.browser, site.url + path, {screenshot: path.slice(1).replace(/\.html$/, "").replace(/\//g, "-")});
      try {
        expectNoProblems(visit);
        expect(await visit.page.evaluate(() => document.documentElement.lang), path).toBe("zh-CN");
        charts += await expectChartsRendered(visit);
      } finally {
        await visit.context.close();
      }
    }
    expect(charts).toBeGreaterThan(paths.length);
  });

  test("openPage(/index.html) then choosing another year updates the headline cards and the URL", async () => {
    const town = villageYear.filter((d) => d.village_code === "TOWN").sort((a, b) => Number(a.year) - Number(b.year));
    expect(town.length).toBeGreaterThan(1);
    const earlier = town[0];
    const visit = await openPage(site.browser, `${site.url}/index.html`);
    try {
      await visit.page.getByLabel("年份").selectOption({label: `${earlier.year}年`});
      await visit.page.waitForURL((url) => url.searchParams.get("year") === earlier.year);
      await visit.settle();
      const card = visit.page.locator('.kpi[data-indicator="pop_end"] .kpi-value');
      await expect.poll(() => card.innerText()).toBe(String(Math.round(Number(earlier.pop_end))));
      await expect.poll(() => visit.page.locator("h2", {hasText: `${earlier.year}年全镇主要指标`}).count()).toBe(1);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/age-structure.html?village=…&year=…) restores the view from the URL, and choosing another village rewrites it", async () => {
    const villages = Array.from(new Set(villageYear.filter((d) => d.village_code !== "TOWN").map((d) => d.village_code))).sort();
    const firstYear = villageYear.map((d) => d.year).sort()[0];
    const visit = await openPage(site.browser, `${site.url}/age-structure.html?village=${villages[0]}&year=${firstYear}`);
    try {
      const name = (code: string) => villageYear.find((d) => d.village_code === code)!.village_name;
      await expect.poll(() => visit.page.locator("h2", {hasText: `${name(villages[0])}${firstYear}年末人口金字塔`}).count()).toBe(1);
      await visit.page.getByLabel("范围").selectOption({label: name(villages[1])});
      await visit.page.waitForURL((url) => url.searchParams.get("village") === villages[1] && url.searchParams.get("year") === firstYear);
      await expect.poll(() => visit.page.locator("h2", {hasText: `${name(villages[1])}${firstYear}年末人口金字塔`}).count()).toBe(1);
      // Age groups read as the bulletin writes them, on the pyramid's axis: "0—4岁" … "85岁及以上".
      const ticks = await visit.page.locator('svg[aria-label*="人口金字塔"] g[aria-label="y-axis tick label"] text').allTextContents();
      expect(ticks).toContain("0—4岁");
      expect(ticks).toContain("85岁及以上");
      expect(ticks.filter((t) => /^\d+-\d+$|\+$/.test(t))).toEqual([]);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/projections.html) names the area in the heading of the projected pyramid, as 人口结构's pyramid: the town by default, then the village chosen", async () => {
    const lastYear = csvParse(csvTextFromFile(join(site.outputsDir, "projections.csv"))).map((d) => Number(d.year)).reduce((a, b) => Math.max(a, b));
    const village = villageYear.filter((d) => d.village_code !== "TOWN").sort((a, b) => a.village_code!.localeCompare(b.village_code!))[0]!;
    const visit = await openPage(site.browser, `${site.url}/projections.html`);
    try {
      const heading = visit.page.locator(".card h2", {hasText: "预测人口金字塔"});
      await expect.poll(() => heading.innerText()).toBe(`全镇${lastYear}年预测人口金字塔`);
      await visit.page.getByLabel("范围").selectOption({label: village.village_name!});
      await visit.page.waitForURL((url) => url.searchParams.get("village") === village.village_code);
      await expect.poll(() => heading.innerText()).toBe(`${village.village_name}${lastYear}年预测人口金字塔`);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html) then choosing an indicator and a year puts both in the URL and in the table caption", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html`);
    try {
      const years = Array.from(new Set(villageYear.map((d) => d.year))).sort();
      await visit.page.getByLabel("年份").selectOption({label: `${years[0]}年`});
      await visit.page.getByLabel("指标").selectOption({label: "死亡率"});
      await visit.page.waitForURL((url) => url.searchParams.get("year") === years[0] && url.searchParams.get("indicator") === "death_rate");
      await expect.poll(() => visit.page.locator("h2", {hasText: `${years[0]}年死亡率分布`}).count()).toBe(1);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=…&indicator=…) links each village, in the table and on the map, to its page on that year and indicator, and that page links back to the list on them", async () => {
    const years = Array.from(new Set(villageYear.map((d) => d.year))).sort();
    const village = villageYear.find((d) => d.village_code !== "TOWN")!;
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${years[0]}&indicator=funding_per_capita`);
    try {
      const wanted = `villages/${village.village_code}.html?year=${years[0]}&indicator=funding_per_capita`;
      expect(await visit.page.locator(`table.data a[href$="${wanted}"]`).count()).toBe(1);
      expect(await visit.page.locator(`.tile-map a[href$="${wanted}"], svg a[href$="${wanted}"]`).count()).toBe(1);
      await visit.page.locator("table.data a", {hasText: village.village_name}).first().click();
      await visit.page.waitForURL((url) => url.pathname.endsWith(`/villages/${village.village_code}.html`));
      await visit.settle();
      expect(new URL(visit.page.url()).searchParams.get("year")).toBe(years[0]);
      await expect.poll(() => visit.page.locator("h2", {hasText: `${years[0]}年末人口金字塔`}).count()).toBe(1);
      await expect.poll(() => visit.page.locator("h2", {hasText: `人均经费投入:`}).count()).toBe(1);
      await visit.page.getByRole("link", {name: "返回村居列表"}).click();
      await visit.page.waitForURL((url) => url.pathname.endsWith("/villages.html"));
      const back = new URL(visit.page.url());
      expect([back.searchParams.get("year"), back.searchParams.get("indicator")]).toEqual([years[0], "funding_per_capita"]);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages/<code>.html?year=…) says in its 主要指标 table how each indicator changed on the year before", async () => {
    const village = villageYear.find((d) => d.village_code !== "TOWN")!;
    const own = villageYear.filter((d) => d.village_code === village.village_code);
    const year = own.map((d) => d.year).sort().at(-1)!;
    const [row, previous] = [year, String(Number(year) - 1)].map((y) => own.find((d) => d.year === y)!);
    const visit = await openPage(site.browser, `${site.url}/villages/${village.village_code}.html?year=${year}`);
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: `${year}年主要指标`})});
      expect(await card.locator("thead th").allInnerTexts()).toEqual(["指标", "数值", "比上年"]);
      const change = (label: string) => card.locator("tbody tr", {has: visit.page.locator("td:first-child", {hasText: label})}).locator("td").nth(2).innerText();
      expect(await change("年末常住人口(人)")).toBe(formatChange(Number(row.pop_end), Number(previous.pop_end), "人", {stock: true}));
      expect(await change("年末常住人口(人)")).toMatch(/^(比上年末|与上年末持平)/);
      expect(await change("出生率(‰)")).toBe(formatChange(Number(row.birth_rate), Number(previous.birth_rate), "‰"));
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?indicator=…) names the indicator's target above the map and marks each tile and caption entry with its verdict", async () => {
    const checks = csvParse(csvTextFromFile(join(site.outputsDir, "target_checks.csv")));
    const year = Array.from(new Set(villageYear.map((d) => d.year))).sort().at(-1)!;
    const funding = checks.filter((c) => c.year === year && c.indicator === "funding_per_capita");
    const notMet = funding.filter((c) => c.status === "not_met" && c.village_code !== "TOWN");
    expect(notMet.length).toBeGreaterThan(0); // the sample has villages below 8.5 yuan
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=funding_per_capita`);
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: `${year}年人均经费投入分布`})});
      expect(await card.locator("h3").innerText()).toContain(`目标:${funding.find((c) => c.village_code === "TOWN")!.label}`);
      const name = (code: string) => villageYear.find((d) => d.village_code === code)!.village_name;
      const marked = await card.locator(".tile-map > *").evaluateAll((tiles) => tiles.map((t) => [t.querySelector("strong")?.textContent, t.querySelector(".badge")?.textContent]));
      expect(marked.filter(([, badge]) => badge === "✗").map(([n]) => n).sort()).toEqual(notMet.map((c) => name(c.village_code)).sort());
      expect(marked.every(([, badge]) => badge === "✓" || badge === "✗")).toBe(true);
      // …and says by how much each one missed (funding is a complete amount: every miss is conclusive), in the caption and the tile's tooltip.
      const caption = await card.locator("figcaption").innerText();
      const missed = (c: Record<string, string>) => `${name(c.village_code)}${formatValue(Number(c.actual), "元")}(未达标,低于目标${formatValue(Number(c.value) - Number(formatValue(Number(c.actual), "元", {withUnit: false})), "元")})`;
      for (const c of notMet) expect(caption).toContain(missed(c));
      const titles = await card.locator(".tile-map > *").evaluateAll((tiles) => tiles.map((t) => t.getAttribute("title")));
      for (const c of notMet) expect(titles.some((t) => t?.startsWith(`${name(c.village_code)}:`) && t.endsWith(missed(c).slice(name(c.village_code).length))), c.village_code).toBe(true);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html) marks every village below the funding target: a vermillion bar, ✗ after its name and 未达标 in the caption", async () => {
    if (!existsSync(join(site.outDir, "services.html"))) return;
    const checks = csvParse(csvTextFromFile(join(site.outputsDir, "target_checks.csv")));
    const year = Array.from(new Set(villageYear.map((d) => d.year))).sort().at(-1)!;
    const notMet = checks.filter((c) => c.year === year && c.indicator === "funding_per_capita" && c.status === "not_met" && c.village_code !== "TOWN");
    expect(notMet.length).toBeGreaterThan(0); // the sample has villages below 8.5 yuan
    const visit = await openPage(site.browser, `${site.url}/services.html?year=${year}`);
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "人均经费"})});
      const fills = await card.locator('svg [aria-label="bar"] rect').evaluateAll((rects) => rects.map((r) => r.getAttribute("fill")));
      expect(fills.filter((f) => f?.toUpperCase() === "#D55E00").length).toBe(notMet.length);
      const ticks = await card.locator('svg [aria-label="y-axis tick label"] text').allTextContents();
      const name = (code: string) => villageYear.find((d) => d.village_code === code)!.village_name;
      expect(ticks.filter((t) => t.endsWith("✗")).sort()).toEqual(notMet.map((c) => `${name(c.village_code)} ✗`).sort());
      const caption = await card.locator("figcaption").first().innerText();
      for (const c of notMet) expect(caption).toMatch(new RegExp(`${name(c.village_code)}[0-9.]+元\\(未达标,低于目标[0-9.]+元\\)`));
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html) marks the cells of 免费孕前优生健康检查, the one project with a target, by their verdict: ✓/✗ after the value, a frame when not met, the target in the subtitle", async () => {
    if (!existsSync(join(site.outDir, "services.html"))) return;
    const checks = csvParse(csvTextFromFile(join(site.outputsDir, "target_checks.csv")));
    const year = Array.from(new Set(villageYear.map((d) => d.year))).sort().at(-1)!;
    const coverage = new Map(checks.filter((c) => c.year === year && c.indicator === "prepregnancy_check_coverage_rate").map((c) => [c.village_code, c]));
    // The heat map's cells and labels follow services.csv's rows of the year, villages only.
    const services = csvParse(csvTextFromFile(join(site.outputsDir, "services.csv"))).filter((d) => d.year === year && d.village_code !== "TOWN");
    const project = "免费孕前优生健康检查";
    const targeted = services.filter((d) => d.project === project);
    expect(targeted.length).toBeGreaterThan(0);
    const notMet = targeted.filter((d) => coverage.get(d.village_code)?.status === "not_met");
    expect(notMet.length).toBeGreaterThan(0); // the sample has a village below 80% in its latest year
    const visit = await openPage(site.browser, `${site.url}/services.html?year=${year}`, {screenshot: "services-coverage-verdict"});
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "各项目覆盖率"})});
      expect(await card.locator("h3").innerText()).toContain(`目标:${coverage.get("TOWN")!.label},该项目各格标 ✓ 达标、✗ 未达标,未达标的格加框`);
      const svg = card.locator('svg[aria-label$="各项目覆盖率"]');
      const labels = await svg.locator('g[aria-label="text"] text').allTextContents();
      expect(labels).toHaveLength(services.length);
      services.forEach((d, i) => {
        const status = d.project === project ? coverage.get(d.village_code)?.status : undefined;
        const symbol = status === "met" ? " ✓" : status === "not_met" ? " ✗" : "";
        expect(labels[i], `${d.village_code} ${d.project}`).toBe(`${d.coverage_rate === "" ? "—" : formatValue(Number(d.coverage_rate), "%", {withUnit: false})}${symbol}`);
      });
      // A frame on each cell not met, dashed where the verdict is not certain.
      const frames = await svg.locator("g.target-missed rect").evaluateAll((rects) => rects.map((r) => (r.closest("g")?.getAttribute("stroke-dasharray") ?? r.getAttribute("stroke-dasharray")) != null));
      expect(frames).toHaveLength(notMet.length);
      expect(frames.filter(Boolean)).toHaveLength(notMet.filter((d) => coverage.get(d.village_code)!.conclusive === "false").length);
      // The caption lists each one with its verdict in words.
      const caption = await card.locator("figcaption").first().innerText();
      for (const d of notMet) expect(caption).toContain(`${villageYear.find((v) => v.village_code === d.village_code)!.village_name}${formatValue(Number(d.coverage_rate), "%")}(未达标`);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html) at one year, then the sidebar: every page opens on that year (项目与经费, 数据质量, then 总览 from it)", async () => {
    const years = Array.from(new Set(villageYear.map((d) => d.year))).sort();
    const [year, other] = [years[0]!, years[1]!];
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${other}`);
    try {
      // Chosen on the page (not only read from the URL): the links follow the selector.
      await visit.page.getByLabel("年份").selectOption({label: `${year}年`});
      await visit.page.waitForURL((url) => url.searchParams.get("year") === year);
      const sidebar = visit.page.locator("#observablehq-sidebar");
      await expect.poll(() => sidebar.locator("a", {hasText: "项目与经费"}).getAttribute("href")).toBe(`./services.html?year=${year}`);
      // Every page link carries the year once, and nothing else.
      for (const href of await sidebar.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(new RegExp(`^\\./([a-z-]+\\.html)?\\?year=${year}$`));
      await sidebar.locator("a", {hasText: "项目与经费"}).click();
      await visit.page.waitForURL((url) => url.pathname.endsWith("/services.html"));
      await visit.settle();
      expect(new URL(visit.page.url()).searchParams.get("year")).toBe(year);
      await expect.poll(() => visit.page.locator("h2", {hasText: `${year}年各项目覆盖率`}).count()).toBe(1);
      // A page without a year of its own keeps the one the reader came with.
      await visit.page.locator("#observablehq-sidebar a", {hasText: "数据质量"}).click();
      await visit.page.waitForURL((url) => url.pathname.endsWith("/quality.html"));
      await visit.settle();
      await visit.page.locator("#observablehq-sidebar a", {hasText: "总览"}).click();
      await visit.page.waitForURL((url) => url.pathname.endsWith("/") || url.pathname.endsWith("/index.html"));
      await visit.settle();
      await expect.poll(() => visit.page.locator("h2", {hasText: `${year}年全镇主要指标`}).count()).toBe(1);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/downloads.html) links every file byte for byte equal to the pipeline's output, each CSV with its byte-order mark, and reads them without it", async () => {
    const visit = await openPage(site.browser, `${site.url}/downloads.html`);
    try {
      const links = await visit.page.locator("a[download]").evaluateAll((as) => as.map((a) => ({file: a.getAttribute("download")!, href: (a as HTMLAnchorElement).href})));
      const files = links.map((link) => link.file);
      for (const table of ["village_year", "age_sex", "services", "target_checks", "projections", "projection_accuracy"]) {
        expect(files).toContain(`${table}.csv`);
        expect(files).toContain(`${table}.parquet`);
      }
      // The data package's descriptor, for research tools, beside the files it describes.
      expect(files).toEqual(expect.arrayContaining(["datapackage.json", "data_dictionary.csv", "quality.json", "manifest.json"]));
      // rejects.csv is the office's internal list of rejected rows: never published.
      expect(files).not.toContain("rejects.csv");
      expect(readdirSync(site.outDir, {recursive: true}).map(String).filter((f) => f.includes("rejects"))).toEqual([]);
      for (const {file, href} of links) {
        const response = await visit.page.request.get(href);
        expect(response.status(), file).toBe(200);
        const body = await response.body();
        expect(Buffer.compare(body, await readFile(join(site.outputsDir, file))), file).toBe(0);
        // Downloaded CSVs keep the UTF-8 byte-order mark, so Excel on Chinese Windows opens them as UTF-8.
        if (file.endsWith(".csv")) expect([...body.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      }
      // The page itself reads the same files through fetch().text(), as FileAttachment.csv() does,
      // which drops the mark: each text starts with the first column's name, never with U+FEFF.
      const csvLinks = links.filter((link) => link.file.endsWith(".csv"));
      const heads = await visit.page.evaluate((hrefs) => Promise.all(hrefs.map(async (href) => (await (await fetch(href)).text()).slice(0, 20))), csvLinks.map((link) => link.href));
      csvLinks.forEach(({file}, i) => expect(heads[i], file).toMatch(/^[a-z_]+,/));
      // …so the data dictionary's columns get their Chinese headings, the first one included.
      const headings = await visit.page.locator(".card:has(h2:text-is('数据字典')) th").allInnerTexts();
      expect(headings.map((h) => h.trim())).toEqual(["数据集", "字段", "中文名", "定义", "单位", "类型"]);
      expect(await visit.page.evaluate(() => document.body.innerText.includes("\uFEFF"))).toBe(false);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});

describe("text from the data is shown as text, and two villages of one name as two villages", () => {
  let xss: DistServer;
  let extractDir: string;
  /** The extract's villages in code order, each with the label the pages should give it. */
  let villages: {code: string; name: string; label: string}[];
  beforeAll(async () => {
    // A copy of the sample whose first village is named like a script tag, whose second and fifth
    // villages are both named 新村, and whose third is literally named 新村(code of the second), the
    // label the second one gets (one site build serves all these cases).
    extractDir = await mkdtemp(join(tmpdir(), "pop-xss-"));
    await cp(resolve(projectDir, "data/sample"), extractDir, {recursive: true});
    const rows = csvParseRows(await readFile(join(extractDir, "villages.csv"), "utf-8"));
    const nameColumn = rows[0].findIndex((h) => h === "village_name" || h === "村居名称");
    const codeColumn = rows[0].findIndex((h) => h === "village_code" || h === "村居代码");
    rows[1][nameColumn] = xssName;
    rows[2][nameColumn] = twinName;
    rows[5][nameColumn] = twinName;
    const lookalike = `${twinName}(${rows[2][codeColumn]})`;
    rows[3][nameColumn] = lookalike;
    await writeFile(join(extractDir, "villages.csv"), csvFormatRows(rows) + "\n");
    // …and whose bulletin is signed by an office with markup in its name, the 2025 bulletin dated.
    const meta = JSON.parse(await readFile(join(extractDir, "extract.json"), "utf-8"));
    await writeFile(join(extractDir, "extract.json"), JSON.stringify({...meta, bulletin: {issuer: xssIssuer, release_dates: {"2025": "2026-03-20"}}}));
    villages = rows.slice(1).map((r) => ({code: r[codeColumn], name: r[nameColumn]})).sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((v) => ({...v, label: v.name === twinName || v.name === lookalike ? `${v.name}(${v.code})` : v.name}));
    xss = await serveExtractSite(extractDir, "tests/artifacts/site-xss");
  });
  afterAll(async () => {
    await xss?.close();
    if (extractDir) await rm(extractDir, {recursive: true, force: true});
  });

  test("openPage(/villages.html) on an extract with a village named <script>alert(1)</script> shows the name as text and runs nothing", async () => {
    const visit = await openPage(site.browser, `${xss.url}/villages.html`, {screenshot: "villages-xss"});
    try {
      await expect.poll(() => visit.page.locator("table.data td", {hasText: xssName}).count()).toBeGreaterThan(0);
      expect(await visit.page.locator("#observablehq-main script").count()).toBe(0);
      // …as does the table printed instead of the screen's, built when the page goes to print media.
      await visit.page.emulateMedia({media: "print"});
      await expect.poll(() => visit.page.locator(".villages-print table.data td", {hasText: xssName}).count()).toBe(1);
      expect(await visit.page.locator("#observablehq-main script").count()).toBe(0);
      await visit.page.emulateMedia({media: null});
      // Let the page's own requests (the icon) finish: a reload would abort them.
      await visit.settle();
      await visit.page.reload();
      await visit.settle();
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/bulletin.html) on an extract.json whose bulletin issuer holds markup prints it as text with the release date, and the issuer alone in a year without one", async () => {
    const visit = await openPage(site.browser, `${xss.url}/bulletin.html`, {screenshot: "bulletin-issuer-xss"});
    try {
      const issuerLine = (year: string) => visit.page.locator(`article.bulletin[data-bulletin-year="${year}"] .bulletin-issuer`);
      await expect.poll(() => issuerLine("2025").textContent()).toBe(`${xssIssuer} 2026年3月20日`);
      expect(await visit.page.locator("article.bulletin img, article.bulletin script").count()).toBe(0);
      await visit.page.getByLabel("年份").selectOption({label: "2024年"});
      await expect.poll(() => issuerLine("2024").textContent()).toBe(xssIssuer);
      await visit.settle();
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html) on an extract with two villages named 新村 draws one heat-map row per village, the two labelled 新村(code)", async () => {
    const twins = villages.filter((v) => v.name === twinName);
    expect(twins).toHaveLength(2);
    const visit = await openPage(site.browser, `${xss.url}/services.html`, {screenshot: "services-twin-villages"});
    try {
      const ticks = visit.page.locator('svg[aria-label$="各项目覆盖率"] g[aria-label="y-axis tick label"] text');
      await expect.poll(() => ticks.count()).toBeGreaterThan(0);
      // Every village of the sample has services in the latest year: one row each, in code order.
      expect(await ticks.allTextContents()).toEqual(villages.map((v) => v.label));
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html) on an extract with two villages named 新村 names them 新村(code) on the tile map, in the table and in the printed table", async () => {
    const visit = await openPage(site.browser, `${xss.url}/villages.html`);
    try {
      const tiles = visit.page.locator(".tile-map strong");
      await expect.poll(() => tiles.count()).toBe(villages.length);
      expect(await tiles.allTextContents()).toEqual(villages.map((v) => v.label));
      const names = await visit.page.locator(".card:has(h2:text-matches('主要指标')) table.data tbody tr").evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll("td")[1]?.textContent?.trim()));
      expect(names).toEqual(["全镇", ...villages.map((v) => v.label)]);
      // …and so does the table printed instead of it (its first column), built when the page goes to print media.
      await visit.page.emulateMedia({media: "print"});
      const printed = () => visit.page.locator(".villages-print table.data tbody tr").evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent?.trim()));
      await expect.poll(printed).toEqual(["全镇", ...villages.map((v) => v.label)]);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/projections.html) on an extract with two villages named 新村 offers both in its selector, each with its code, and shows the one chosen", async () => {
    const twins = villages.filter((v) => v.name === twinName);
    const visit = await openPage(site.browser, `${xss.url}/projections.html`, {screenshot: "projections-twin-villages"});
    try {
      const options = visit.page.getByLabel("范围").locator("option");
      await expect.poll(() => options.count()).toBe(villages.length + 1);
      const labels = await options.allTextContents();
      expect(labels).toEqual(["全镇", ...villages.map((v) => v.label)]);
      expect(new Set(labels).size).toBe(labels.length);
      for (const twin of twins) {
        await visit.page.getByLabel("范围").selectOption({label: twin.label});
        await visit.page.waitForURL((url) => url.searchParams.get("village") === twin.code);
        await expect.poll(() => visit.page.locator("h2", {hasText: "人口总量预测"}).textContent()).toBe(`${twin.label}人口总量预测`);
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/age-structure.html) lists both villages named 新村 in its selector with their codes, and a village page is titled with its code", async () => {
    const twins = villages.filter((v) => v.name === twinName);
    const visit = await openPage(site.browser, `${xss.url}/age-structure.html`);
    try {
      const options = visit.page.getByLabel("范围").locator("option");
      await expect.poll(() => options.count()).toBe(villages.length + 1);
      expect(await options.allTextContents()).toEqual(["全镇", ...villages.map((v) => v.label)]);
      await visit.page.getByLabel("范围").selectOption({label: `${twinName}(${twins[1]!.code})`});
      await visit.page.waitForURL((url) => url.searchParams.get("village") === twins[1]!.code);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
    const page = await openPage(site.browser, `${xss.url}/villages/${twins[0]!.code}.html`);
    try {
      await expect.poll(() => page.page.locator("h1").first().textContent()).toBe(`${twinName}(${twins[0]!.code})`);
      expect(await page.page.title()).toMatch(new RegExp(`^${twinName}\\(${twins[0]!.code}\\) · 村居详情`));
      expectNoProblems(page);
    } finally {
      await page.context.close();
    }
  });
});
