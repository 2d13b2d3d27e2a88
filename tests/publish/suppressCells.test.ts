import {describe, expect, test} from "vitest";
import {suppressCells, type SuppressionCell} from "../../loaders/publish/suppressCells.ts";

const counts = (...values: number[]): SuppressionCell[] => values.map((value) => ({value}));
const blanked = (blank: boolean[]) => blank.flatMap((b, i) => (b ? [i] : []));

describe("suppressCells", () => {
  test("suppressCells(cells, identities, minCell) blanks nothing when minCell is 0", () => {
    expect(blanked(suppressCells(counts(0, 3, 3), [[0, 1, 2]], 0))).toEqual([]);
  });

  test("suppressCells(cells, identities, 1) blanks the zero counts and protects them like any small count", () => {
    // 0 is below 1; the identity 0 + 3 = 3 then has one blank, so the smallest other count goes too.
    expect(blanked(suppressCells(counts(0, 3, 3), [[0, 1, 2]], 1))).toEqual([0, 1]);
  });

  test("suppressCells(cells, [], minCell) blanks the counts below minCell and what is computed from them", () => {
    const cells: SuppressionCell[] = [...counts(4, 9, 5), {value: 0.44, inputs: [0, 1]}, {value: 1.8, inputs: [1, 2]}];
    expect(blanked(suppressCells(cells, [], 5))).toEqual([0, 3]);
  });

  test("suppressCells(cells, identities, minCell) blanks the smallest other term of an identity with one blank, the lower index on a tie", () => {
    // total = a + b + c: a is small; c (7) is the smallest other count
    expect(blanked(suppressCells(counts(30, 3, 20, 7), [[0, 1, 2, 3]], 5))).toEqual([1, 3]);
    // two equal candidates: the first in ranking order
    expect(blanked(suppressCells(counts(30, 3, 9, 9, 9), [[0, 1, 2, 3, 4]], 5))).toEqual([1, 2]);
  });

  test("suppressCells(cells, identities, minCell) repeats until no identity has exactly one blank", () => {
    // row: 0 = 1 + 2; column: 3 = 1 + 4 (TOWN = villages). Blanking 2 for the row leaves nothing for the column,
    // so 4 goes next; the identity 5 = 2 + 6 then has one blank and 6 goes too.
    const identities = [[0, 1, 2], [3, 1, 4], [5, 2, 6]];
    const blank = suppressCells(counts(40, 2, 38, 50, 48, 100, 62), identities, 5);
    expect(blanked(blank)).toEqual([1, 2, 4, 6]);
    for (const terms of identities) expect(terms.filter((t) => blank[t]).length).not.toBe(1);
  });

  test("suppressCells(cells, identities, minCell) blanks an input of a computed term when every other term is computed", () => {
    // 0 = 1 + 2, all three computed (from 3, 4 and 5); 4 is small, so 1 is blank, and of 3 (60) and 5 (54) the smaller goes
    const cells: SuppressionCell[] = [{value: 60, inputs: [3]}, {value: 3, inputs: [4]}, {value: 57, inputs: [5]}, ...counts(60, 3, 54)];
    expect(blanked(suppressCells(cells, [[0, 1, 2]], 5))).toEqual([1, 2, 4, 5]);
  });

  test("suppressCells(cells, identities, minCell) throws when an identity with one blank has nothing else to blank", () => {
    const cells: SuppressionCell[] = [{value: 2}, {value: 9, inputs: []}];
    expect(() => suppressCells(cells, [[0, 1]], 5)).toThrow("complementary suppression: identity 0 has one blank term and no other term to blank (cells 0, 1)");
  });
});
