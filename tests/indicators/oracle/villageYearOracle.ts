import {ageOn} from "./ageOn.ts";
import type {OracleRegister, OracleSpell} from "./oracleRegisterFromFolder.ts";
import {reportedYearsOracle} from "./reportedYearsOracle.ts";
import {wilsonInterval} from "./wilsonInterval.ts";

export type OracleRow = {[column: string]: number | string | null};

/** The constants the definitions name: the project of prepregnancy_*, and z of the Wilson interval. */
const prepregnancyProject = "免费孕前优生健康检查";
const z = 1.959964;
const town = "TOWN";

/** Counts of one village (or TOWN) in one year. */
interface Tally {
  popStart: number; popEnd: number; endRegistered: number; endMigrant: number; endMale: number; endFemale: number;
  births: number; birthsMale: number; birthsFemale: number; deaths: number; inMigrants: number; outMigrants: number;
  policyRecorded: number; policyCompliant: number; multichildOutOfPolicy: number;
  /** Women 15–49 by five-year group (15–19 … 45–49) at 1 January and at 31 December, and births by mother's group. */
  womenStart: number[]; womenEnd: number[]; birthsByMotherGroup: number[];
  pop0to14: number; pop15to64: number; pop65plus: number; pop15to59: number; pop60plus: number; pop6to14: number;
}

function emptyTally(): Tally {
  return {
    popStart: 0, popEnd: 0, endRegistered: 0, endMigrant: 0, endMale: 0, endFemale: 0,
    births: 0, birthsMale: 0, birthsFemale: 0, deaths: 0, inMigrants: 0, outMigrants: 0,
    policyRecorded: 0, policyCompliant: 0, multichildOutOfPolicy: 0,
    womenStart: [0, 0, 0, 0, 0, 0, 0], womenEnd: [0, 0, 0, 0, 0, 0, 0], birthsByMotherGroup: [0, 0, 0, 0, 0, 0, 0],
    pop0to14: 0, pop15to64: 0, pop65plus: 0, pop15to59: 0, pop60plus: 0, pop6to14: 0
  };
}

/** The index 0…6 of the five-year group 15–19 … 45–49 of an age, or -1 outside 15–49. */
function childbearingGroup(age: number): number {
  return age >= 15 && age <= 49 ? Math.floor((age - 15) / 5) : -1;
}

/** numerator ÷ denominator × scale, or null when the denominator is 0 ("为空"). */
function ratio(numerator: number, denominator: number, scale: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * scale;
}

const inYear = (date: Date | null, year: number): boolean => date !== null && date.getUTCFullYear() === year;

/**
 * villageYearOracle(register) recomputes village_year from the wording of the data dictionary and
 * README's Definitions, in plain loops over the accepted rows: one row per reported year and
 * village, plus TOWN. Columns as in village_year.csv, null where the definition says empty.
 */
