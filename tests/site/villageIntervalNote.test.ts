import {mkdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {csvParse} from "d3";
import {beforeAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {writeEmptyingTown} from "../support/emptyingTown.ts";
import {expectNoProblems, openPage, type PageVisit} from "./browser.ts";
import {projectDir} from "./buildSite.ts";
import {useBuiltSite, useSampleSite} from "./sampleSite.ts";

// A town whose villages empty faster every year (every backtest too high: intervals below the
// projections), written before its site's hooks build it, beside the sample's site (two-sided intervals).
const extractDir = join(projectDir, "tests", "artifacts", "extract-emptying-town");
beforeAll(async () => {
  await rm(extractDir, {recursive: true, force: true});
  await mkdir(extractDir, {recursive: true});
  writeEmptyingTown(extractDir);
});
const emptying = useBuiltSite(extractDir, "tests/artifacts/site-emptying-town", {ownOutputs: true});
const sample = useSampleSite();

/** The medium scenario's last projected total of each village (not the town), from the outputs the site was built on. */
function lastProjected(outputsDir: string) {
  const rows = csvParse(csvTextFromFile(join(outputsDir, "projections.csv"))).filter((d) => d.sex === "all" && d.age_group === "all" && d.scenario === "medium" && d.village_code !== "TOWN");
  const lastYear = rows.map((d) => d.year!).sort().at(-1);
  return rows.filter((d) => d.year === lastYear).map((d) => ({code: d.village_code!, population: Number(d.population), lower: Number(d.lower_80), upper: Number(d.upper_80)}));
}

/** The caption of a page's fan chart that reads `marker`. */
async function fanCaption(visit: PageVisit, marker: string): Promise<string> {
  const caption = visit.page.locator("figure.chart figcaption", {hasText: marker}).first();
  await expect.poll(() => caption.count()).toBe(1);
  return caption.innerText();
}

describe("a village page's projection card explains an interval lying on one side of its projection", () => {
  test("openPage(/villages/<village>.html) of a village whose interval lies wholly below its projection gives 人口预测's note for it, word for word", async () => {
    const village = lastProjected(emptying.outputsDir)[0]!;
    // The upper bound is the projection itself: every backtest of the method was too high.
    expect(village.upper).toBe(village.population);
    expect(village.lower).toBeLessThan(village.population);
    const projections = await openPage(emptying.browser, `${emptying.url}/projections.html?village=${village.code}&scenario=medium`);
    let note: string;
    try {
      expectNoProblems(projections);
      const caption = await fanCaption(projections, "预计");
      note = caption.slice(caption.indexOf("区间只在预测值以下"));
      expect(note).toContain(`并不表示人口不会超过${Math.round(village.population)}人`);
    } finally {
      await projections.context.close();
    }
    const visit = await openPage(emptying.browser, `${emptying.url}/villages/${village.code}.html`, {screenshot: "village-one-sided-interval"});
    try {
      expectNoProblems(visit);
      const caption = await fanCaption(visit, "人口预测:");
      expect(caption.endsWith(`人。${note}`), caption).toBe(true);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages/<village>.html) of a village whose interval lies on both sides of its projection shows no such note", async () => {
    const twoSided = lastProjected(sample.outputsDir).find((d) => d.lower < d.population - 0.02 * (d.upper - d.lower) && d.upper > d.population + 0.02 * (d.upper - d.lower));
    expect(twoSided).toBeDefined();
    const visit = await openPage(sample.browser, `${sample.url}/villages/${twoSided!.code}.html`);
    try {
      expectNoProblems(visit);
      const caption = await fanCaption(visit, "人口预测:");
      expect(caption).toMatch(/\d+人$/);
      expect(caption).not.toContain("区间只在");
    } finally {
      await visit.context.close();
    }
  });
});
