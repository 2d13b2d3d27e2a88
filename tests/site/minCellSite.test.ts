import {csvParse} from "d3";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {expectNoProblems, openPage, type PageVisit} from "./browser.ts";
import {useBuiltSite, useSampleSite} from "./sampleSite.ts";

// The sample's site built for release outside the office (POP_MIN_CELL, the pipeline's --min-cell),
// beside the sample's own site (min_cell 0).
const minCell = 5;
const sample = useSampleSite();
// Outputs of its own, never the sample's named by POP_PIPELINE_OUTPUTS.
const site = useBuiltSite("data/sample", "tests/artifacts/site-sample-min-cell", {env: {...process.env, POP_MIN_CELL: String(minCell)}, ownOutputs: true});

const settingsOf = (dir: string) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf-8")).settings;
/** The note src/downloads.md shows above the files when the outputs were written with --min-cell. */
const withheldNote = (visit: PageVisit) => visit.page.locator("#observablehq-main p", {hasText: "本站数据已作小数抑制"});

describe("the downloads page says when counts were withheld (--min-cell)", () => {
  test(`openPage(/downloads.html) of outputs written with --min-cell ${minCell} says that counts below ${minCell} and what is computed from them are blank, and that a blank is not always missing data`, async () => {
    expect(settingsOf(site.outputsDir).min_cell).toBe(minCell);
    const visit = await openPage(site.browser, `${site.url}/downloads.html`, {screenshot: "downloads-min-cell"});
    try {
      const note = withheldNote(visit);
      await expect.poll(() => note.count()).toBe(1);
      const text = await note.innerText();
      expect(text).toContain(`少于${minCell}人的人数`);
      expect(text).toContain(`--min-cell ${minCell}`);
      expect(text).toContain("空格不一定表示无数据");
      // Complementary suppression: a blank may be a count of N or more, withheld so that a small one cannot be worked out.
      expect(text).toContain("二次抑制");
      // The manifest offered for download is the one the note was read from.
      const href = await visit.page.locator('a[download="manifest.json"]').evaluate((a) => (a as HTMLAnchorElement).href);
      expect(JSON.parse(await (await visit.page.request.get(href)).text()).settings.min_cell).toBe(minCell);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/downloads.html) of outputs written without --min-cell (min_cell 0) shows no such note", async () => {
    expect(settingsOf(sample.outputsDir).min_cell).toBe(0);
    const visit = await openPage(sample.browser, `${sample.url}/downloads.html`);
    try {
      expect(await withheldNote(visit).count()).toBe(0);
      expect(await visit.page.locator("#observablehq-main").innerText()).not.toContain("小数抑制");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test(`openPage(each page) of outputs written with --min-cell ${minCell}, blanks and all, loads with no console error, failed request, cell error or raw value`, async () => {
    for (const page of ["index", "villages", "trends", "age-structure", "services", "projections", "quality", "bulletin", "downloads"]) {
      const visit = await openPage(site.browser, `${site.url}/${page}.html`, {screenshot: `min-cell-${page}`});
      try {
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    }
  });

  test(`openPage(/villages.html) of outputs written with --min-cell ${minCell} says in its legends that — is 无数据或不公布; without it, 无数据`, async () => {
    for (const [built, legend] of [[site, "— 无数据或不公布,"], [sample, "— 无数据,"]] as const) {
      const visit = await openPage(built.browser, `${built.url}/villages.html`);
      try {
        const headings = visit.page.locator("#observablehq-main h3", {hasText: "✓ 达标"});
        await expect.poll(() => headings.count()).toBeGreaterThan(0);
        const text = (await headings.allTextContents()).join("\n");
        expect(text).toContain(legend);
        if (built === sample) expect(text).not.toContain("不公布");
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    }
  });

  test(`openPage(/bulletin.html) of outputs written with --min-cell ${minCell} says in its lead that counts below ${minCell} are not published, and that a withheld rate is 无数据或不公布`, async () => {
    const town = csvParse(readFileSync(join(site.outputsDir, "village_year.csv"), "utf-8").replace(/^\uFEFF/, "")).filter((r) => r.village_code === "TOWN");
    const latest = town.sort((a, b) => +b.year! - +a.year!)[0]!;
    // The sample's latest year has its out-of-policy births withheld (fewer than 5 in the town).
    expect(latest.multichild_out_of_policy_rate).toBe("");
    const visit = await openPage(site.browser, `${site.url}/bulletin.html`);
    try {
      const lead = (await visit.page.locator("article.bulletin").innerText()).replace(/\s+/g, "");
      expect(lead).toContain(`少于${minCell}人的人数及由其算出的比率不予公布`);
      expect(lead).toContain("政策外多孩率无数据或不公布");
      expect(lead.replaceAll("无数据或不公布", "")).not.toContain("无数据");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});
