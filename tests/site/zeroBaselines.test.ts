import {describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// The y axis of a chart of counts, rates or shares over the years starts at 0, as trendDomain makes
// it on 趋势 and a village's page: an axis starting at the lowest value draws a village's 4‰ as next
// to nothing and a share rising from 16% to 25% as a fivefold rise. In chromium, on the sample.
const site = useSampleSite();

/** The numbers on the y axes of the chart named `ariaLabel` (its svg's aria-label ends with it). */
async function yTicks(page: Page, ariaLabel: string): Promise<number[]> {
  const texts = await page.locator(`svg[aria-label$="${ariaLabel}"] g[aria-label="y-axis tick label"] text`).allTextContents();
  return texts.map(Number);
}

describe("charts over the years start at 0", () => {
  for (const [indicator, label] of [["birth_rate", "出生率"], ["births", "出生人口"], ["share_65_plus", "65岁及以上人口比重"]]) {
    test(`openPage(/villages.html?indicator=${indicator}): the villages' small multiples of ${label} have 0 on their y axis`, async () => {
      const visit = await openPage(site.browser, `${site.url}/villages.html?year=2025&indicator=${indicator}`);
      try {
        const ticks = await yTicks(visit.page, `${label}历年走势小图`);
        expect(ticks.length).toBeGreaterThan(0);
        expect(Math.min(...ticks), ticks.join(" ")).toBe(0);
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    });
  }

  test("openPage(/age-structure.html) for the town and a village: the ageing and dependency trend (%) has 0 on its y axis", async () => {
    for (const path of ["/age-structure.html", "/age-structure.html?village=330781101202"]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        const ticks = await yTicks(visit.page, "老龄化与抚养比历年走势");
        expect(ticks.length, path).toBeGreaterThan(0);
        expect(Math.min(...ticks), `${path}: ${ticks.join(" ")}`).toBe(0);
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    }
  });
});

describe("the small multiples say they compare with the town only where the town is drawn", () => {
  test("openPage(/villages.html): a rate's small multiples draw the town's grey line and say 与全镇对照; a count's draw none and do not say it", async () => {
    for (const [indicator, townDrawn] of [["birth_rate", true], ["births", false], ["funding_yuan", false], ["funding_per_capita", true]] as const) {
      const visit = await openPage(site.browser, `${site.url}/villages.html?year=2025&indicator=${indicator}`);
      try {
        const card = visit.page.locator(".card", {has: visit.page.locator("svg[aria-label$='历年走势小图']")});
        const greyLines = await card.locator('g[aria-label="line"] g[stroke="#bbb"] path').count();
        expect(greyLines > 0, indicator).toBe(townDrawn);
        const words = `${await card.locator("h3").innerText()} ${await card.locator("figcaption").first().innerText()}`;
        expect(words.includes("与全镇对照"), `${indicator}: ${words}`).toBe(townDrawn);
        expect(words.includes("灰线为全镇"), `${indicator}: ${words}`).toBe(townDrawn);
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    }
  });
});
