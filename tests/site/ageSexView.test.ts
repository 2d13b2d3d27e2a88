import {describe, expect, test} from "vitest";
import {ageSexView} from "../../loaders/site/ageSexView.ts";
// @ts-expect-error -- plain JavaScript without type declarations
import {rowsFromAgeSexView} from "../../src/components/rowsFromAgeSexView.js";

const row = (year: number, village_code: string, sex: string, age_group: string, population: number | null) => ({year, village_code, sex, age_group, population});

describe("ageSexView", () => {
  test("ageSexView([]) has no cells and no pyramids; rowsFromAgeSexView(view, undefined) is []", () => {
    expect(ageSexView([])).toEqual({cells: [], pyramids: []});
    expect(rowsFromAgeSexView(ageSexView([]), undefined)).toEqual([]);
  });

  test("ageSexView(rows) keeps each area's year as one pyramid in the rows' order, nulls as they are, and rowsFromAgeSexView gives the rows back", () => {
    const rows = [row(2024, "TOWN", "F", "0-4", 3), row(2024, "TOWN", "M", "0-4", null), row(2024, "001", "F", "0-4", 1), row(2024, "001", "M", "0-4", 2)];
    const view = ageSexView(rows);
    expect(view).toEqual({cells: [["F", "0-4"], ["M", "0-4"]], pyramids: [{year: 2024, village_code: "TOWN", population: [3, null]}, {year: 2024, village_code: "001", population: [1, 2]}]});
    expect(view.pyramids.flatMap((pyramid) => rowsFromAgeSexView(view, pyramid))).toEqual(rows);
  });

  test("ageSexView(rows) throws, naming the area and year, when an area's year is in two places or lists other cells than the first", () => {
    expect(() => ageSexView([row(2024, "001", "F", "0-4", 1), row(2024, "002", "F", "0-4", 1), row(2024, "001", "M", "0-4", 1)])).toThrow("age_sex 中 001 2024 年的行不相连");
    expect(() => ageSexView([row(2024, "001", "F", "0-4", 1), row(2024, "001", "M", "0-4", 1), row(2024, "002", "M", "0-4", 1), row(2024, "002", "F", "0-4", 1)])).toThrow("age_sex 中 002 2024 年的性别年龄组与第一组不同");
  });
});
