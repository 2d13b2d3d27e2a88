import {describe, expect, test} from "vitest";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";
import {blankWhen} from "../../loaders/publish/smallCells.ts";

describe("smallCells", () => {
  test("blankWhen('projection_accuracy', dictionary, 5) blanks nothing: n and n_prospective count forecasts, not people, and the shares rest on no count of people", () => {
    expect(dataDictionary.filter((d) => d.dataset === "projection_accuracy").map((d) => d.name)).toContain("n_prospective");
    expect(blankWhen("projection_accuracy", dataDictionary, 5)).toEqual({});
  });
});
