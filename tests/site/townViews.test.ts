import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {rowsFromParts} from "../../src/components/rowsFromParts.js";
// @ts-expect-error -- plain JavaScript without type declarations
import {rowsFromAgeSexView} from "../../src/components/rowsFromAgeSexView.js";
import {expectNoProblems, openPage} from "./browser.ts";
import {runLoader, tarMembers, typedDownload} from "./siteLoaders.ts";
import {useSampleSite} from "./sampleSite.ts";
import {writeSmallTown} from "../support/smallTown.ts";

type Row = Record<string, unknown>;

/** `rows` with only `columns`, in that order. */
const pick = (rows: Row[], columns: string[]) => rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])));
const isTown = (row: Row) => row.village_code === "TOWN";
const ageStructure = ["year", "village_code", "village_name", "share_0_14", "share_15_64", "share_65_plus", "share_60_plus", "dependency_ratio", "child_dependency_ratio", "old_dependency_ratio"];
const funding = ["year", "village_code", "village_name", "funding_yuan", "pop_avg", "funding_per_capita"];

describe("the town pages' views (src/data/town.tar.ts)", () => {
  for (const [name, env] of [["the sample town", {}], ["a town of two villages with POP_MIN_CELL=2", {POP_DATA_DIR: writeSmallTown(), POP_MIN_CELL: "2"}]] as const) {
    test(`src/data/town.tar.ts on ${name} holds each town page's rows of the downloads, as typed from them, in their order, blanks and all; the same bytes twice`, () => {
      const tar = runLoader("town.tar.ts", env);
      const members = tarMembers(tar);
      expect([...members.keys()]).toEqual(["index.json", "villages.json", "trends.json", "age-structure.json", "services.json"]);
      const view = (page: string) => {
        const parts = JSON.parse(members.get(`${page}.json`)!);
        // 人口结构's age_sex is pyramids, unfolded as the page unfolds each one.
        const rows = (table: string, view: any) => (table === "age_sex" ? view.pyramids.flatMap((pyramid: unknown) => rowsFromAgeSexView(view, pyramid)) : rowsFromParts(view));
        return Object.fromEntries(Object.entries(parts).map(([table, view]) => [table, rows(table, view)]));
      };
      const villageYear = typedDownload("village_year.csv", env);
      const checks = typedDownload("target_checks.csv", env);
      const ageSex = typedDownload("age_sex.csv", env);
      expect(villageYear.filter((d) => !isTown(d)).length).toBeGreaterThan(0);
      const fundingChecks = checks.filter((d) => !isTown(d) && d.indicator === "funding_per_capita");

      expect(view("index")).toEqual({
        village_year: [...villageYear.filter(isTown), ...pick(villageYear.filter((d) => !isTown(d)), ["year", "village_code", "funding_yuan"])],
        target_checks: [...checks.filter(isTown), ...pick(fundingChecks, ["year", "village_code", "indicator", "status"])]
      });
      expect(view("villages")).toEqual({village_year: villageYear, target_checks: checks});
      expect(view("trends")).toEqual({village_year: villageYear, target_checks: checks.filter(isTown)});
      expect(view("age-structure")).toEqual({village_year: pick(villageYear, ageStructure), age_sex: ageSex});
      expect(ageSex.length).toBeGreaterThan(36);
      expect(view("services")).toEqual({
        village_year: pick(villageYear, funding),
        target_checks: checks.filter((d) => d.indicator === "funding_per_capita" || d.indicator === "prepregnancy_check_coverage_rate")
      });
      if (!("POP_MIN_CELL" in env)) {
        // The sample has funding and the targeted project: the views are not empty by accident.
        expect(fundingChecks.length).toBeGreaterThan(0);
        expect(checks.some((d) => d.indicator === "prepregnancy_check_coverage_rate" && !isTown(d))).toBe(true);
      } else {
        // --min-cell blanks the view as it blanks the download: V2's 1 person is withheld (null), not shown.
        expect((view("villages").village_year as Row[]).find((d) => d.village_code === "V2")!.pop_end).toBe(null);
        expect((view("age-structure").age_sex as Row[]).filter((d) => d.village_code === "V2" && d.population === null).length).toBeGreaterThan(0);
      }
      // Deterministic: the same outputs give the same bytes.
      expect(runLoader("town.tar.ts", env).equals(tar)).toBe(true);
    }, 300_000);
  }
});

describe("a town page loads its own view and what it shows whole", () => {
  const site = useSampleSite();
  const expected: [string, string[]][] = [
    ["/", ["town/index.json"]],
    ["/villages", ["town/villages.json", "villages.geojson", "manifest.json"]],
    ["/trends", ["town/trends.json"]],
    ["/age-structure", ["town/age-structure.json"]],
    ["/services", ["services.csv", "town/services.json"]]
  ];
  for (const [path, files] of expected) {
    test(`openPage(${path}) requests ${files.join(", ")} and no other data file`, async () => {
      const visit = await openPage(site.browser, `${site.url}${path}`);
      try {
        const requested: string[] = [];
        visit.page.on("request", (request) => requested.push(new URL(request.url()).pathname));
        await visit.page.reload({waitUntil: "networkidle"});
        await visit.page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0);
        const data = requested.filter((p) => p.startsWith("/_file/data/")).map((p) => p.slice("/_file/data/".length).replace(/\.[0-9a-f]{8}\./, "."));
        expect(data.sort()).toEqual([...files].sort());
        await visit.page.locator("figure.chart svg").first().waitFor({state: "visible"});
        expectNoProblems(visit);
      } finally {
        await visit.context.close();
      }
    }, 120_000);
  }
});
