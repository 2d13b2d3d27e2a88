import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {idNumberCheckDigit} from "../../loaders/validate/idNumberCheckDigit.ts";
import {day, fertilitySummary, plantedFlawsFromReadme, readRows, year, type Row} from "./sampleHelpers.ts";

// The bundled sample (data/sample), checked row by row; the flaws planted on purpose are read from
// the README (whose table generateSample.test.ts checks against the generator).
const dir = "data/sample";
const persons = readRows(dir, "persons.csv");
const residence = readRows(dir, "residence.csv");
const villages = readRows(dir, "villages.csv");
const services = readRows(dir, "services.csv");
const funding = readRows(dir, "funding.csv");
const meta = JSON.parse(readFileSync(`${dir}/extract.json`, "utf8"));
const flaws = plantedFlawsFromReadme(readFileSync("loaders/sample/README.md", "utf8"));
const planted = (file: string, kind?: string): Set<number> =>
  new Set(flaws.filter((f) => f.file === file && (kind === undefined || f.kind === kind)).map((f) => f.row));
const registerStart = day(meta.register_start);
const extractDay = day(meta.extract_date);
const byId = new Map(persons.map((p) => [p.person_id, p]));
const spellsOf = new Map<string, Row[]>();
for (const r of residence) {
  const list = spellsOf.get(r.person_id) ?? [];
  list.push(r);
  spellsOf.set(r.person_id, list);
}

