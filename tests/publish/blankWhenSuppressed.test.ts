import {describe, expect, test} from "vitest";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";
import {blankWhenSuppressed} from "../../loaders/publish/blankWhenSuppressed.ts";

describe("blankWhenSuppressed", () => {
  test("blankWhenSuppressed('projection_accuracy', dictionary) blanks nothing: n and n_prospective count forecasts, not people, and the shares rest on no count of people", () => {
    expect(dataDictionary.filter((d) => d.dataset === "projection_accuracy").map((d) => d.name)).toContain("n_prospective");
    expect(blankWhenSuppressed("projection_accuracy", dataDictionary)).toEqual({});
  });

  test("blankWhenSuppressed('projections', dictionary) touches the base year's observed counts and their intervals only", () => {
    const conditions = blankWhenSuppressed("projections", dataDictionary);
    expect(Object.keys(conditions).sort()).toEqual(["lower_80", "lower_95", "population", "upper_80", "upper_95"]);
    for (const condition of Object.values(conditions)) expect(condition).toMatch(/^\(year = base_year\) AND EXISTS/);
  });

  test("blankWhenSuppressed('village_year', dictionary) covers every count of people and every rate computed from them, not the funding amount or women_15_49", () => {
    const columns = Object.keys(blankWhenSuppressed("village_year", dataDictionary));
    expect(columns).toEqual(expect.arrayContaining(["pop_start", "births", "natural_increase", "pop_avg", "birth_rate", "funding_per_capita", "pop_60_plus"]));
    expect(columns).not.toContain("funding_yuan");
    expect(columns).not.toContain("women_15_49");
  });
});
