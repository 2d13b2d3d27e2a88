import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parse} from "csv-parse/sync";
import {describe, expect, test} from "vitest";
import {ageGroups} from "../../loaders/projections/ageGroups.ts";
import {populationInAgeRange} from "../../loaders/projections/populationInAgeRange.ts";
import {projectionSummary, type ProjectionSummaryInput} from "../../loaders/projections/projectionSummary.ts";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {assertInDelta} from "../asserts.ts";

/** Cells of one area × scenario × year: `values[i]` people in ageGroups[i] for each listed sex. */
function cells(year: number, values: number[], {sexes = ["all"], village_code = "V1", scenario = "medium", base_year = 2025} = {}): ProjectionSummaryInput[] {
  const rows: ProjectionSummaryInput[] = sexes.flatMap((sex) => ageGroups.map((age_group, i) => ({base_year, year, village_code, scenario, sex, age_group, population: values[i]!})));
  return [...rows, {base_year, year, village_code, scenario, sex: "all", age_group: "all", population: 1e9}];
}

const groups = ageGroups.map((_, i) => 10 * (i + 1)); // 10, 20, …, 180

describe("projectionSummary", () => {
  test("projectionSummary({projections, births}) without observedBirths gives the base year no births, and marks it observed", () => {
    const rows = projectionSummary({projections: [...cells(2025, groups), ...cells(2026, groups)], births: [{base_year: 2025, village_code: "V1", scenario: "medium", births_per_year: 12.34}]});
    expect(rows.map((r) => [r.year, r.observed, r.births])).toEqual([[2025, true, null], [2026, false, 12.3]]);
  });

  test("projectionSummary(…) counts school age 6–14 as 4/5 of 5–9 plus 10–14 and elderly as 65+ (the totals rows ignored)", () => {
    const [row] = projectionSummary({projections: cells(2027, groups), births: []});
    assertInDelta(row!.school_age_6_14, 0.8 * groups[1]! + groups[2]!, 1e-9);
    assertInDelta(row!.elderly_65_plus, groups.slice(13).reduce((a, b) => a + b, 0), 1e-9);
    expect(row!.births).toBeNull();
  });

  test("projectionSummary(…) sums men and women when an area has no sex \"all\" age rows", () => {
    const [both] = projectionSummary({projections: cells(2027, groups.map((v) => 2 * v)), births: []});
    const [sexes] = projectionSummary({projections: cells(2027, groups, {sexes: ["M", "F"]}), births: []});
    expect(sexes).toEqual(both);
  });

  test("projectionSummary(…) takes births of projected years from projection_births of the same area, scenario and base year, and observed births for the base year", () => {
    const projections = [2025, 2026, 2027].flatMap((y) => [...cells(y, groups), ...cells(y, groups, {scenario: "low_fertility"}), ...cells(y, groups, {village_code: "TOWN"})]);
    const rows = projectionSummary({
      projections,
      births: [
        {base_year: 2025, village_code: "V1", scenario: "medium", births_per_year: 30},
        {base_year: 2025, village_code: "V1", scenario: "low_fertility", births_per_year: 20},
        {base_year: 2025, village_code: "TOWN", scenario: "medium", births_per_year: 300},
        {base_year: 2020, village_code: "V1", scenario: "medium", births_per_year: 999}
      ],
      observedBirths: [{year: 2025, village_code: "V1", births: 28}, {year: 2024, village_code: "V1", births: 31}, {year: 2025, village_code: "TOWN", births: 290}]
    });
    expect(rows.map((r) => `${r.village_code} ${r.scenario} ${r.year} ${r.births}`)).toEqual([
      "TOWN medium 2025 290", "TOWN medium 2026 300", "TOWN medium 2027 300",
      "V1 low_fertility 2025 28", "V1 low_fertility 2026 20", "V1 low_fertility 2027 20",
      "V1 medium 2025 28", "V1 medium 2026 30", "V1 medium 2027 30"
    ]);
  });

  test("projectionSummary(…) leaves out an area and year whose age groups are incomplete", () => {
    const partial = cells(2026, groups).filter((r) => r.age_group !== "85+");
    expect(projectionSummary({projections: [...cells(2025, groups), ...partial], births: []}).map((r) => r.year)).toEqual([2025]);
  });

  test("projectionSummary({…, observedSchoolAge}) gives the base year the register's exact school age, and estimates the projected years", () => {
    const rows = projectionSummary({
      projections: [...cells(2025, groups), ...cells(2026, groups)],
      births: [],
      observedSchoolAge: [{year: 2025, village_code: "V1", pop_6_14: 41}, {year: 2026, village_code: "V1", pop_6_14: 999}, {year: 2025, village_code: "V2", pop_6_14: 7}]
    });
    expect(rows.map((r) => [r.year, r.observed, r.school_age_6_14, r.school_age_exact])).toEqual([
      [2025, true, 41, true],
      // A projected year has no register count: 4/5 of 5–9 plus 10–14 (the 2026 row given is not used).
      [2026, false, 0.8 * groups[1]! + groups[2]!, false]
    ]);
    // Every year also carries the projected years' estimate, the base year's to compare like with like.
    const estimate = Math.round((0.8 * groups[1]! + groups[2]!) * 10) / 10;
    expect(rows.map((r) => r.school_age_6_14_estimated)).toEqual([estimate, estimate]);
  });

  test("projectionSummary({…}) without the register's count (blank or not given) estimates the base year's school age, and says so", () => {
    const estimate = 0.8 * groups[1]! + groups[2]!;
    for (const observedSchoolAge of [undefined, [{year: 2025, village_code: "V1", pop_6_14: null}]]) {
      const [row] = projectionSummary({projections: cells(2025, groups), births: [], observedSchoolAge});
      expect([row!.observed, row!.school_age_6_14, row!.school_age_exact]).toEqual([true, estimate, false]);
    }
  });

  test("projectionSummary(outputs of data/sample) has one row per area × scenario × year of projections.csv, within the total population", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const read = (file: string) => parse(readFileSync(join(outputs, file), "utf-8"), {columns: true, bom: true}) as Record<string, string>[];
    const projections = read("projections.csv").map((r) => ({...r, base_year: Number(r.base_year), year: Number(r.year), population: Number(r.population)})) as (ProjectionSummaryInput & Record<string, unknown>)[];
    const births = read("projection_births.csv").map((r) => ({base_year: Number(r.base_year), village_code: r.village_code!, scenario: r.scenario!, births_per_year: Number(r.births_per_year)}));
    const rows = projectionSummary({projections, births});
    const totals = new Map(projections.filter((r) => r.sex === "all" && r.age_group === "all").map((r) => [`${r.village_code} ${r.scenario} ${r.year}`, r.population]));
    expect(rows.length).toBe(totals.size);
    for (const row of rows) {
      const total = totals.get(`${row.village_code} ${row.scenario} ${row.year}`)!;
      expect(row.school_age_6_14 + row.elderly_65_plus).toBeLessThanOrEqual(total + 0.2);
      expect(row.school_age_6_14).toBeGreaterThan(0);
      if (!row.observed) expect(row.births).toBeGreaterThan(0);
    }
    // Without the register's counts, the same school age as populationInAgeRange on the town's base-year groups.
    const base = rows.find((r) => r.village_code === "TOWN" && r.observed)!;
    const townGroups = ageGroups.map((g) => projections.find((r) => r.village_code === "TOWN" && r.scenario === base.scenario && r.year === base.year && r.sex === "all" && r.age_group === g)!.population);
    assertInDelta(base.school_age_6_14, populationInAgeRange(townGroups, 6, 14), 0.05);
    expect(base.school_age_exact).toBe(false);
  });

  test("projectionSummary(outputs of data/sample, with village_year) gives every area's base year the register's pop_6_14, a whole number of people", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const read = (file: string) => parse(readFileSync(join(outputs, file), "utf-8"), {columns: true, bom: true}) as Record<string, string>[];
    const projections = read("projections.csv").map((r) => ({...r, base_year: Number(r.base_year), year: Number(r.year), population: Number(r.population)})) as (ProjectionSummaryInput & Record<string, unknown>)[];
    const villageYear = read("village_year.csv").map((r) => ({year: Number(r.year), village_code: r.village_code!, pop_6_14: r.pop_6_14 === "" ? null : Number(r.pop_6_14)}));
    const rows = projectionSummary({projections, births: [], observedSchoolAge: villageYear});
    const observed = rows.filter((r) => r.observed);
    expect(observed.length).toBeGreaterThan(10);
    for (const row of observed) {
      const register = villageYear.find((v) => v.year === row.year && v.village_code === row.village_code)!;
      expect([row.school_age_6_14, row.school_age_exact], `${row.village_code} ${row.scenario}`).toEqual([register.pop_6_14, true]);
      expect(Number.isInteger(row.school_age_6_14)).toBe(true);
    }
    expect(rows.filter((r) => !r.observed).every((r) => !r.school_age_exact)).toBe(true);
  });
});
