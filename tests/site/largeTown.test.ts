import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import type {DistServer} from "../../loaders/site/serveDist.ts";
import {expectNoProblems, launchBrowser, openPage} from "./browser.ts";
import {serveExtractSite} from "./buildSite.ts";

// A register with 60 villages: more than the 50 rows the villages table builds at first.
const villages = 60;
let browser: Browser;
let site: DistServer;
let extractDir: string;

beforeAll(async () => {
  extractDir = await mkdtemp(join(tmpdir(), "pop-60-villages-"));
  await generateSample({people: 12_000, villages, out: extractDir});
  site = await serveExtractSite(extractDir, "tests/artifacts/site-60-villages");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (extractDir) await rm(extractDir, {recursive: true, force: true});
});

describe("the villages table of a large town", () => {
  test("openPage(/villages.html) with 60 villages shows the town and the first 50 villages, and all 61 rows on request, the town first in any order", async () => {
    const visit = await openPage(browser, `${site.url}/villages.html`, {screenshot: "villages-60"});
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
});
