import {ageOn} from "./ageOn.ts";
import type {OracleRegister} from "./oracleRegisterFromFolder.ts";
import {reportedYearsOracle} from "./reportedYearsOracle.ts";
import type {OracleRow} from "./villageYearOracle.ts";

/** The five-year group label (0-4 … 80-84, 85+) of an age in completed years. */
function ageGroup(age: number): string {
  return age >= 85 ? "85+" : `${age - (age % 5)}-${age - (age % 5) + 4}`;
}

/**
 * ageSexOracle(register) recomputes age_sex from its definitions: for every reported year, village
 * and TOWN, sex (M, F) and five-year group, the year-end population (a spell starting on or before
 * 31 December and not ending on or before it) by age in completed years on 31 December; zeros included.
 */
export function ageSexOracle(register: OracleRegister): OracleRow[] {
  const groups = [...Array.from({length: 17}, (_, i) => ageGroup(5 * i)), "85+"];
  const counts = new Map<string, number>();
  const years = reportedYearsOracle(register);
  for (const s of register.spells) {
    const person = register.persons.get(s.personId)!;
    for (const year of years) {
      const dec31 = Date.UTC(year, 11, 31);
      if (s.start.getTime() > dec31 || (s.end !== null && s.end.getTime() <= dec31)) continue;
      const group = ageGroup(ageOn(person.birth, new Date(dec31)));
      for (const unit of [s.village, "TOWN"]) {
        const key = `${year}|${unit}|${person.sex}|${group}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const rows: OracleRow[] = [];
  for (const year of years) {
    for (const unit of ["TOWN", ...register.villages.map((v) => v.code)]) {
      for (const sex of ["M", "F"]) {
        for (const group of groups) {
          rows.push({year, village_code: unit, sex, age_group: group, population: counts.get(`${year}|${unit}|${sex}|${group}`) ?? 0});
        }
      }
    }
  }
  return rows;
}
