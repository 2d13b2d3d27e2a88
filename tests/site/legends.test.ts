import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import type {Page} from "playwright-core";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// Legends, titles and notices that say what the page shows, in chromium: darker is higher on every
// map, an uncertain badge is explained in words, a table is titled for what it holds, money is
// written as money, and a link's value the data does not have is named.
const site = useSampleSite();
const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));
const year = "2025";

/** Relative luminance (0 black – 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("legends and titles", () => {
  test("openPage(/villages.html?year=2025&indicator=birth_rate): the tile of the highest value is darker than the lowest's, and the legend says darker is higher and what a dashed badge means", async () => {
    const villages = read("village_year.csv").filter((d) => d.year === year && d.village_code !== "TOWN").sort((a, b) => Number(a.birth_rate) - Number(b.birth_rate));
    const [lowest, highest] = [villages[0], villages.at(-1)!];
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=birth_rate`);
    try {
      expectNoProblems(visit);
      const fill = (name: string) => visit.page.locator(".tile-map > *", {hasText: name}).first().evaluate((tile) => getComputedStyle(tile).backgroundColor);
      expect(luminance(await fill(highest.village_name))).toBeLessThan(luminance(await fill(lowest.village_name)));
      const legend = await visit.page.locator(".villages-map h3").innerText();
      expect(legend).toContain("颜色越深数值越高");
      expect(legend).toContain("虚线框的标记为尚不能确定(95%区间跨越目标两侧)");
      expect(await visit.page.locator("h2", {hasText: "主要指标"}).first().innerText()).toBe(`表1 ${year}年各村(社区)主要指标`);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=2025&indicator=share_0_14): no tile is hatched, and the map's legend does not explain hatching; with birth_rate, whose small villages are hatched, it does", async () => {
    const villages = read("village_year.csv").filter((d) => d.year === year && d.village_code !== "TOWN");
    // Every village has 20 or more children aged 0–14 (no small base); some have fewer than 20 births.
    expect(villages.every((d) => Number(d.pop_0_14) >= 20)).toBe(true);
    expect(villages.some((d) => Number(d.births) < 20)).toBe(true);
    for (const [indicator, hatched] of [["share_0_14", false], ["birth_rate", true]] as const) {
      const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=${indicator}`);
      try {
        expectNoProblems(visit);
        expect(await visit.page.locator(".tile-map .tile-small-base").count() > 0, indicator).toBe(hatched);
        const legend = await visit.page.locator(".villages-map h3").innerText();
        expect(legend.includes("斜纹"), `${indicator}: ${legend}`).toBe(hatched);
        expect(await visit.page.locator(".villages-map h3 .small-base-swatch").count(), indicator).toBe(hatched ? 1 : 0);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/projections.html): 人口规模 lists 全镇 and 全部村居 first, then the villages' size classes from small to large", async () => {
    const classes = new Set(read("projection_accuracy.csv").map((d) => d.size_class));
    const bySize = ["<500", "500-1999", "2000+"].filter((c) => classes.has(c)).map((c) => `${c}人`);
    expect(bySize.length).toBeGreaterThan(1);
    const visit = await openPage(site.browser, `${site.url}/projections.html`);
    try {
      expectNoProblems(visit);
      const options = await visit.page.getByLabel("人口规模").locator("option").allTextContents();
      expect(options).toEqual(["全镇", "全部村居", ...bySize]);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html) explains the dashed frame in words, on screen as on paper (no '见提示'); /index.html's sex-ratio card says 95%; /quality.html keeps the targets' note out of the balancing check", async () => {
    const services = await openPage(site.browser, `${site.url}/services.html?year=${year}`);
    try {
      const heading = await services.page.locator(".card h3", {hasText: "颜色越深覆盖率越高"}).innerText();
      expect(heading).toContain("虚框为尚不能确定");
      expect(heading).not.toContain("见提示");
    } finally {
      await services.context.close();
    }
    const index = await openPage(site.browser, `${site.url}/index.html?year=${year}`);
    try {
      expect(await index.page.locator('.kpi[data-indicator="sex_ratio_at_birth"]').innerText()).toMatch(/95%区间 \d+\.\d\d—\d+\.\d\d/);
    } finally {
      await index.context.close();
    }
    const quality = await openPage(site.browser, `${site.url}/quality.html`);
    try {
      expectNoProblems(quality);
      const notes = (JSON.parse(readFileSync(join(site.outputsDir, "quality.json"), "utf-8")) as {notes: string[]}).notes;
      expect(notes.length).toBeGreaterThan(0);
      expect(await quality.page.locator(".card", {has: quality.page.locator("h2", {hasText: "人口平衡检验"})}).innerText()).not.toContain(notes[0]);
      expect(await quality.page.locator(".quality-notes").innerText()).toContain(notes[0]);
    } finally {
      await quality.context.close();
    }
  });

  test("openPage(a village page): sums of money are written exactly without '.00', per-person money with two decimals; its first year says there is no year before", async () => {
    const rows = read("village_year.csv").filter((d) => d.village_code === "330781101001");
    const first = rows.map((d) => d.year).sort()[0];
    const visit = await openPage(site.browser, `${site.url}/villages/330781101001.html?year=${year}`);
    try {
      const table = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "主要指标"})});
      const funding = await table.locator("tr", {hasText: /^\s*经费投入/}).first().innerText();
      expect(funding).not.toMatch(/\.00/);
      expect(funding).toContain(String(Number(rows.find((d) => d.year === year)!.funding_yuan)));
      expect(await table.locator("tr", {hasText: "人均经费"}).innerText()).toMatch(/\d+\.\d\d/);
    } finally {
      await visit.context.close();
    }
    const firstYear = await openPage(site.browser, `${site.url}/villages/330781101001.html?year=${first}`);
    try {
      const heading = await firstYear.page.locator(".card h3", {hasText: "基数N"}).innerText();
      expect(heading).not.toContain(`与${Number(first) - 1}年比较`);
      expect(heading).toContain(`${first}年是登记的第一个年份,没有上年可比`);
    } finally {
      await firstYear.context.close();
    }
  });

  test("openPage(/index.html?year=2013, /projections.html?village=bad): a link's value the data does not have is named in one line, and a valid one says nothing", async () => {
    const years = [...new Set(read("village_year.csv").map((d) => Number(d.year)))].sort();
    const absent = years[0] - 1;
    for (const [path, expected] of [
      [`/index.html?year=${absent}`, `链接中的年份“${absent}”不在数据中(可选${years[0]}—${years.at(-1)}年),已显示${years.at(-1)}年。`],
      ["/projections.html?village=bad", "链接中的范围“bad”不在数据中,已显示全镇。"],
      [`/villages/330781101001.html?year=${absent}`, `链接中的年份“${absent}”不在数据中`]
    ]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        expectNoProblems(visit);
        expect(await visit.page.locator(".url-notice").innerText(), path).toContain(expected);
      } finally {
        await visit.context.close();
      }
    }
    const valid = await openPage(site.browser, `${site.url}/index.html?year=${years.at(-1)}`);
    try {
      expect(await valid.page.locator(".url-notice").count()).toBe(0);
    } finally {
      await valid.context.close();
    }
  });
});

/**
 * controlState(page, label) reads the page's control labelled `label` (a select or radio buttons from
 * Observable Inputs): its options and those chosen, as the control writes them.
 */