describe("data/sample", () => {
  test("readRows(data/sample) has the extract's files, region and period", () => {
    expect(meta).toEqual({region: "青石镇", register_start: "2014-01-01", extract_date: "2025-12-31"});
    expect(villages.length).toBe(10);
    expect(villages.filter((v) => v.village_type === "社区").length).toBe(3);
    expect(flaws.length).toBe(10);
  });

  test("readRows(persons.csv) is sorted by person_id, ids unique apart from the planted duplicate", () => {
    const dup = planted("persons.csv", "duplicate_person");
    const seen = new Set<string>();
    persons.forEach((p, k) => {
      expect(p.person_id).toMatch(/^P\d{8}$/);
      if (k > 0) expect(p.person_id >= persons[k - 1].person_id).toBe(true);
      if (seen.has(p.person_id)) expect(dup.has(k + 1), `row ${k + 1}`).toBe(true);
      seen.add(p.person_id);
    });
    expect(persons.length - seen.size).toBe(dup.size);
  });

  test("readRows(persons.csv) ID numbers have valid check digits, birth dates and sexes, apart from the planted rows", () => {
    const wrongCheck = planted("persons.csv", "id_check_digit");
    const wrongDate = planted("persons.csv", "id_birth_date");
    expect(wrongCheck.size).toBeGreaterThanOrEqual(3);
    expect(wrongCheck.size).toBeLessThanOrEqual(5);
    persons.forEach((p, k) => {
      const row = k + 1;
      const id = p.id_number;
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(id.slice(17) === idNumberCheckDigit(id.slice(0, 17)), `row ${row} check digit`).toBe(!wrongCheck.has(row));
      expect(id.slice(6, 14) === p.birth_date.replaceAll("-", ""), `row ${row} birth date`).toBe(!wrongDate.has(row));
      expect(Number(id[16]) % 2 === 1 ? "男" : "女").toBe(p.sex);
    });
  });

  test("readRows(residence.csv) spells are ordered, consistent and within the period, apart from the planted rows", () => {
    const noReason = planted("residence.csv", "end_without_reason");
    const unknown = planted("residence.csv", "unknown_village");
    const codes = new Set(villages.map((v) => v.village_code));
    residence.forEach((r, k) => {
      const row = k + 1;
      const p = byId.get(r.person_id);
      expect(p, `row ${row} person`).toBeDefined();
      if (k > 0) {
        const prev = residence[k - 1];
        expect(prev.person_id < r.person_id || (prev.person_id === r.person_id && prev.start_date <= r.start_date), `row ${row} order`).toBe(true);
      }
      expect(codes.has(r.village_code), `row ${row} village`).toBe(!unknown.has(row));
      expect(Boolean(r.end_date) === Boolean(r.end_reason), `row ${row} end reason`).toBe(!noReason.has(row));
      const start = day(r.start_date);
      expect(start).toBeGreaterThanOrEqual(registerStart);
      expect(start).toBeLessThanOrEqual(extractDay);
      if (r.start_reason === "期初") expect(start).toBe(registerStart);
      else if (r.start_reason === "出生") expect(r.start_date).toBe(p!.birth_date);
      else expect(r.start_reason).toBe("迁入");
      if (r.end_date) {
        expect(day(r.end_date)).toBeGreaterThan(start);
        expect(day(r.end_date)).toBeLessThanOrEqual(extractDay);
      }
      if (r.end_reason) expect(["死亡", "迁出"]).toContain(r.end_reason);
    });
  });

  test("readRows(residence.csv) a person is in one village at a time; spells touch only at moves; nothing after a death", () => {
    let moves = 0;
    for (const [id, spells] of spellsOf) {
      expect(day(spells[0].start_date)).toBeGreaterThanOrEqual(day(byId.get(id)!.birth_date));
      for (let k = 1; k < spells.length; k++) {
        const [a, b] = [spells[k - 1], spells[k]];
        expect(a.end_date, `${id} open spell before another`).not.toBe("");
        expect(day(a.end_date)).toBeLessThanOrEqual(day(b.start_date));
        expect(a.end_reason === "死亡").toBe(false);
        if (a.end_date === b.start_date && a.end_reason === "迁出" && b.start_reason === "迁入") moves++;
      }
    }
    expect(moves).toBeGreaterThan(0);
  });

  test("readRows(persons.csv) births in the period have a birth order, a compliance flag and mostly a mother aged 18–45 present in the town", () => {
    const maleMother = planted("persons.csv", "mother_not_female");
    let births = 0;
    let unlinked = 0;
    let mother18to45 = 0;
    persons.forEach((p, k) => {
      // Born here in the period (people born elsewhere after 2014-01-01 arrive by 迁入).
      const born = spellsOf.get(p.person_id)?.[0].start_reason === "出生";
      if (born) expect(year(p.birth_date)).toBeGreaterThanOrEqual(year(meta.register_start));
      expect(Boolean(p.birth_order), `row ${k + 1}`).toBe(born);
      if (!born) {
        expect(p.mother_id).toBe("");
        expect(p.policy_compliant).toBe("");
        return;
      }
      births++;
      expect(Number(p.birth_order)).toBeGreaterThanOrEqual(1);
      expect(["是", "否"]).toContain(p.policy_compliant);
      if (!p.mother_id) { unlinked++; return; }
      const m = byId.get(p.mother_id)!;
      expect(m.sex === "女", `row ${k + 1} mother's sex`).toBe(!maleMother.has(k + 1));
      if (maleMother.has(k + 1)) return;
      const age = (day(p.birth_date) - day(m.birth_date)) / 365.25;
      expect(age).toBeGreaterThanOrEqual(15);
      expect(age).toBeLessThan(50);
      if (age >= 18 && age < 46) mother18to45++;
      const b = day(p.birth_date);
      const present = spellsOf.get(m.person_id)!.some((s) => day(s.start_date) <= b && (!s.end_date || day(s.end_date) > b));
      expect(present, `row ${k + 1} mother present at the birth`).toBe(true);
    });
    expect(unlinked).toBeGreaterThan(0);
    expect(unlinked / births).toBeLessThan(0.05);
    expect(mother18to45 / (births - unlinked)).toBeGreaterThan(0.95);
  });

  test("fertilitySummary(data/sample) TFR 1.3–1.8, SRB 105–108, compliance 85–97 % over 2014–2025", () => {
    const s = fertilitySummary(dir);
    expect(s.tfr).toBeGreaterThanOrEqual(1.3);
    expect(s.tfr).toBeLessThanOrEqual(1.8);
    expect(s.srb).toBeGreaterThanOrEqual(105);
    expect(s.srb).toBeLessThanOrEqual(108);
    expect(s.compliance).toBeGreaterThanOrEqual(0.85);
    expect(s.compliance).toBeLessThanOrEqual(0.97);
  });

  test("fertilitySummary(data/sample, years) TFR rises in 2016–2017 above 2014–2015 and 2022–2025", () => {
    const before = fertilitySummary(dir, [2014, 2015]).tfr;
    const peak = fertilitySummary(dir, [2016, 2017]).tfr;
    const after = fertilitySummary(dir, [2022, 2023, 2024, 2025]).tfr;
    expect(peak).toBeGreaterThan(before);
    expect(peak).toBeGreaterThan(after);
  });

  test("readRows(persons.csv) one or two villages have a sex ratio at birth of 113 or more", () => {
    const boys = new Map<string, number>();
    const girls = new Map<string, number>();
    for (const p of persons) {
      if (!p.birth_order) continue;
      const v = spellsOf.get(p.person_id)![0].village_code;
      const m = p.sex === "男" ? boys : girls;
      m.set(v, (m.get(v) ?? 0) + 1);
    }
    const high = villages.filter((v) => (100 * (boys.get(v.village_code) ?? 0)) / (girls.get(v.village_code) ?? 1) >= 113);
    expect(high.length).toBeGreaterThanOrEqual(1);
    expect(high.length).toBeLessThanOrEqual(2);
    expect(high.every((v) => v.village_type === "村")).toBe(true);
  });

  test("readRows(residence.csv) per village and year: population 31 Dec = 1 Jan + births + in − deaths − out", () => {
    const unknown = planted("residence.csv", "unknown_village");
    const spells = residence.filter((_, k) => !unknown.has(k + 1));
    // Residents at the end of `d`: spells started on or before d and not ended by then.
    const stock = (code: string, d: number) =>
      spells.filter((s) => s.village_code === code && day(s.start_date) <= d && (!s.end_date || day(s.end_date) > d)).length;
    const initial = (code: string) => spells.filter((s) => s.village_code === code && s.start_reason === "期初").length;
    for (const v of villages) {
      let population = initial(v.village_code);
      for (let y = year(meta.register_start); y <= year(meta.extract_date); y++) {
        const inYear = (iso: string) => iso !== "" && year(iso) === y;
        const mine = spells.filter((s) => s.village_code === v.village_code);
        const births = mine.filter((s) => s.start_reason === "出生" && inYear(s.start_date)).length;
        const inMoves = mine.filter((s) => s.start_reason === "迁入" && inYear(s.start_date)).length;
        const deaths = mine.filter((s) => s.end_reason === "死亡" && inYear(s.end_date)).length;
        const outMoves = mine.filter((s) => s.end_reason !== "死亡" && inYear(s.end_date)).length;
        const dayBefore = Date.UTC(y, 0, 1) / 86_400_000 - 1;
        const dec31 = Date.UTC(y, 11, 31) / 86_400_000;
        // On 1 January of the first year the stock is the 期初 spells (they start that day).
        const jan1 = y === year(meta.register_start) ? initial(v.village_code) : stock(v.village_code, dayBefore);
        expect(jan1, `${v.village_code} ${y} opening`).toBe(population);
        population = population + births + inMoves - deaths - outMoves;
        expect(stock(v.village_code, dec31), `${v.village_code} ${y}`).toBe(population);
      }
    }
  });

  test("readRows(services.csv) served ≤ eligible, one planted duplicate key, pre-pregnancy coverage mostly 80–95 %", () => {
    const keys = new Map<string, number>();
    for (const s of services) {
      expect(Number(s.served)).toBeGreaterThanOrEqual(0);
      expect(Number(s.served)).toBeLessThanOrEqual(Number(s.eligible));
      const key = `${s.year}|${s.village_code}|${s.project}`;
      keys.set(key, (keys.get(key) ?? 0) + 1);
    }
    expect([...keys.values()].filter((n) => n > 1).length).toBe(planted("services.csv", "duplicate_service").size);
    const checks = services.filter((s) => s.project === "免费孕前优生健康检查" && Number(s.eligible) >= 10);
    const coverage = checks.map((s) => Number(s.served) / Number(s.eligible));
    const inRange = coverage.filter((c) => c >= 0.8 && c <= 0.95).length;
    expect(inRange / coverage.length).toBeGreaterThan(0.75);
    expect(coverage.some((c) => c < 0.8)).toBe(true);
  });

  test("readRows(funding.csv) village funding is 6–13 yuan per resident on 1 January, some below 8.5; town rows have no village", () => {
    const perHead: number[] = [];
    for (const v of villages) {
      for (let y = 2014; y <= 2025; y++) {
        const amount = funding.filter((f) => f.village_code === v.village_code && Number(f.year) === y).reduce((a, f) => a + Number(f.amount_yuan), 0);
        const jan1 = Date.UTC(y, 0, 1) / 86_400_000;
        const residents = residence.filter((s) => s.village_code === v.village_code && day(s.start_date) <= jan1 && (!s.end_date || day(s.end_date) > jan1)).length;
        perHead.push(amount / residents);
      }
    }
    expect(Math.min(...perHead)).toBeGreaterThanOrEqual(5.5);
    expect(Math.max(...perHead)).toBeLessThanOrEqual(13);
    expect(perHead.some((x) => x < 8.5)).toBe(true);
    expect(funding.filter((f) => f.village_code === "").length).toBeGreaterThan(0);
  });
});
