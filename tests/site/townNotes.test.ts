import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// What a town figure rests on, said where it is shown: the town's funding per person includes
// town-level money; a projection interval lying on one side of the projection is no limit.
const site = useSampleSite();
const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));
const year = "2025";

/** The town's funding not spent in any village, in yuan, from the published village_year. */
function townLevelYuan(): number {
  const rows = read("village_year.csv").filter((d) => d.year === year);
  const town = Number(rows.find((d) => d.village_code === "TOWN")!.funding_yuan);
  const villages = rows.filter((d) => d.village_code !== "TOWN").reduce((sum, d) => sum + Number(d.funding_yuan), 0);
  return Math.round((town - villages) * 100) / 100;
}

describe("notes on the town's figures", () => {
  test("openPage(/index.html, /services.html at 2025): where the town's 人均经费 is shown, a note says it includes the town-level money and how many villages missed", async () => {
    const townLevel = townLevelYuan();
    // The sample's town spends part of its money at town level (278,134 元 against 230,760 in the villages).
    expect(townLevel).toBeGreaterThan(0);
    const missed = read("target_checks.csv").filter((c) => c.year === year && c.indicator === "funding_per_capita" && c.village_code !== "TOWN" && c.status === "not_met").length;
    for (const [path, selector] of [["/index.html", '.kpi[data-indicator="funding_per_capita"]'], ["/services.html", ".town-funding-note"]]) {
      const visit = await openPage(site.browser, `${site.url}${path}?year=${year}`);
      try {
        expectNoProblems(visit);
        const text = await visit.page.locator(selector).innerText();
        expect(text, path).toContain(`全镇人均经费含未落到村(社区)的镇级经费${townLevel}元`);
        expect(text, path).toContain(`有${missed}个未达标`);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/projections.html?village=TOWN): the town's interval lying below its projection says why, that the bound is no limit, and how often it held in time order", async () => {
    const dir = join(site.outDir, "_file", "data", "projection_summary");
    const view = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith("view."))!), "utf-8"));
    const last = view.totals.filter((d: {village_code: string; scenario: string}) => d.village_code === "TOWN" && d.scenario === "medium").at(-1);
    // The sample's town: every bound above is the projection itself (the method's forecasts were too high).
    expect(last.upper_80).toBe(last.population);
    const visit = await openPage(site.browser, `${site.url}/projections.html?village=TOWN&scenario=medium`);
    try {
      expectNoProblems(visit);
      const caption = await visit.page.locator("figure.chart figcaption", {hasText: `预计${last.year}年人口`}).first().innerText();
      expect(caption).toContain(`区间只在预测值以下`);
      expect(caption).toContain(`并不表示人口不会超过${Math.round(last.population)}人`);
      expect(caption).toMatch(/按时间顺序回测,80%区间覆盖了\d+次中的\d+次,约占\d+%。$/);
    } finally {
      await visit.context.close();
    }
  });
});
