import {describe, expect, test} from "vitest";
import {spellsToRejectForOverlap} from "../../loaders/validate/spellsToRejectForOverlap.ts";

const spell = (source_row: number, start_date: string, end_date: string | null = null) => ({source_row, start_date, end_date});

describe("spellsToRejectForOverlap", () => {
  test("spellsToRejectForOverlap(spells) keeps spells that touch on the day of a move", () => {
    expect(spellsToRejectForOverlap([spell(1, "2014-01-01", "2019-06-30"), spell(2, "2019-06-30")])).toEqual([]);
  });

  test("spellsToRejectForOverlap(spells) keeps a spell that starts and ends on one day", () => {
    expect(spellsToRejectForOverlap([spell(1, "2017-01-01", "2017-01-01"), spell(2, "2017-01-01", "2017-02-01")])).toEqual([]);
  });

  test("spellsToRejectForOverlap(spells) rejects the later-starting spell of an overlap", () => {
    expect(spellsToRejectForOverlap([spell(2, "2019-01-01"), spell(1, "2014-01-01", "2019-06-30")])).toEqual([2]);
  });

  test("spellsToRejectForOverlap(spells) rejects the later row when two spells start on one day", () => {
    expect(spellsToRejectForOverlap([spell(7, "2020-01-01"), spell(3, "2020-01-01", "2021-01-01")])).toEqual([7]);
  });

  test("spellsToRejectForOverlap(spells) does not let a rejected spell reject a good one", () => {
    // Row 11 overlaps row 2 and is rejected; row 3 overlaps only row 11, so it stays.
    const spells = [spell(2, "2014-01-01", "2019-06-30"), spell(3, "2019-06-30"), spell(11, "2019-01-01")];
    expect(spellsToRejectForOverlap(spells)).toEqual([11]);
  });

  test("spellsToRejectForOverlap(spells) treats an open spell as never ending", () => {
    expect(spellsToRejectForOverlap([spell(1, "2014-01-01"), spell(2, "2030-01-01", "2030-02-01")])).toEqual([2]);
  });
});
