import {csvParse} from "d3";
import {writeExtract} from "./writeExtract.ts";

/**
 * A register of two villages, V1 with 3 people and V2 with 1 (the 1 is below a min-cell of 2),
 * for the year 2020; written to a fresh folder, whose path is returned.
 */
export function writeSmallTown(): string {
  return writeExtract({
    meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
    villages: [{village_code: "V1", village_name: "东村"}, {village_code: "V2", village_name: "西村"}],
    persons: ["A", "B", "C", "D"].map((person_id) => ({person_id, sex: "女", birth_date: "1980-01-01", hukou_type: "户籍"})),
    residence: ["A", "B", "C", "D"].map((person_id, i) => ({person_id, village_code: i < 3 ? "V1" : "V2", start_date: "2020-01-01", start_reason: "期初"}))
  });
}

/** pop_end by village_code (TOWN included) from the text of a village_year.csv, as written. */
export function popEndByVillage(villageYearCsv: string): Record<string, string> {
  return Object.fromEntries(csvParse(villageYearCsv).map((r) => [r.village_code!, r.pop_end!]));
}
