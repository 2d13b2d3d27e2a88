import {existsSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// On a phone (390 px) no number in a table is cut at the edge of its card or scroll box: a cut
// "比上年减少0.08元" read "比上年减少0.0". A table fits its box, or (a table with a pinned column, too
// wide for a phone by design) scrolls sideways under a visible line saying so.
const phone = {width: 390, height: 844};
const pages = ["index", "villages", "trends", "age-structure", "services", "projections", "quality", "bulletin", "downloads"];

const site = useSampleSite();

/**
 * Cells (td, th) of tables without a pinned column whose text holds a digit and reaches past an
 * ancestor that cuts its content (overflow other than visible), each as "heading: text".
 */
function cutNumbers(page: Page): Promise<string[]> {
  return page.locator("main table").evaluateAll((tables) =>
    tables
      .filter((table) => table.checkVisibility() && !table.querySelector(".sticky"))
      .flatMap((table) => [...table.querySelectorAll("td, th")])
      .filter((cell) => /\d/.test(cell.textContent ?? "") && cell.checkVisibility())
      .flatMap((cell) => {
        const box = cell.getBoundingClientRect();
        for (let clip = cell.parentElement; clip; clip = clip.parentElement) {
          const {overflowX} = getComputedStyle(clip);
          if (overflowX === "visible") continue;
          const edge = clip.getBoundingClientRect();
          if (box.right > edge.right + 1 || box.left < edge.left - 1) {
            const heading = cell.closest(".card, figure")?.querySelector("h2, figcaption")?.textContent ?? "?";
            return [`${heading}: ${(cell.textContent ?? "").trim().slice(0, 30)}`];
          }
        }
        return [];
      })
  );
}

describe("numbers on a phone", () => {
  test("openPage(every page, a village page of 2025) at 390px: no number in a table is cut at the edge of its box", async () => {
    const paths = [...pages.filter((page) => existsSync(join(site.outDir, `${page}.html`))).map((page) => `/${page}.html`), "/villages/330781101001.html?year=2025"];
    const cut: string[] = [];
    for (const path of paths) {
      const visit = await openPage(site.browser, site.url + path, {viewport: phone});
      try {
        expectNoProblems(visit);
        cut.push(...(await cutNumbers(visit.page)).map((cell) => `${path} ${cell}`));
      } finally {
        await visit.context.close();
      }
    }
    expect(cut).toEqual([]);
  });

  test("openPage(/villages.html) at 390px: the wide table with the village pinned says under it that it scrolls sideways; at 1280px it does not", async () => {
    for (const [viewport, shown] of [[phone, true], [{width: 1280, height: 900}, false]] as const) {
      const visit = await openPage(site.browser, `${site.url}/villages.html`, {viewport});
      try {
        const hint = visit.page.locator(".table-scroll-hint", {hasText: "左右滑动"}).first();
        expect(await hint.isVisible()).toBe(shown);
        // The hint belongs to the table with a pinned column, right under it.
        expect(await hint.evaluate((p) => !!p.previousElementSibling?.querySelector("table .sticky"))).toBe(true);
      } finally {
        await visit.context.close();
      }
    }
  });
});
