import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ageGroups} from "../../loaders/projections/ageGroups.ts";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {projectionSummaryView, type ProjectionViewInput} from "../../loaders/projections/projectionSummaryView.ts";
import {sizeClass} from "../../loaders/projections/sizeClass.ts";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
// The labels the 人口预测 page gives the areas (a browser module, as the page imports it).
// @ts-expect-error -- plain JavaScript without type declarations
import {villageLabels} from "../../src/components/villageLabels.js";

const bounds = ["lower_80", "upper_80", "lower_95", "upper_95"];

describe("projectionSummaryView", () => {
  test("projectionSummaryView({projections: [], villageYear: []}) is empty with no years", () => {
    expect(projectionSummaryView({projections: [], villageYear: []})).toEqual({base_year: null, last_year: null, age_groups: ageGroups, scenarios: [], areas: [], totals: [], pyramids: []});
  });

  test("projectionSummaryView({projections, villageYear}) keeps two villages of one name as two areas, and the page labels its areas as village_year's labels", () => {
    // 102 and 103 share a name; 101 has none and 104 is named like 101's code.
    const villageYear = [["TOWN", "青石镇"], ["101", ""], ["102", "新村"], ["103", "新村"], ["104", "101"]].map(([village_code, village_name], i) => ({year: 2025, village_code: village_code!, village_name: village_name!, pop_end: 10 + i}));
    const projections: ProjectionViewInput[] = villageYear.map(({village_code, pop_end}) => ({
      base_year: 2025, year: 2025, village_code, scenario: "medium", method: "cohort_component", sex: "all", age_group: "all", population: pop_end, lower_80: null, upper_80: null, lower_95: null, upper_95: null
    }));
    const view = projectionSummaryView({projections, villageYear});
    expect(view.areas.map((a) => a.village_code)).toEqual(villageYear.map((r) => r.village_code));
    expect(view.totals.map((t) => [t.village_code, t.population])).toEqual(villageYear.map((r) => [r.village_code, r.pop_end]));
    const pageLabels = villageLabels(view.areas.map((a) => ({village_code: a.village_code, village_name: a.name})));
    expect([...pageLabels]).toEqual([...villageLabels(villageYear)]);
    expect(new Set(pageLabels.values()).size).toBe(view.areas.length);
  });

  test("projectionSummaryView(outputs of data/sample) keeps every total row and the base and last pyramids of projections.csv", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const projections = projectionSummaryCsvRows(join(outputs, "projections.csv"), ["base_year", "year", "population", ...bounds]) as unknown as ProjectionViewInput[];
    const villageYear = projectionSummaryCsvRows(join(outputs, "village_year.csv"), ["year", "pop_end"]) as never;
    const view = projectionSummaryView({projections, villageYear});
    const totals = projections.filter((r) => r.sex === "all" && r.age_group === "all");
    expect(view.totals.length).toBe(totals.length);
    expect(new Set(view.totals.map((t) => JSON.stringify(t)))).toEqual(new Set(totals.map(({base_year, sex, age_group, ...t}) => JSON.stringify({village_code: t.village_code, scenario: t.scenario, method: t.method, year: t.year, population: t.population, lower_80: t.lower_80, upper_80: t.upper_80, lower_95: t.lower_95, upper_95: t.upper_95}))));
    expect(view.areas[0]!.village_code).toBe("TOWN");
    expect(view.areas.length).toBe(new Set(projections.map((r) => r.village_code)).size);
    for (const area of view.areas.slice(1)) {
      const base = totals.find((r) => r.village_code === area.village_code && r.year === view.base_year)!;
      expect(area.size_class).toBe(sizeClass(base.population));
      expect(area.observed.at(-1)!.year).toBe(view.base_year);
    }
    for (const pyramid of view.pyramids) {
      expect([view.base_year, view.last_year]).toContain(pyramid.year);
      ageGroups.forEach((group, i) => {
        for (const sex of ["M", "F"] as const) {
          const cell = projections.find((r) => r.village_code === pyramid.village_code && r.scenario === pyramid.scenario && r.year === pyramid.year && r.sex === sex && r.age_group === group)!;
          expect(pyramid[sex][i]).toBe(cell.population);
        }
      });
    }
    expect(view.pyramids.length).toBe(view.areas.length * view.scenarios.length * 2);
  });
});
