import type {DuckDBConnection} from "@duckdb/node-api";
import {birthsFromRegister} from "./birthsFromRegister.ts";
import {deathsFromRegister} from "./deathsFromRegister.ts";
import {migrationByAgeGroupFromRegister} from "./migrationFromRegister.ts";
import {populationExposureFromRegister} from "./populationExposureFromRegister.ts";
import type {BySex} from "./projectionCohortComponent.ts";
import {reportedYearsFromRegister} from "./reportedYearsFromRegister.ts";
import {withRegisterSpells} from "./withRegisterSpells.ts";

/** Everything the projections use about one village (or the town) in one reported year. */
export interface UnitYear {
  /** Population at 31 December by sex in the 18 groups 0–4 … 85+. */
  population: BySex<number[]>;
  /** Person-years lived in the year by sex and group. */
  exposure: BySex<number[]>;
  /** Person-years at ages 0 and 1–4. */
  exposureInfant: BySex<[number, number]>;
  deaths: BySex<number[]>;
  /** Deaths at ages 0 and 1–4. */
  deathsInfant: BySex<[number, number]>;
  /** Births with a linked mother, by mother's group 15–19 … 45–49 (younger mothers in 15–19, older in 45–49). */
  births: number[];
  /** Births whose mother is not linked. */
  birthsUnknownMother: number;
  /** Births by sex of the child. */
  birthsBySex: {F: number; M: number};
  /** In-migrants minus out-migrants by sex and group (internal moves cancel in the town's sum). */
  netMigrants: BySex<number[]>;
  /** Gross moves of the year; internal = same-day moves between villages of the town. */
  moves: {in: number; out: number; internalIn: number; internalOut: number};
}

export interface RegisterInputs {
  /** Reported (fully covered) years, ascending. */
  years: number[];
  /** Village codes, sorted (villages table and any code used by residence). */
  villages: string[];
  /** byVillage[yearIndex][villageIndex]. */
  byVillage: UnitYear[][];
  /** town[yearIndex]: the sum over villages. */
  town: UnitYear[];
}

/** An empty {@link UnitYear}. */
export function emptyUnitYear(): UnitYear {
  const zeros = () => new Array<number>(18).fill(0);
  return {
    population: {F: zeros(), M: zeros()},
    exposure: {F: zeros(), M: zeros()},
    exposureInfant: {F: [0, 0], M: [0, 0]},
    deaths: {F: zeros(), M: zeros()},
    deathsInfant: {F: [0, 0], M: [0, 0]},
    births: new Array<number>(7).fill(0),
    birthsUnknownMother: 0,
    birthsBySex: {F: 0, M: 0},
    netMigrants: {F: zeros(), M: zeros()},
    moves: {in: 0, out: 0, internalIn: 0, internalOut: 0}
  };
}

const group = (age: number) => Math.min(17, Math.floor(age / 5));

/**
 * Runs the projection queries (`*FromRegister.sql`) on the validated register and arranges the rows into
 * arrays by reported year and village, with the town as the sum of its villages. Only reported years
 * (register_start ≤ Y-01-01 and extract_date ≥ Y-12-31) are included.
 */
export async function registerInputs(connection: DuckDBConnection): Promise<RegisterInputs> {
  const years = (await reportedYearsFromRegister(connection)).map((r) => r.year);
  // Population and person-years come from one cut of the spells (populationExposureFromRegister), by single age.
  // Moves are used only by five-year group: summed so in SQL (byAgeGroup).
  // Three of the queries share one join of residence to persons (withRegisterSpells), made before the first.
  const [exposure, deaths, births, migration] = await withRegisterSpells(connection, async () => [
    await populationExposureFromRegister(connection),
    await deathsFromRegister(connection),
    await birthsFromRegister(connection),
    await migrationByAgeGroupFromRegister(connection)
  ] as const);
  const listed = (await connection.runAndReadAll("SELECT village_code FROM villages")).getRowObjectsJS().map((r) => String(r.village_code));
  const codes = new Set<string>(listed);
  for (const rows of [exposure, deaths, births, migration]) for (const r of rows) codes.add(r.village_code);
  const villages = [...codes].sort();
  const villageIndex = new Map(villages.map((v, i) => [v, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const byVillage = years.map(() => villages.map(() => emptyUnitYear()));
  const cell = (r: {village_code: string; year: number}) => {
    const y = yearIndex.get(r.year);
    return y === undefined ? undefined : byVillage[y][villageIndex.get(r.village_code)!];
  };
  for (const r of exposure) {
    const u = cell(r);
    if (!u) continue;
    u.population[r.sex][group(r.age)] += r.population;
    u.exposure[r.sex][group(r.age)] += r.person_years;
    if (r.age < 5) u.exposureInfant[r.sex][r.age === 0 ? 0 : 1] += r.person_years;
  }
  for (const r of deaths) {
    const u = cell(r);
    if (!u) continue;
    u.deaths[r.sex][group(r.age)] += r.deaths;
    if (r.age < 5) u.deathsInfant[r.sex][r.age === 0 ? 0 : 1] += r.deaths;
  }
  for (const r of births) {
    const u = cell(r);
    if (!u) continue;
    u.birthsBySex[r.sex] += r.births;
    if (r.mother_age === null) u.birthsUnknownMother += r.births;
    else u.births[Math.max(0, Math.min(6, Math.floor((r.mother_age - 15) / 5)))] += r.births;
  }
  for (const r of migration) {
    const u = cell(r);
    if (!u) continue;
    u.netMigrants[r.sex][r.age_group] += r.in_migrants - r.out_migrants;
    u.moves.in += r.in_migrants;
    u.moves.out += r.out_migrants;
    u.moves.internalIn += r.internal_in;
    u.moves.internalOut += r.internal_out;
  }
  const town = byVillage.map((units) => sumUnitYears(units));
  return {years, villages, byVillage, town};
}

/** Cell-by-cell sum of several {@link UnitYear}s. */
export function sumUnitYears(units: readonly UnitYear[]): UnitYear {
  const t = emptyUnitYear();
  const add = (a: number[], b: readonly number[]) => {
    for (let i = 0; i < a.length; ++i) a[i] += b[i];
  };
  for (const u of units) {
    for (const sex of ["F", "M"] as const) {
      add(t.population[sex], u.population[sex]);
      add(t.exposure[sex], u.exposure[sex]);
      add(t.exposureInfant[sex], u.exposureInfant[sex]);
      add(t.deaths[sex], u.deaths[sex]);
      add(t.deathsInfant[sex], u.deathsInfant[sex]);
      add(t.netMigrants[sex], u.netMigrants[sex]);
      t.birthsBySex[sex] += u.birthsBySex[sex];
    }
    add(t.births, u.births);
    t.birthsUnknownMother += u.birthsUnknownMother;
    t.moves.in += u.moves.in;
    t.moves.out += u.moves.out;
    t.moves.internalIn += u.moves.internalIn;
    t.moves.internalOut += u.moves.internalOut;
  }
  return t;
}
