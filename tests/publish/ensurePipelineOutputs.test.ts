import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {popEndByVillage, writeSmallTown} from "../support/smallTown.ts";
import {writeExtract} from "../support/writeExtract.ts";

const extract = writeSmallTown();

function popEnd(dir: string) {
  return popEndByVillage(readFileSync(join(dir, "village_year.csv"), "utf8"));
}

describe("ensurePipelineOutputs", () => {
  test("ensurePipelineOutputs(dir) runs the pipeline once and returns the same folder for the same extract", async () => {
    const first = await ensurePipelineOutputs(extract);
    expect(await ensurePipelineOutputs(extract)).toBe(first);
    expect(popEnd(first)).toEqual({TOWN: "4", V1: "3", V2: "1"});
  });

  test("ensurePipelineOutputs(dir) notices a file of the extract changed in place and runs again", async () => {
    const changing = writeExtract({
      meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
      villages: [{village_code: "V1", village_name: "东村"}],
      persons: [{person_id: "A", sex: "女", birth_date: "1980-01-01", hukou_type: "户籍"}],
      residence: [{person_id: "A", village_code: "V1", start_date: "2020-01-01", start_reason: "期初"}]
    });
    const before = await ensurePipelineOutputs(changing);
    expect(popEnd(before)).toEqual({TOWN: "1", V1: "1"});
    // The same size: only the village name changes (东村 → 西村).
    const villages = join(changing, "villages.csv");
    writeFileSync(villages, readFileSync(villages, "utf8").replace("东村", "西村"));
    const after = await ensurePipelineOutputs(changing);
    expect(after).not.toBe(before);
    expect(readFileSync(join(after, "village_year.csv"), "utf8")).toContain("西村");
  });

  test("ensurePipelineOutputs(dir, {minCell}) gives outputs with small counts blanked, kept apart from the full ones", async () => {
    const full = await ensurePipelineOutputs(extract, {minCell: 0});
    const suppressed = await ensurePipelineOutputs(extract, {minCell: 2});
    expect(suppressed).not.toBe(full);
    // V2's 1 is below 2; V1's 3 goes too, or TOWN − V1 would give V2 back (complementary suppression); and TOWN's
    // 4 too: its men (0) are blanked, and pop_end − pop_end_female would give them back (pop_end ranks first of the two).
    expect(popEnd(suppressed)).toEqual({TOWN: "", V1: "", V2: ""});
  });
});
