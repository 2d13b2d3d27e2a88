import {rm} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {smallVillages, writeSmallVillagesTown} from "../support/smallVillagesTown.ts";
import {expectNoProblems, openPage} from "./browser.ts";
import {projectDir} from "./buildSite.ts";
import {useBuiltSite} from "./sampleSite.ts";

// The town of tests/support/smallVillagesTown.ts: a village of about 25 people and one that emptied by 2021
// beside generated ones. The extract is written to a fixed folder (the register is deterministic), so that an
// unchanged site is not built again on the next run; it is written before the site's hooks build it.
const extractDir = join(projectDir, "tests", "artifacts", "extract-small-villages");
beforeAll(async () => {
  await rm(extractDir, {recursive: true, force: true});
  await writeSmallVillagesTown(extractDir);
});
const site = useBuiltSite(extractDir, "tests/artifacts/site-small-villages", {ownOutputs: true});

describe("the pages of small villages", () => {
  test("openPage(/villages/<code>.html, /projections.html?village=<code>) of the village of 25 and of the emptied village: no problem, the small-base flags and 尚不能确定, and the emptied village said to be projected as 0", async () => {
    const {tiny, emptied} = smallVillages;
    const pages = [
      `/villages/${tiny.code}.html?year=2025`, `/projections.html?village=${tiny.code}`,
      `/villages/${emptied.code}.html?year=2025`, `/projections.html?village=${emptied.code}`
    ];
    const texts: string[] = [];
    for (const path of pages) {
      const visit = await openPage(site.browser, `${site.url}${path}`, {screenshot: `small-villages${path.replace(/[^\w]+/g, "-")}`});
      try {
        expectNoProblems(visit);
        texts.push(await visit.page.locator("main").innerText());
      } finally {
        await visit.context.close();
      }
    }
    const [tinyVillage, tinyProjection, emptiedVillage, emptiedProjection] = texts as [string, string, string, string];
    // The village of 25: its indicators flagged by their base ("基数N"), its target verdicts not settled.
    const indicatorTable = tinyVillage.slice(tinyVillage.indexOf("2025年主要指标"));
    expect(indicatorTable).toMatch(/基数\d+/);
    expect(indicatorTable).toContain("尚不能确定");
    expect(tinyVillage).toContain(`${tiny.name}人口预测:2025年`);
    // Its projection is read against the accuracy of villages of its size.
    expect(tinyProjection).toContain("不足500人的村居");
    // The emptied village: projected as 0 and said why, with no one-sided reading of an interval floored at 0.
    const said = `${emptied.name}2025年末无人,预测各年均为0人`;
    for (const text of [emptiedVillage, emptiedProjection]) {
      expect(text).toContain(said);
      expect(text).not.toContain("并不表示人口不会低于0人");
    }
  }, 300_000);
});
