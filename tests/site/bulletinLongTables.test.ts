import {describe, expect, test} from "vitest";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

type Block = {kind: string; id?: string; rows?: string[][]};
type Bulletins = {years: number[]; bulletins: Record<string, {sections: {blocks: Block[]}[]}>};

/** bulletin.json with 表1's villages repeated to `rows` rows (a county's table), 表2 as it is. */
function withLongTable(text: string, rows: number): string {
  const collection = JSON.parse(text) as Bulletins;
  for (const bulletin of Object.values(collection.bulletins)) {
    for (const block of bulletin.sections.flatMap((s) => s.blocks)) {
      if (block.kind !== "table" || block.id !== "villagePopulation") continue;
      const [total, ...villages] = block.rows!;
      block.rows = [total!, ...Array.from({length: rows - 1}, (_, i) => villages[i % villages.length]!)];
    }
  }
  return JSON.stringify(collection);
}

describe("the bulletin's long tables", () => {
  const site = useSampleSite();

  test("BulletinDocument lays out a table of more than 100 rows only near the screen (content-visibility), a town's table always; printed, every row is laid out", async () => {
    const visit = await openPage(site.browser, `${site.url}/bulletin.html`);
    try {
      await visit.page.route(/\/_file\/data\/bulletin\.[0-9a-f]+\.json$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({response, body: withLongTable(await response.text(), 301)});
      });
      await visit.page.reload({waitUntil: "networkidle"});
      const long = visit.page.locator('figure.bulletin-table[data-table="villagePopulation"]');
      const short = visit.page.locator('figure.bulletin-table[data-table="villageEvents"]');
      await long.waitFor();
      expect(await long.locator("tbody tr").count()).toBe(301);
      const contentVisibility = (figure: typeof long) => figure.evaluate((f) => getComputedStyle(f).contentVisibility);
      expect(await contentVisibility(long)).toBe("auto");
      expect(await contentVisibility(short)).toBe("visible");
      // Its height is reserved before it is laid out, so the page does not jump when it is reached.
      expect((await long.boundingBox())!.height).toBeGreaterThan(301 * 20);
      // Scrolled to, its last row is laid out and shown.
      const lastRow = long.locator("tbody tr").last();
      await lastRow.scrollIntoViewIfNeeded();
      expect((await lastRow.boundingBox())!.height).toBeGreaterThan(0);
      // Printed, the rule does not apply: every row is laid out, as every table was before.
      await visit.page.evaluate(() => window.scrollTo(0, 0));
      // (The page draws the bulletin anew for the paper's width: polled until it has.)
      await visit.page.emulateMedia({media: "print"});
      await expect.poll(() => contentVisibility(long).catch(() => "detached")).toBe("visible");
      const heights = () => long.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
      await expect.poll(async () => (await heights()).filter((h) => h > 0).length).toBe(301);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  }, 120_000);
});
