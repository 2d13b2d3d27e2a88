import {dateValue, type DuckDBConnection} from "@duckdb/node-api";
import {randomLcg, randomPoisson} from "d3";

/** Defaults of {@link syntheticRegister}. */
export const defaults = {
  villages: 20,
  firstYear: 2014,
  lastYear: 2024,
  seed: 0.42,
  /** Share of departures that are moves to another village of the town on the same day. */
  internalShare: 0.3
};

export type SyntheticRegisterOptions = Partial<typeof defaults> & {
  /** Initial population of village i (0-based); default spread between about 150 and 3,500. */
  size?: (index: number, random: () => number) => number;
};

const dayOf = (y: number, m = 0, d = 1) => Date.UTC(y, m, d) / 86400000;

/**
 * Fills an empty register (tables of loaders/store/schema.sql) with a seeded, simulated town for tests and
 * benchmarks: villages of different sizes and migration levels; yearly deaths (Gompertz hazard), births
 * (mothers 15–49, TFR about 1.6, linked by mother_id), departures (some of them same-day moves between
 * villages) and arrivals, each on a random day of the year. register_start = firstYear-01-01,
 * extract_date = lastYear-12-31. Same options ⇒ same rows.
 */
export async function syntheticRegister(connection: DuckDBConnection, options: SyntheticRegisterOptions = {}): Promise<{persons: number; spells: number}> {
  const o = {...defaults, ...options};
  const random = randomLcg(o.seed);
  // Separate streams for the sex of newborns and for event days: consecutive draws of one linear congruential
  // generator are correlated (a rare event would otherwise skew the next draw).
  const sexRandom = randomLcg((o.seed * 7.31) % 1);
  const dayRandom = randomLcg((o.seed * 3.17) % 1);
  const poisson = randomPoisson.source(random);
  const size = options.size ?? ((i: number, r: () => number) => Math.round(150 + 3400 * r() ** 2));
  type Person = {id: string; sex: "M" | "F"; birth: number; mother: string | null; village: number; start: number; reason: string};
  const persons: Person[] = [];
  const spells: {id: string; village: number; start: number; reason: string; end: number | null; endReason: string | null}[] = [];
  const villageCodes = Array.from({length: o.villages}, (_, i) => `V${String(i + 1).padStart(3, "0")}`);
  const outRate = villageCodes.map(() => 0.01 + 0.05 * random());
  const inRate = villageCodes.map((_, i) => outRate[i] * (0.5 + random()));
  let next = 0;
  const newId = () => `P${String(++next).padStart(8, "0")}`;
  const start0 = dayOf(o.firstYear);
  const ageWeight = (a: number) => (a < 55 ? 1 : Math.exp(-(a - 55) / 12));
  const weights = Array.from({length: 101}, (_, a) => ageWeight(a));
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const drawAge = (young = false) => {
    if (young) return 18 + Math.floor(random() * 22);
    let u = random() * totalWeight;
    for (let a = 0; a <= 100; ++a) if ((u -= weights[a]) <= 0) return a;
    return 100;
  };
  const randomBirth = (ageAtJan1: number, year: number) => dayOf(year - ageAtJan1 - 1) + Math.floor(random() * 365);
  const alive: Person[] = [];
  for (let v = 0; v < o.villages; ++v) {
    const n = size(v, random);
    const women: Person[] = [];
    const kids: Person[] = [];
    for (let i = 0; i < n; ++i) {
      const age = drawAge();
      const p: Person = {id: newId(), sex: random() < 0.5 ? "F" : "M", birth: randomBirth(age, o.firstYear), mother: null, village: v, start: start0, reason: "initial"};
      persons.push(p);
      alive.push(p);
      if (p.sex === "F" && age >= 20 && age < 60) women.push(p);
      if (age < 15) kids.push(p);
    }
    for (const k of kids) {
      const candidates = women.filter((w) => k.birth - w.birth > 18 * 365 && k.birth - w.birth < 42 * 365);
      if (candidates.length && random() < 0.9) k.mother = candidates[Math.floor(random() * candidates.length)].id;
    }
  }
  const mortality = (age: number, sex: "M" | "F") => (age === 0 ? 0.006 : 0.0003 + Math.exp(-10.6 + 0.097 * age)) * (sex === "M" ? 1.3 : 1);
  const fertility = (age: number) => (age < 15 || age > 49 ? 0 : (1.6 / (5 * Math.sqrt(2 * Math.PI))) * Math.exp(-((age - 28) ** 2) / 50));
  const migrationProfile = (age: number) => (age >= 18 && age < 35 ? 3 : age < 15 ? 0.7 : age >= 60 ? 0.3 : 1);
  for (let year = o.firstYear; year <= o.lastYear; ++year) {
    const y0 = dayOf(year);
    const days = dayOf(year + 1) - y0;
    const residents = alive.splice(0, alive.length);
    const counts = new Array<number>(o.villages).fill(0);
    for (const p of residents) counts[p.village] += 1;
    for (const p of residents) {
      const age = Math.floor((y0 + days / 2 - p.birth) / 365.25);
      const death = random() < mortality(age, p.sex) ? y0 + Math.floor(dayRandom() * days) : Infinity;
      const leave = random() < outRate[p.village] * migrationProfile(age) ? y0 + Math.floor(dayRandom() * days) : Infinity;
      if (p.sex === "F" && random() < fertility(age)) {
        const day = y0 + Math.floor(dayRandom() * days);
        if (day > p.start && day < Math.min(death, leave) && day > p.birth) {
          const child: Person = {id: newId(), sex: sexRandom() < 0.53 ? "M" : "F", birth: day, mother: p.id, village: p.village, start: day, reason: "birth"};
          persons.push(child);
          alive.push(child);
        }
      }
      if (death === Infinity && leave === Infinity) {
        alive.push(p);
        continue;
      }
      const end = Math.max(Math.min(death, leave), p.start + 1);
      const byDeath = death <= leave;
      spells.push({id: p.id, village: p.village, start: p.start, reason: p.reason, end, endReason: byDeath ? "death" : "out_migration"});
      if (!byDeath && o.villages > 1 && random() < o.internalShare) {
        const to = (p.village + 1 + Math.floor(random() * (o.villages - 1))) % o.villages;
        const moved = {...p, village: to, start: end, reason: "in_migration"};
        alive.push(moved);
      }
    }
    for (let v = 0; v < o.villages; ++v) {
      const base = counts[v] || 50;
      const arrivals = poisson(base * inRate[v])();
      for (let i = 0; i < arrivals; ++i) {
        const day = y0 + Math.floor(dayRandom() * days);
        const age = random() < 0.7 ? drawAge(true) : drawAge();
        const p: Person = {id: newId(), sex: random() < 0.5 ? "F" : "M", birth: Math.min(day - 1, randomBirth(age, year)), mother: null, village: v, start: day, reason: "in_migration"};
        persons.push(p);
        alive.push(p);
      }
    }
  }
  for (const p of alive) spells.push({id: p.id, village: p.village, start: p.start, reason: p.reason, end: null, endReason: null});

  await connection.run("INSERT INTO extract_meta VALUES ('synthetic', $1::DATE, $2::DATE)", [`${o.firstYear}-01-01`, `${o.lastYear}-12-31`]);
  const villages = await connection.createAppender("villages");
  villageCodes.forEach((code, i) => {
    villages.appendVarchar(code);
    villages.appendVarchar(`村${i + 1}`);
    villages.appendVarchar("village");
    villages.appendInteger(i + 1);
    villages.endRow();
  });
  villages.closeSync();
  const people = await connection.createAppender("persons");
  persons.forEach((p, i) => {
    people.appendVarchar(p.id);
    people.appendVarchar(p.sex);
    people.appendDate(dateValue(p.birth));
    people.appendVarchar("registered");
    if (p.mother) people.appendVarchar(p.mother);
    else people.appendNull();
    people.appendNull();
    people.appendNull();
    people.appendInteger(i + 1);
    people.endRow();
  });
  people.closeSync();
  const residence = await connection.createAppender("residence");
  spells.forEach((s, i) => {
    residence.appendVarchar(s.id);
    residence.appendVarchar(villageCodes[s.village]);
    residence.appendDate(dateValue(s.start));
    residence.appendVarchar(s.reason);
    if (s.end === null) residence.appendNull();
    else residence.appendDate(dateValue(s.end));
    if (s.endReason === null) residence.appendNull();
    else residence.appendVarchar(s.endReason);
    residence.appendInteger(i + 1);
    residence.endRow();
  });
  residence.closeSync();
  return {persons: persons.length, spells: spells.length};
}