export function villageYearOracle(register: OracleRegister): OracleRow[] {
  const years = reportedYearsOracle(register);
  const units = [town, ...register.villages.map((v) => v.code)];
  const tallies = new Map<string, Tally>();
  for (const year of years) for (const unit of units) tallies.set(`${year}|${unit}`, emptyTally());
  const tally = (year: number, unit: string): Tally | undefined => tallies.get(`${year}|${unit}`);

  // 镇内迁移: a 迁出 end of one spell and a 迁入 start of another spell of the same person on the
  // same date. A person's spells that leave (迁出) or arrive (迁入) on a date form one chain (the
  // spell left, any one-day stays, the spell stayed in), and each link is one move: moves = spells
  // in the chain − 1. A lone one-day stay (迁入 and 迁出 the same day) is no move: it came from and
  // went to outside the town.
  const chains = new Map<string, Set<OracleSpell>>();
  const addToChain = (s: OracleSpell, date: Date): void => {
    const key = `${s.personId}|${date.getTime()}`;
    chains.set(key, (chains.get(key) ?? new Set()).add(s));
  };
  for (const s of register.spells) {
    if (s.startReason === "迁入") addToChain(s, s.start);
    if (s.endReason === "迁出" && s.end) addToChain(s, s.end);
  }
  const movesByYear = new Map<number, number>();
  for (const [key, spells] of chains) {
    const year = new Date(Number(key.split("|")[1])).getUTCFullYear();
    movesByYear.set(year, (movesByYear.get(year) ?? 0) + spells.size - 1);
  }

  // A mother link is kept when the mother is a known woman aged 12–55 at the birth (README, Validation).
  const motherAgeAtBirth = (s: OracleSpell): number | null => {
    const child = register.persons.get(s.personId)!;
    const mother = child.motherId === null ? undefined : register.persons.get(child.motherId);
    if (!mother || mother.sex !== "F") return null;
    const age = ageOn(mother.birth, child.birth);
    return age >= 12 && age <= 55 ? age : null;
  };

  for (const s of register.spells) {
    const person = register.persons.get(s.personId)!;
    for (const year of years) {
      const jan1 = Date.UTC(year, 0, 1);
      const dec31 = Date.UTC(year, 11, 31);
      for (const unit of [s.village, town]) {
        const t = tally(year, unit);
        if (!t) continue;
        const atStart = (s.start.getTime() < jan1 || s.startReason === "期初") && (s.end === null || s.end.getTime() >= jan1);
        const atEnd = s.start.getTime() <= dec31 && (s.end === null || s.end.getTime() > dec31);
        if (atStart) {
          t.popStart++;
          const group = person.sex === "F" ? childbearingGroup(ageOn(person.birth, new Date(jan1))) : -1;
          if (group >= 0) t.womenStart[group]++;
        }
        if (atEnd) {
          t.popEnd++;
          if (person.hukou === "户籍") t.endRegistered++; else t.endMigrant++;
          if (person.sex === "M") t.endMale++; else t.endFemale++;
          const age = ageOn(person.birth, new Date(dec31));
          if (age <= 14) t.pop0to14++;
          if (age >= 15 && age <= 64) t.pop15to64++;
          if (age >= 65) t.pop65plus++;
          if (age >= 15 && age <= 59) t.pop15to59++;
          if (age >= 60) t.pop60plus++;
          if (age >= 6 && age <= 14) t.pop6to14++;
          const group = person.sex === "F" ? childbearingGroup(age) : -1;
          if (group >= 0) t.womenEnd[group]++;
        }
        if (s.startReason === "出生" && inYear(s.start, year)) {
          t.births++;
          if (person.sex === "M") t.birthsMale++; else t.birthsFemale++;
          if (person.policyCompliant !== null) t.policyRecorded++;
          if (person.policyCompliant === true) t.policyCompliant++;
          if (person.policyCompliant === false && person.birthOrder !== null && person.birthOrder >= 3) t.multichildOutOfPolicy++;
          const motherAge = motherAgeAtBirth(s);
          const group = motherAge === null ? -1 : childbearingGroup(motherAge);
          if (group >= 0) t.birthsByMotherGroup[group]++;
        }
        if (s.endReason === "死亡" && inYear(s.end, year)) t.deaths++;
        if (s.startReason === "迁入" && inYear(s.start, year)) t.inMigrants++;
        if (s.endReason === "迁出" && inYear(s.end, year)) t.outMigrants++;
      }
    }
  }

  const services = new Map<string, {eligible: number; served: number}>();
  for (const r of register.services ?? []) {
    if (r.project !== prepregnancyProject) continue;
    for (const unit of [r.village, town]) {
      const key = `${r.year}|${unit}`;
      const sum = services.get(key) ?? {eligible: 0, served: 0};
      sum.eligible += r.eligible;
      sum.served += r.served;
      services.set(key, sum);
    }
  }
  const funding = new Map<string, number>();
  for (const r of register.funding ?? []) {
    for (const unit of r.village === null ? [town] : [r.village, town]) funding.set(`${r.year}|${unit}`, (funding.get(`${r.year}|${unit}`) ?? 0) + r.amount);
  }
  const villageTypes: {[type: string]: string} = {"村": "village", "社区": "community"};

  // TOWN: moves inside the town are neither arrivals nor departures.
  for (const year of years) {
    const t = tally(year, town)!;
    t.inMigrants -= movesByYear.get(year) ?? 0;
    t.outMigrants -= movesByYear.get(year) ?? 0;
  }

  const rows: OracleRow[] = [];
  for (const year of years) {
    for (const unit of units) {
      const t = tally(year, unit)!;
      const village = register.villages.find((v) => v.code === unit);
      const popAvg = (t.popStart + t.popEnd) / 2;
      const interval = wilsonInterval(t.birthsMale, t.births, z);
      const women = (t.womenStart.reduce((a, b) => a + b, 0) + t.womenEnd.reduce((a, b) => a + b, 0)) / 2;
      let asfrSum = 0;
      for (let g = 0; g < 7; g++) {
        const exposure = (t.womenStart[g] + t.womenEnd[g]) / 2;
        if (exposure > 0) asfrSum += t.birthsByMotherGroup[g] / exposure;
      }
      const service = services.get(`${year}|${unit}`);
      const fundingYuan = register.funding === null ? null : funding.get(`${year}|${unit}`) ?? 0;
      rows.push({
        year,
        village_code: unit,
        village_name: village ? village.name : register.region ?? "全镇",
        village_type: village ? (village.type === null ? null : villageTypes[village.type] ?? null) : "town",
        pop_start: t.popStart,
        pop_end: t.popEnd,
        pop_end_registered: t.endRegistered,
        pop_end_migrant: t.endMigrant,
        pop_end_male: t.endMale,
        pop_end_female: t.endFemale,
        pop_avg: popAvg,
        births: t.births,
        births_male: t.birthsMale,
        births_female: t.birthsFemale,
        deaths: t.deaths,
        natural_increase: t.births - t.deaths,
        in_migrants: t.inMigrants,
        out_migrants: t.outMigrants,
        birth_rate: ratio(t.births, popAvg, 1000),
        death_rate: ratio(t.deaths, popAvg, 1000),
        natural_growth_rate: ratio(t.births - t.deaths, popAvg, 1000),
        sex_ratio: ratio(t.endMale, t.endFemale, 100),
        sex_ratio_at_birth: ratio(t.birthsMale, t.birthsFemale, 100),
        sex_ratio_at_birth_low: interval ? (interval[0] / (1 - interval[0])) * 100 : null,
        sex_ratio_at_birth_high: interval && t.birthsFemale > 0 ? (interval[1] / (1 - interval[1])) * 100 : null,
        births_policy_recorded: t.policyRecorded,
        births_policy_compliant: t.policyCompliant,
        policy_compliance_rate: ratio(t.policyCompliant, t.policyRecorded, 100),
        births_multichild_out_of_policy: t.multichildOutOfPolicy,
        multichild_out_of_policy_rate: ratio(t.multichildOutOfPolicy, t.births, 100),
        women_15_49: women,
        gfr: ratio(t.births, women, 1000),
        tfr: women === 0 ? null : 5 * asfrSum,
        pop_0_14: t.pop0to14,
        pop_15_64: t.pop15to64,
        pop_65_plus: t.pop65plus,
        pop_15_59: t.pop15to59,
        pop_60_plus: t.pop60plus,
        pop_6_14: t.pop6to14,
        share_0_14: ratio(t.pop0to14, t.popEnd, 100),
        share_15_64: ratio(t.pop15to64, t.popEnd, 100),
        share_65_plus: ratio(t.pop65plus, t.popEnd, 100),
        share_60_plus: ratio(t.pop60plus, t.popEnd, 100),
        dependency_ratio: ratio(t.pop0to14 + t.pop65plus, t.pop15to64, 100),
        child_dependency_ratio: ratio(t.pop0to14, t.pop15to64, 100),
        old_dependency_ratio: ratio(t.pop65plus, t.pop15to64, 100),
        prepregnancy_eligible: service ? service.eligible : null,
        prepregnancy_served: service ? service.served : null,
        prepregnancy_check_coverage_rate: service ? ratio(service.served, service.eligible, 100) : null,
        funding_yuan: fundingYuan,
        funding_per_capita: fundingYuan === null ? null : ratio(fundingYuan, popAvg, 1)
      });
    }
  }
  return rows;
}
