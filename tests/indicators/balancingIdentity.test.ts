import {randomInt, randomLcg, randomUniform} from "d3";
import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {villageYearRows, type Person, type Register} from "./register.ts";

const day = 86_400_000;
const isoFromTime = (t: number) => new Date(t).toISOString().slice(0, 10);
const timeFromIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * A random but valid register (seeded): non-overlapping spells that may touch, moves inside the
 * town (sometimes on 01-01 or 12-31, sometimes zero-length spells), departures and returns,
 * deaths (sometimes on the day of birth), births to resident mothers.
 */
function randomRegister(seed: number, people = 150): Register {
  const source = randomLcg(seed);
  const int = (lo: number, hi: number) => randomInt.source(source)(lo, hi + 1)();
  const uniform = randomUniform.source(source)();
  const villages = ["V1", "V2", "V3"];
  const start = timeFromIso("2015-01-01");
  const end = timeFromIso("2019-12-31");
  const persons: Person[] = [];
  const spells: Register["spells"] = [];
  const snap = (t: number) => {
    // a quarter of the events fall on 1 January or 31 December of their year
    const u = uniform();
    const year = new Date(t).getUTCFullYear();
    if (u < 0.12) return timeFromIso(`${year}-01-01`);
    if (u < 0.25) return timeFromIso(`${year}-12-31`);
    return t;
  };
  for (let i = 0; i < people; i++) {
    const id = `p${i}`;
    const kind = uniform();
    let birth: number;
    let t: number;
    let reason: string;
    if (kind < 0.5) {
      birth = start - int(0, 80 * 365) * day;
      t = start;
      reason = "initial";
    } else if (kind < 0.75) {
      birth = start + int(0, 5 * 365 - 1) * day;
      t = birth;
      reason = "birth";
    } else {
      birth = start - int(0, 60 * 365) * day;
      t = snap(start + int(1, 5 * 365 - 1) * day);
      reason = "in_migration";
    }
    const sex = uniform() < 0.5 ? "M" : "F";
    persons.push({id, sex, birth: isoFromTime(birth), hukou: uniform() < 0.8 ? "registered" : "migrant",
      order: uniform() < 0.9 ? int(1, 4) : undefined, policy: uniform() < 0.8 ? uniform() < 0.85 : undefined});
    let village = villages[int(0, 2)];
    for (;;) {
      const gap = uniform() < 0.08 ? 0 : int(1, 900);
      const next = snap(t + gap * day);
      const when = next < t ? t : next;
      if (when > end) {
        spells.push([id, village, isoFromTime(t), reason]);
        break;
      }
      const event = uniform();
      if (event < 0.5) {
        // move inside the town: this spell ends 迁出, the next starts 迁入 the same day
        spells.push([id, village, isoFromTime(t), reason, isoFromTime(when), "out_migration"]);
        village = villages[(villages.indexOf(village) + int(1, 2)) % 3];
        t = when;
        reason = "in_migration";
      } else if (event < 0.75) {
        // leaves the town; a third come back later
        spells.push([id, village, isoFromTime(t), reason, isoFromTime(when), "out_migration"]);
        const back = when + int(1, 700) * day;
        if (uniform() < 0.33 && back <= end) {
          village = villages[int(0, 2)];
          t = back;
          reason = "in_migration";
        } else break;
      } else {
        spells.push([id, village, isoFromTime(t), reason, isoFromTime(when), "death"]);
        break;
      }
    }
  }
  // Mothers: link each birth to a woman aged 15–49 at the birth, when there is one (any residence).
  const women = persons.filter((p) => p.sex === "F");
  for (const child of persons) {
    const b = timeFromIso(child.birth);
    if (b < start) continue;
    const mother = women.find((w) => w !== child && b - timeFromIso(w.birth) >= 15 * 365.25 * day && b - timeFromIso(w.birth) < 49 * 365.25 * day && uniform() < 0.3);
    if (mother) child.mother = mother.id;
  }
  return {meta: {register_start: "2015-01-01", extract_date: "2019-12-31"}, villages: villages.map((v) => [v]), persons, spells};
}

describe("balancing identity", () => {
  for (const seed of [1, 2, 3]) {
    test(`computeIndicators(connection) satisfies pop_end = pop_start + births − deaths + in − out on every row (seed ${seed})`, async () => {
      await withDatabase(async (connection) => {
        const register = randomRegister(seed);
        const rows = await villageYearRows(connection, register);
        // 5 years × (3 villages + TOWN)
        expect(rows.length).toBe(20);
        for (const r of rows) {
          expect(r.pop_end, `${r.year} ${r.village_code}`).toBe(r.pop_start + r.births - r.deaths + r.in_migrants - r.out_migrants);
        }
        // The register really exercises the definitions: moves inside the town happen, events on the boundaries too.
        const moves = register.spells.filter((s) => s[5] === "out_migration" && register.spells.some((t) => t[0] === s[0] && t[2] === s[4] && t[3] === "in_migration"));
        expect(moves.length).toBeGreaterThan(10);
        expect(register.spells.some((s) => s[4]?.endsWith("-12-31"))).toBe(true);
        expect(register.spells.some((s) => s[4]?.endsWith("-01-01"))).toBe(true);
        for (const year of [2015, 2016, 2017, 2018, 2019]) {
          const town = rows.find((r) => r.year === year && r.village_code === "TOWN")!;
          const villages = rows.filter((r) => r.year === year && r.village_code !== "TOWN");
          const sum = (column: string) => villages.reduce((s, r) => s + r[column], 0);
          // Stocks and vital events of TOWN are the sums of its villages; moves inside the town cancel out.
          for (const column of ["pop_start", "pop_end", "births", "deaths", "pop_end_migrant", "births_policy_compliant"]) {
            expect(town[column], `${year} ${column}`).toBe(sum(column));
          }
          expect(town.in_migrants - town.out_migrants).toBe(sum("in_migrants") - sum("out_migrants"));
          expect(town.in_migrants).toBeLessThanOrEqual(sum("in_migrants"));
        }
        // age_sex sums to pop_end for every unit and year.
        const totals = await rowsFromTable<{year: number; village_code: string; n: number}>(connection,
          "SELECT year, village_code, sum(population)::INTEGER AS n FROM age_sex GROUP BY ALL");
        for (const t of totals) {
          expect(t.n).toBe(rows.find((r) => r.year === t.year && r.village_code === t.village_code)!.pop_end);
        }
      });
    });
  }
});
