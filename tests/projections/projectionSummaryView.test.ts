import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ageGroups} from "../../loaders/projections/ageGroups.ts";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {projectionSummaryView, type ProjectionViewInput} from "../../loaders/projections/projectionSummaryView.ts";
import {sizeClass} from "../../loaders/projections/sizeClass.ts";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";

const bounds = ["lower_80", "upper_80", "lower_95", "upper_95"];

describe("projectionSummaryView", () => {
  test("projectionSummaryView({projections: [], villageYear: []}) is empty with no years", () => {
    expect(projectionSummaryView({projections: [], villageYear: []})).toEqual({base_year: null, last_year: null, age_groups: ageGroups, scenarios: [], areas: [], totals: [], pyramids: []});
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