function controlState(page: Page, label: string): Promise<{options: string[]; chosen: string[]}> {
  const form = page.locator("form").filter({has: page.getByText(label, {exact: true})}).first();
  return form.evaluate((f) => {
    const select = f.querySelector("select");
    if (select) return {options: [...select.options].map((o) => o.text.trim()), chosen: [...select.selectedOptions].map((o) => o.text.trim())};
    const inputs = [...f.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]")];
    return {options: inputs.map((i) => i.parentElement!.textContent!.trim()), chosen: inputs.filter((i) => i.checked).map((i) => i.parentElement!.textContent!.trim())};
  });
}

/** chooseInControl(page, label, texts) chooses the options written `texts` in the control labelled `label` (a select, or radio buttons), as a user does. */
async function chooseInControl(page: Page, label: string, texts: string[]): Promise<void> {
  const form = page.locator("form").filter({has: page.getByText(label, {exact: true})}).first();
  if (await form.locator("select").count()) await form.locator("select").selectOption(texts.map((text) => ({label: text})));
  else await form.getByLabel(texts[0]!, {exact: true}).check();
}

describe("link parameters: a value the data does not have is named, with what is shown instead", () => {
  const village = "330781101001";
  const stale = "330781199999";
  // Each case: a link with a value the data does not have, the control's label, and the notice expected
  // from what that control shows (its options, where the notice lists them, and its choice).
  const cases: {path: string; label: string; expected: (state: {options: string[]; chosen: string[]}) => string}[] = [
    {path: "/villages.html?indicator=birth-rate", label: "指标", expected: ({chosen}) => `链接中的指标“birth-rate”不在数据中,已显示${chosen[0]}。`},
    {path: `/villages/${village}.html?indicator=birth-rate`, label: "走势指标", expected: ({chosen}) => `链接中的走势指标“birth-rate”不在数据中,已显示${chosen[0]}。`},
    {path: "/trends.html?indicator=birth-rate", label: "指标", expected: ({chosen}) => `链接中的指标“birth-rate”不在数据中,已显示${chosen[0]}。`},
    {path: `/trends.html?villages=${village},${stale}`, label: "对比村(社区)", expected: ({chosen}) => `链接中的对比村(社区)“${stale}”不在数据中,已略去,显示其余的${chosen.join("、")}。`},
    {path: `/trends.html?villages=${stale},bad`, label: "对比村(社区)", expected: ({chosen}) => `链接中的对比村(社区)“${stale}”、“bad”不在数据中,已显示${chosen.join("、")}。`},
    {path: `/age-structure.html?village=${stale}`, label: "范围", expected: ({chosen}) => `链接中的范围“${stale}”不在数据中,已显示${chosen[0]}。`},
    {path: "/projections.html?scenario=high", label: "情景", expected: ({options, chosen}) => `链接中的情景“high”不在数据中(可选${options.join("、")}),已显示${chosen[0]}。`},
    {path: "/projections.html?size=1000-1999", label: "人口规模", expected: ({options, chosen}) => `链接中的人口规模“1000-1999”不在数据中(可选${options.join("、")}),已显示${chosen[0]}。`}
  ];
  for (const {path, label, expected} of cases) {
    test(`openPage(${path}) says in one line under 「${label}」 what the link asked for and what is shown`, async () => {
      const visit = await openPage(site.browser, site.url + path);
      try {
        expectNoProblems(visit);
        const state = await controlState(visit.page, label);
        expect(state.chosen.length).toBeGreaterThan(0);
        const notices = await visit.page.locator(".url-notice").allInnerTexts();
        expect(notices).toEqual([expected(state)]);
      } finally {
        await visit.context.close();
      }
    });
  }

  test("openPage(/trends.html?villages=one valid, one stale) shows the valid one only; with none valid, the default three", async () => {
    const partial = await openPage(site.browser, `${site.url}/trends.html?villages=${village},${stale}`);
    try {
      const names = new Map(read("village_year.csv").map((d) => [d.village_code, d.village_name]));
      const {chosen} = await controlState(partial.page, "对比村(社区)");
      expect(chosen).toHaveLength(1);
      expect(chosen[0]).toContain(names.get(village));
    } finally {
      await partial.context.close();
    }
    const none = await openPage(site.browser, `${site.url}/trends.html?villages=${stale},bad`);
    try {
      expect((await controlState(none.page, "对比村(社区)")).chosen).toHaveLength(3);
    } finally {
      await none.context.close();
    }
  });

  test("openPage(a link with every parameter valid) shows no notice, on any page", async () => {
    const codes = [...new Set(read("village_year.csv").map((d) => d.village_code))].filter((c) => c !== "TOWN").sort();
    // Not the defaults (medium, all_villages): a value the link chose and the data has.
    const scenario = read("projections.csv").map((d) => d.scenario).find((d) => d !== "medium");
    const size = read("projection_accuracy.csv").map((d) => d.size_class).find((d) => d !== "all_villages");
    expect(scenario && size).toBeTruthy();
    for (const path of [
      `/villages.html?year=${year}&indicator=death_rate`,
      `/villages/${village}.html?year=${year}&indicator=death_rate`,
      `/trends.html?indicator=death_rate&villages=${codes.at(-1)},${codes[0]}`,
      `/age-structure.html?village=${village}&year=${year}`,
      `/projections.html?village=${village}&scenario=${scenario}&size=${encodeURIComponent(size!)}`
    ]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        expectNoProblems(visit);
        expect(await visit.page.locator(".url-notice").allInnerTexts(), path).toEqual([]);
      } finally {
        await visit.context.close();
      }
    }
  });

  // Each case: a link with a value the data does not have, the control's label, and another choice of it.
  const changes: {path: string; label: string; other: (state: {options: string[]; chosen: string[]}) => string[]}[] = [
    {path: "/projections.html?scenario=high", label: "情景", other: ({options, chosen}) => [options.find((o) => o !== chosen[0])!]},
    {path: "/villages.html?year=2013", label: "年份", other: ({options, chosen}) => [options.find((o) => o !== chosen[0])!]},
    {path: "/trends.html?indicator=birth-rate", label: "指标", other: ({options, chosen}) => [options.find((o) => o !== chosen[0])!]},
    {path: `/trends.html?villages=${stale},bad`, label: "对比村(社区)", other: ({options, chosen}) => [options.find((o) => !chosen.includes(o))!]}
  ];
  for (const {path, label, other} of changes) {
    test(`openPage(${path}): once 「${label}」 is changed, the notice goes and does not come back when the value shown at first is chosen again`, async () => {
      const visit = await openPage(site.browser, site.url + path);
      const {page} = visit;
      try {
        const notices = page.locator(".url-notice");
        expect(await notices.count()).toBe(1);
        const first = await controlState(page, label);
        await chooseInControl(page, label, other(first));
        await expect.poll(() => notices.count()).toBe(0);
        // Back to what the page fell back to: wait for the page to write it into its URL (the cells
        // depending on the control have run again), then the notice must still be gone.
        const changed = await page.evaluate(() => location.search);
        await chooseInControl(page, label, first.chosen);
        await expect.poll(() => page.evaluate(() => location.search)).not.toBe(changed);
        await visit.settle();
        expect((await controlState(page, label)).chosen).toEqual(first.chosen);
        expect(await notices.allInnerTexts()).toEqual([]);
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    });
  }

  test("openPage(/projections.html?size=…&village=…): the notices are on screen, not on paper (as the controls)", async () => {
    const visit = await openPage(site.browser, `${site.url}/projections.html?size=bad&village=${stale}`);
    try {
      const shown = () => visit.page.locator(".url-notice").evaluateAll((notices) => notices.filter((notice) => notice.checkVisibility()).length);
      expect(await shown()).toBe(2);
      await visit.page.emulateMedia({media: "print"});
      expect(await shown()).toBe(0);
    } finally {
      await visit.context.close();
    }
  });
});
