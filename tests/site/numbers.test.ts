import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {sizeClass} from "../../loaders/projections/sizeClass.ts";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {openPage, type PageVisit, expectNoProblems} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// The numbers the pages print, checked against the pipeline outputs of the same build.
const site = useSampleSite();
const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));

/** Whole persons, as the pages print counts. */
const persons = (value: string | undefined) => String(Math.round(Number(value)));

describe("the bulletin page prints the numbers of village_year.csv", () => {
  /** Checks the narrative and 表1 of the bulletin shown for `year` against village_year. */
  async function expectBulletinMatches(visit: PageVisit, year: string) {
    const villageYear = read("village_year.csv").filter((d) => d.year === year);
    const town = villageYear.find((d) => d.village_code === "TOWN");
    expect(town, `TOWN ${year} in village_year.csv`).toBeDefined();
    const article = visit.page.locator(`article.bulletin[data-bulletin-year="${year}"]`);
    await expect.poll(() => article.count()).toBe(1);
    const text = (await article.innerText()).replace(/\s+/g, "");
    expect(text).toContain(`${year}年末,全镇常住人口${persons(town!.pop_end)}人`);
    expect(text).toContain(`全年出生人口${persons(town!.births)}人`);
    expect(text).toContain(`出生率为${Number(town!.birth_rate).toFixed(2)}‰`);
    // 表1: the first column names the area, the second is its year-end population.
    const rows = await article.locator('figure.bulletin-table[data-table="villagePopulation"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("th, td"), (cell) => (cell.textContent ?? "").trim())));
    const villages = villageYear.filter((d) => d.village_code !== "TOWN");
    expect(rows.length).toBe(villages.length + 1);
    expect(rows[0]!.slice(0, 2)).toEqual(["全镇", persons(town!.pop_end)]);
    const shown = new Map(rows.slice(1).map((cells) => [cells[0], cells[1]]));
    for (const village of villages) expect(shown.get(village.village_name), village.village_name).toBe(persons(village.pop_end));
  }

  test("openPage(/bulletin.html) shows the town's population, births and birth rate of the latest year and each village's 人口 in 表1 as in village_year.csv", async () => {
    const visit = await openPage(site.browser, `${site.url}/bulletin.html`);
    try {
      const year = await visit.page.locator("article.bulletin").getAttribute("data-bulletin-year");
      expect(year).toBe(read("village_year.csv").map((d) => d.year).sort().at(-1));
      await expectBulletinMatches(visit, year!);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/bulletin.html) then choosing an earlier year shows that year's numbers from village_year.csv", async () => {
    const years = Array.from(new Set(read("village_year.csv").map((d) => d.year))).sort();
    expect(years.length).toBeGreaterThan(1);
    const earlier = years.at(-2)!;
    const visit = await openPage(site.browser, `${site.url}/bulletin.html`);
    try {
      await visit.page.getByLabel("年份").selectOption({label: `${earlier}年`});
      await visit.page.waitForURL((url) => url.searchParams.get("year") === earlier);
      await visit.settle();
      await expectBulletinMatches(visit, earlier);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});

describe("年平均人口 (pop_avg) is printed as village_year.csv has it, never rounded to a whole person", () => {
  /** pop_avg as published: whole, or ending in .5 (the mean of two counts). */
  const exact = (value: string) => String(Number(value));

  test("openPage(/villages.html?indicator=pop_avg) prints each village's and the town's 年平均人口 exactly in the table and the map's caption, and a village page in its 主要指标 with the change on the year before", async () => {
    const villageYear = read("village_year.csv");
    const year = villageYear.map((d) => d.year).sort().at(-1)!;
    const rows = villageYear.filter((d) => d.year === year);
    // The sample's latest year has means ending in .5, the town's among them.
    expect(rows.filter((d) => d.pop_avg.endsWith(".5")).length).toBeGreaterThan(1);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=pop_avg`);
    try {
      const table = visit.page.locator("table", {has: visit.page.locator("caption", {hasText: "主要指标"})}).first();
      const cells = await table.evaluate((t) => {
        const labels = Array.from(t.querySelectorAll("thead th"), (th) => (th.textContent ?? "").trim());
        const at = labels.indexOf("年平均人口(人)");
        return Array.from(t.querySelectorAll("tbody tr"), (tr) => [tr.querySelectorAll("td")[0]?.textContent?.trim(), tr.querySelectorAll("td")[at]?.textContent?.trim()]);
      });
      const shown = new Map(cells.map(([code, value]) => [code === "—" ? "TOWN" : code, value]));
      for (const d of rows) expect(shown.get(d.village_code), d.village_code).toBe(exact(d.pop_avg));
      const caption = await visit.page.locator("figure.chart figcaption", {hasText: "年平均人口:"}).first().innerText();
      for (const d of rows) expect(caption).toContain(`${d.village_code === "TOWN" ? "全镇" : d.village_name}${exact(d.pop_avg)}人`);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
    const village = rows.find((d) => d.village_code !== "TOWN" && d.pop_avg.endsWith(".5"))!;
    const before = villageYear.find((d) => d.year === String(Number(year) - 1) && d.village_code === village.village_code)!;
    const difference = Number(village.pop_avg) - Number(before.pop_avg);
    expect(difference).not.toBe(0);
    const page = await openPage(site.browser, `${site.url}/villages/${village.village_code}.html?year=${year}`);
    try {
      const row = page.page.locator(".card", {has: page.page.locator("h2", {hasText: `${year}年主要指标`})}).locator("tbody tr", {hasText: "年平均人口(人)"});
      // allInnerTexts does not wait: on a loaded machine the card's table can come after the page settles
      await row.waitFor({state: "visible"});
      const [label, value, change] = (await row.locator("td").allInnerTexts()).map((t) => t.trim());
      expect([label, value, change]).toEqual(["年平均人口(人)", exact(village.pop_avg), `比上年${difference > 0 ? "增加" : "减少"}${Math.abs(difference)}人`]);
      expectNoProblems(page);
    } finally {
      await page.context.close();
    }
  });
});

describe("the projections page prints the numbers of the projection outputs", () => {
  /** The sentence the page should print for `method` and `size` (see src/components/accuracySentence.js). */
  function expectedFigures(method: string, size: string) {
    const rows = read("projection_accuracy.csv").filter((d) => d.method === method && d.size_class === size && d.mape !== "").sort((a, b) => Number(a.horizon) - Number(b.horizon));
    expect(rows.length, `${method} ${size} in projection_accuracy.csv`).toBeGreaterThan(1);
    const n = rows.reduce((sum, d) => sum + Number(d.n), 0);
    const coverage = rows.reduce((sum, d) => sum + Number(d.coverage_80) * Number(d.n), 0) / n;
    // In time order (src/components/prospectiveCoverageSentence.js): only the forecasts that could be scored so.
    const scored = rows.filter((d) => d.coverage_80_prospective !== "");
    const nInOrder = scored.reduce((sum, d) => sum + Number(d.n_prospective), 0);
    expect(nInOrder, `${method} ${size}: forecasts scored in time order`).toBeGreaterThan(0);
    const insideInOrder = scored.reduce((sum, d) => sum + Number(d.coverage_80_prospective) * Number(d.n_prospective), 0);
    // Errors to one decimal and the coverage as a whole percentage: a few dozen comparisons support no more.
    return [
      `提前${rows[0]!.horizon}年的平均误差为${Number(rows[0]!.mape).toFixed(1)}%`,
      `提前${rows.at(-1)!.horizon}年为${Number(rows.at(-1)!.mape).toFixed(1)}%`,
      `实际人口落在80%区间内的有${Math.round(coverage * n)}次,约占${Math.round(coverage * 100)}%(共${n}次回测比较)`,
      `按时间顺序回测(每次只用当时已知的误差)时,80%区间覆盖了${nInOrder}次中的${Math.round(insideInOrder)}次,约占${Math.round((insideInOrder / nInOrder) * 100)}%`
    ];
  }

  test("openPage(/projections.html) opens with the accuracy sentence for the town: cohort_component, size class TOWN, figures from projection_accuracy.csv", async () => {
    const visit = await openPage(site.browser, `${site.url}/projections.html`);
    try {
      const sentence = visit.page.locator("p.accuracy-sentence");
      await expect.poll(() => sentence.getAttribute("data-size-class")).toBe("TOWN");
      expect(await sentence.getAttribute("data-method")).toBe("cohort_component");
      const text = await sentence.innerText();
      for (const figure of expectedFigures("cohort_component", "TOWN")) expect(text).toContain(figure);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/projections.html?village=<village>) gives the accuracy of the village's published method for its size class", async () => {
    const totals = read("projections.csv").filter((d) => d.sex === "all" && d.age_group === "all" && d.scenario === "medium" && d.village_code !== "TOWN" && d.year === d.base_year);
    const village = totals.sort((a, b) => Number(a.population) - Number(b.population))[0]!;
    const size = sizeClass(Number(village.population));
    const visit = await openPage(site.browser, `${site.url}/projections.html?village=${village.village_code}`);
    try {
      const sentence = visit.page.locator("p.accuracy-sentence");
      await expect.poll(() => sentence.getAttribute("data-method")).toBe(village.method);
      expect(await sentence.getAttribute("data-size-class")).toBe(size);
      const text = await sentence.innerText();
      for (const figure of expectedFigures(village.method!, size)) expect(text).toContain(figure);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/projections.html) gives the town's base-year school age as the register counts it (village_year.pop_6_14) and, beside it, as the projected years estimate it from projections.csv (4/5 of 5-9 plus 10-14)", async () => {
    const base = read("projections.csv").filter((d) => d.village_code === "TOWN" && d.scenario === "medium" && d.sex === "all" && d.year === d.base_year);
    const group = (age: string) => Number(base.find((d) => d.age_group === age)!.population);
    const estimated = Math.round((0.8 * group("5-9") + group("10-14")) * 10) / 10;
    const baseYear = base[0]!.base_year;
    const exact = Number(read("village_year.csv").find((d) => d.village_code === "TOWN" && d.year === baseYear)!.pop_6_14);
    expect(estimated).not.toBe(exact); // the sample's two counts differ, so the note has something to say
    const visit = await openPage(site.browser, `${site.url}/projections.html`);
    try {
      const card = visit.page.locator(".card", {hasText: "出生、学龄和老年人口"});
      const gap = Math.round(estimated) - exact;
      await expect.poll(async () => (await card.innerText()).replace(/\s+/g, "")).toContain(
        `按预测年份的推算方法,${baseYear}年学龄人口为${Math.round(estimated)}人,比实际数${gap < 0 ? "少" : "多"}${Math.abs(gap)}人`);
      // The table sits under the chart, folded: its text is read, not its rendering.
      const firstRow = await card.locator("table tbody tr").first().textContent();
      expect(firstRow).toContain(`${exact}(同口径推算${persons(String(estimated))})`);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/projections.html) then choosing the low-fertility scenario puts it in the URL and the fan chart caption, in whole persons", async () => {
    const projections = read("projections.csv").filter((d) => d.village_code === "TOWN" && d.sex === "all" && d.age_group === "all");
    const lastYear = projections.map((d) => d.year).sort().at(-1)!;
    const at = (scenario: string) => projections.find((d) => d.scenario === scenario && d.year === lastYear)!;
    const caption = (scenario: string, name: string) => {
      const d = at(scenario);
      // A projection at an end of its interval (the backtest's errors all one way) is explained.
      const [population, low, high] = [Number(d.population), Number(d.lower_80), Number(d.upper_80)];
      // (intervalSideNote's wording, with the coverage scored in time order, is tested in intervalSideNote.test.ts and townNotes.test.ts.)
      const side = high - population <= 0.02 * (high - low) ? `区间只在预测值以下:` : population - low <= 0.02 * (high - low) ? `区间只在预测值以上:` : "";
      const sentence = `全镇${name}下,预计${lastYear}年人口${persons(d.population)}人,按回测误差推算的80%区间为${persons(d.lower_80)}—${persons(d.upper_80)}人。${side}`;
      return (text: string) => (side ? text.startsWith(sentence) : text === sentence);
    };
    const visit = await openPage(site.browser, `${site.url}/projections.html`);
    try {
      const fanCaption = visit.page.locator("figure.chart figcaption").first();
      const medium = caption("medium", "中方案");
      await expect.poll(async () => medium(await fanCaption.innerText())).toBe(true);
      await visit.page.getByLabel("低生育方案").check();
      await visit.page.waitForURL((url) => url.searchParams.get("scenario") === "low_fertility");
      const lowFertility = caption("low_fertility", "低生育方案");
      await expect.poll(async () => lowFertility(await fanCaption.innerText())).toBe(true);
      expect(at("low_fertility").population).not.toBe(at("medium").population);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});
