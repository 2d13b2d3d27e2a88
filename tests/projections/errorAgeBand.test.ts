import {describe, expect, test} from "vitest";
import {ageGroups, errorAgeBand, errorAgeBandDefaults} from "../../loaders/projections/index.ts";

describe("errorAgeBand", () => {
  test("errorAgeBand has the expected defaults", () => {
    expect(errorAgeBandDefaults.bands).toEqual([0, 5, 15, 35, 65, 80]);
  });

  test("errorAgeBand(ageGroup) puts every five-year group in the band that contains its ages", () => {
    const bands = ageGroups.map((_, i) => errorAgeBand(i));
    expect(bands).toEqual([
      "0-4",
      "5-14", "5-14",
      "15-34", "15-34", "15-34", "15-34",
      "35-64", "35-64", "35-64", "35-64", "35-64", "35-64",
      "65-79", "65-79", "65-79",
      "80+", "80+"
    ]);
    // Each band is a run of consecutive groups whose label's ages contain the group's first age.
    ageGroups.forEach((group, i) => {
      const [from, to] = bands[i].replace("+", "-999").split("-").map(Number);
      expect(5 * i >= from && 5 * i <= to, `${group} in ${bands[i]}`).toBe(true);
    });
  });

  test("errorAgeBand(ageGroup, bands) follows the bands given; one band pools all ages", () => {
    expect(ageGroups.map((_, i) => errorAgeBand(i, [0]))).toEqual(ageGroups.map(() => "0+"));
    expect(errorAgeBand(0, [0, 5, 65])).toBe("0-4");
    expect(errorAgeBand(12, [0, 5, 65])).toBe("5-64");
    expect(errorAgeBand(13, [0, 5, 65])).toBe("65+");
    expect(errorAgeBand(17, [0, 85])).toBe("85+");
  });

  test("errorAgeBand throws on an invalid age group or band, naming the value", () => {
    expect(() => errorAgeBand(18)).toThrow("errorAgeBand: invalid age group index 18 (0–17)");
    expect(() => errorAgeBand(-1)).toThrow("errorAgeBand: invalid age group index -1 (0–17)");
    expect(() => errorAgeBand(0, [5, 15])).toThrow("errorAgeBand: the first band must start at age 0, not 5");
    expect(() => errorAgeBand(0, [0, 12])).toThrow("errorAgeBand: invalid band start 12 (ascending multiples of 5 up to 85)");
    expect(() => errorAgeBand(0, [0, 35, 15])).toThrow("errorAgeBand: invalid band start 15 (ascending multiples of 5 up to 85)");
    expect(() => errorAgeBand(0, [0, 90])).toThrow("errorAgeBand: invalid band start 90 (ascending multiples of 5 up to 85)");
  });
});
