import {randomLcg, randomPoisson} from "d3";
import {noChar, surnames, maleChars, femaleChars} from "./chineseName.ts";
import {fertilityHazard} from "./fertilityHazard.ts";
import {dayFromDate} from "./isoDateFromDay.ts";
import {infantMortality, mortalityGompertzMakeham} from "./mortalityGompertzMakeham.ts";
import {sampleRates as R} from "./sampleRates.ts";
import type {SampleVillage} from "./townVillages.ts";

/** Flags of a person (bits of `TownState.flags`). */
export const flag = {male: 1, migrant: 2, present: 4, motherLinked: 8, bornInPeriod: 16} as const;
/** Start reasons of a spell (low two bits of `spReason`). */
export const startReason = {initial: 0, birth: 1, inMigration: 2} as const;
/** End reasons of a spell (`spReason >> 2`). */
export const endReason = {none: 0, death: 1, outMigration: 2} as const;
/** `spEnd` of an open spell. */
export const openEnd = 2_147_483_647;

/** Area codes (first 6 digits of an ID number): registered people first, then migrants' places of origin. */
export const areaCodes = ["330781", "330782", "330783", "330702", "330723", "330726", "522422", "512922", "432524", "342622", "412725", "362427", "452226", "532126", "421127", "360722"];
const hukouAreaCdf = [0.8, 0.86, 0.9, 0.94, 0.97, 1];
const firstMigrantArea = 6;

/** Per village (index in the sorted village list) and year (index from the first year). */
export interface VillageYear {
  /** Residents on 1 January. */
  population: Int32Array;
  births: Int32Array;
  /** Residents aged 0–6 on 1 January. */
  children0to6: Int32Array;
  /** Registered residents aged 60+ on 1 January. */
  hukou60plus: Int32Array;
}

/** The simulated register: people and residence spells in typed arrays (spells in creation order). */
export interface TownState {
  villages: SampleVillage[];
  startYear: number;
  endYear: number;
  registerStart: number;
  extractDay: number;
  n: number;
  birth: Int32Array;
  flags: Uint8Array;
  parity: Uint8Array;
  lastBirth: Int32Array;
  /** Index of the mother (or of the migrant parent a child arrived with), −1 when none. */
  mother: Int32Array;
  birthOrder: Uint8Array;
  /** 0 not recorded, 1 是, 2 否. */
  compliant: Uint8Array;
  area: Uint8Array;
  seq: Uint16Array;
  surname: Uint8Array;
  given1: Uint8Array;
  given2: Uint8Array;
  firstSpell: Int32Array;
  lastSpell: Int32Array;
  nSpells: number;
  spVillage: Uint16Array;
  spStart: Int32Array;
  spEnd: Int32Array;
  spReason: Uint8Array;
  spNext: Int32Array;
  perVillageYear: VillageYear;
}

type Columns = Record<string, Int32Array | Uint8Array | Uint16Array>;

function grown<T extends Columns>(cols: T, size: number): T {
  const out: Columns = {};
  for (const [k, a] of Object.entries(cols)) {
    const b = new (a.constructor as new (n: number) => typeof a)(size);
    b.set(a);
    out[k] = b;
  }
  return out as T;
}

/** A lookup table turning u ∈ [0, 1) into an index drawn with the given weights. */
function weightedTable(weights: number[], size = 4096): Uint16Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const table = new Uint16Array(size);
  let j = 0;
  let acc = weights[0] / total;
  for (let i = 0; i < size; i++) {
    while ((i + 0.5) / size > acc && j < weights.length - 1) acc += weights[++j] / total;
    table[i] = j;
  }
  return table;
}

/**
 * Simulates the town from 1 January of `startYear` to 31 December of `endYear`, year by year:
 * each resident present on 1 January may die or leave, move to another village and (women)
 * give birth on a uniform day of the year; migrant households and registered in-movers arrive.
 * Everything is drawn from one d3 `randomLcg(seed)` stream, so the result depends only on the options.
 */
export function simulateTown(opts: {people: number; villages: SampleVillage[]; seed: number; startYear: number; endYear: number}): TownState {
  const {villages, startYear, endYear} = opts;
  if (!Number.isInteger(opts.people) || opts.people < 1) throw new Error(`people must be a positive integer: ${opts.people}`);
  if (!(endYear >= startYear)) throw new Error(`end year ${endYear} is before start year ${startYear}`);
  const rng = randomLcg(opts.seed);
  const registerStart = dayFromDate(startYear, 1, 1);
  const extractDay = dayFromDate(endYear, 12, 31);
  const nYears = endYear - startYear + 1;
  const K = villages.length;

  let capP = Math.ceil(opts.people * (1.15 + 0.06 * nYears)) + 64;
  let capS = Math.ceil(capP * 1.15) + 64;
  let P = {
    birth: new Int32Array(capP), flags: new Uint8Array(capP), parity: new Uint8Array(capP), lastBirth: new Int32Array(capP),
    mother: new Int32Array(capP), birthOrder: new Uint8Array(capP), compliant: new Uint8Array(capP), area: new Uint8Array(capP),
    seq: new Uint16Array(capP), surname: new Uint8Array(capP), given1: new Uint8Array(capP), given2: new Uint8Array(capP),
    firstSpell: new Int32Array(capP), lastSpell: new Int32Array(capP)
  };
  let S = {village: new Uint16Array(capS), start: new Int32Array(capS), end: new Int32Array(capS), reason: new Uint8Array(capS), next: new Int32Array(capS)};
  let n = 0;
  let nS = 0;

  const pv: VillageYear = {
    population: new Int32Array(K * nYears), births: new Int32Array(K * nYears),
    children0to6: new Int32Array(K * nYears), hukou60plus: new Int32Array(K * nYears)
  };

  // Sequence numbers of ID numbers: one counter per area code, birth day and sex.
  const dayMin = dayFromDate(1890, 1, 1);
  const dayRange = extractDay + 1 - dayMin;
  const seqCounter = new Uint16Array(areaCodes.length * dayRange * 2);

  const surnameTable = weightedTable(surnames.map((_, r) => 1 / (r + 8)));
  const ageTable = {
    村: weightedTable(R.ageWeightsVillage),
    社区: weightedTable(R.ageWeightsCommunity)
  };
  const villageTable = weightedTable(villages.map((v) => v.weight));
  // Sex of births: a Weyl sequence per village keeps each village's sex ratio close to its target.
  const weyl = new Float64Array(K).map(() => rng());

  function newSpell(person: number, village: number, start: number, reason: number): number {
    if (nS === capS) { capS = Math.ceil(capS * 1.5); S = grown(S, capS); }
    const s = nS++;
    S.village[s] = village; S.start[s] = start; S.end[s] = openEnd; S.reason[s] = reason; S.next[s] = -1;
    const last = P.lastSpell[person];
    if (last >= 0) S.next[last] = s; else P.firstSpell[person] = s;
    P.lastSpell[person] = s;
    return s;
  }

  function closeSpell(person: number, day: number, reason: number): void {
    const s = P.lastSpell[person];
    if (!(day > S.start[s]) || day > extractDay) throw new Error(`spell of person ${person} cannot end on day ${day}`);
    S.end[s] = day;
    S.reason[s] |= reason << 2;
  }

  function newPerson(birthDay: number, male: boolean, migrant: boolean, village: number, areaIdx: number): number {
    if (n === capP) { capP = Math.ceil(capP * 1.5); P = grown(P, capP); }
    const i = n++;
    P.birth[i] = birthDay;
    P.flags[i] = (male ? flag.male : 0) | (migrant ? flag.migrant : 0) | flag.present;
    P.parity[i] = 0; P.lastBirth[i] = 0; P.mother[i] = -1; P.birthOrder[i] = 0; P.compliant[i] = 0;
    P.firstSpell[i] = -1; P.lastSpell[i] = -1;
    P.area[i] = areaIdx;
    const c = (areaIdx * dayRange + (birthDay - dayMin)) * 2 + (male ? 1 : 0);
    const count = seqCounter[c]++;
    if (count >= 500) throw new Error(`more than 500 people share area ${areaCodes[areaIdx]}, birth day ${birthDay} and sex: ID numbers would repeat`);
    const offset = (areaIdx * 7919 + (birthDay - dayMin) * 104_729) % 500;
    P.seq[i] = ((count + offset) % 500) * 2 + (male ? 1 : 0);
    const v = villages[village];
    const clan = v.type === "村" ? 0.5 : 0.2;
    const u = rng();
    P.surname[i] = !migrant && areaIdx < firstMigrantArea && u < clan ? v.clanSurnames[u < clan * 0.6 ? 0 : 1] : surnameTable[Math.floor(rng() * 4096)];
    const chars = male ? maleChars.length : femaleChars.length;
    P.given1[i] = Math.floor(rng() * chars);
    P.given2[i] = rng() < 0.25 ? noChar : Math.floor(rng() * chars);
    return i;
  }

  const hukouArea = (): number => {
    const u = rng();
    let a = 0;
    while (u >= hukouAreaCdf[a]) a++;
    return a;
  };
  const migrantArea = (): number => firstMigrantArea + Math.floor(rng() * (areaCodes.length - firstMigrantArea));
  const yearDays = (y: number): [number, number] => [dayFromDate(y, 1, 1), dayFromDate(y, 12, 31)];
  const uniformDay = (a: number, b: number): number => a + Math.floor(rng() * (b - a + 1));
  const ageAt = (i: number, day: number): number => (day - P.birth[i]) / 365.25;

  function initialParity(i: number, age: number): void {
    const row = R.initialParity.find((r) => age < r[0])!;
    const u = rng();
    let p = 0;
    let acc = row[1];
    while (u >= acc && p < 3) acc += row[2 + p++];
    P.parity[i] = p;
    if (p > 0) P.lastBirth[i] = registerStart - Math.round(365.25 * (0.5 + rng() * Math.max(0.5, Math.min(15, age - 19.5))));
  }

  // ---- Population on the register's first day.
  const totalWeight = villages.reduce((a, v) => a + v.weight, 0);
  let placed = 0;
  for (let v = 0; v < K; v++) {
    const target = v === K - 1 ? opts.people - placed : Math.round((opts.people * villages[v].weight) / totalWeight);
    placed += target;
    const type = villages[v].type;
    for (let k = 0; k < target; k++) {
      const group = ageTable[type][Math.floor(rng() * 4096)];
      const age = Math.min(group * 5 + rng() * 5, 104.9);
      const birthDay = registerStart - 1 - Math.floor(age * 365.25);
      const maleShare = R.maleShareByAge.find(([upper]) => age < upper)![1];
      const male = rng() < maleShare;
      const migrantP = age >= 18 && age < 50 ? R.initialMigrantAdult[type] : age < 15 ? R.initialMigrantChild[type] : 0;
      const migrant = rng() < migrantP;
      const i = newPerson(birthDay, male, migrant, v, migrant ? migrantArea() : hukouArea());
      if (!male && age >= 15) initialParity(i, age);
      newSpell(i, v, registerStart, startReason.initial);
    }
  }

  // ---- Year by year.
  for (let yi = 0; yi < nYears; yi++) {
    const year = startYear + yi;
    const [y0, y1] = yearDays(year);
    const t = yi;
    const vy = (v: number): number => v * nYears + yi;
    const nAtStart = n;
    for (let i = 0; i < nAtStart; i++) {
      if (!(P.flags[i] & flag.present)) continue;
      const v = S.village[P.lastSpell[i]];
      const age = ageAt(i, y0);
      pv.population[vy(v)]++;
      if (age < 7) pv.children0to6[vy(v)]++;
      if (age >= 60 && !(P.flags[i] & flag.migrant)) pv.hukou60plus[vy(v)]++;
    }
    const leftOn = new Map<number, number>(); // migrant heads leaving this year → day
    for (let i = 0; i < nAtStart; i++) {
      const f = P.flags[i];
      if (!(f & flag.present)) continue;
      const male = (f & flag.male) !== 0;
      const migrant = (f & flag.migrant) !== 0;
      const spell = P.lastSpell[i];
      const v = S.village[spell];
      const type = villages[v].type;
      const age = ageAt(i, y0) + 0.5;
      // Spells end after they start: people of the first day can leave from its second day.
      const ws = Math.max(y0, S.start[spell] + 1);

      // Exit: death, or leaving the town (a migrant child follows the parent it came with).
      let exitDay = -1;
      let exitReason: number = endReason.none;
      const head = P.mother[i];
      const q = age < 1 ? 0.001 : mortalityGompertzMakeham(Math.floor(age), male, t);
      let leave = 0;
      if (migrant) leave = age < 18 && head >= 0 ? 0 : R.migrantLeave;
      else if (age >= 16 && age < 18) leave = R.outMigration.age16to17;
      else if (age >= 18 && age < 31) leave = R.outMigration.age18to30[type] + (!male && age >= 20 ? R.outMigration.womenExtra20to30 : 0);
      else if (age >= 31 && age < 46) leave = R.outMigration.age31to45;
      else leave = R.outMigration.other;
      const u = rng();
      if (u < q) { exitReason = endReason.death; exitDay = uniformDay(ws, y1); }
      else if (u < q + leave) { exitReason = endReason.outMigration; exitDay = uniformDay(ws, y1); }
      else if (migrant && age < 18 && head >= 0 && leftOn.has(head)) { exitReason = endReason.outMigration; exitDay = leftOn.get(head)!; }
      if (exitReason === endReason.outMigration && migrant) leftOn.set(i, exitDay);

      // A move to another village of the town.
      let moveDay = -1;
      let moveTo = -1;
      if (age >= 18 && K > 1) {
        const rate = R.internalMove.adult + (!male && age >= 20 && age < 31 ? R.internalMove.womenExtra20to30 : 0);
        if (rng() < rate) {
          moveDay = uniformDay(ws, y1);
          if (exitDay >= 0 && moveDay >= exitDay) moveDay = -1;
          else {
            do moveTo = villageTable[Math.floor(rng() * 4096)]; while (moveTo === v);
          }
        }
      }

      // A birth.
      let birthDay = -1;
      if (!male && age >= 15 && age < 50) {
        const sinceLast = P.parity[i] > 0 ? (y0 - P.lastBirth[i]) / 365.25 : 99;
        const h = sinceLast < 1.2 ? 0 : fertilityHazard(age, P.parity[i], year, type === "村");
        if (h > 0 && rng() < h) {
          birthDay = exitDay >= 0 ? (exitDay > y0 ? uniformDay(y0, exitDay - 1) : -1) : uniformDay(y0, y1);
        }
      }

      if (moveDay >= 0) {
        closeSpell(i, moveDay, endReason.outMigration);
        newSpell(i, moveTo, moveDay, startReason.inMigration);
      }
      if (birthDay >= 0) {
        const bv = moveDay >= 0 && birthDay >= moveDay ? moveTo : v;
        const w = (weyl[bv] + 0.6180339887498949) % 1;
        weyl[bv] = w;
        const boy = w < (villages[bv].highSrb ? R.maleBirth.high : R.maleBirth.normal);
        const baby = newPerson(birthDay, boy, migrant, bv, P.area[i]);
        const order = P.parity[i] + 1;
        P.parity[i] = Math.min(order, 15);
        P.lastBirth[i] = birthDay;
        P.mother[baby] = i;
        P.flags[baby] |= flag.bornInPeriod | (rng() < R.noMotherLink ? 0 : flag.motherLinked);
        P.birthOrder[baby] = order;
        P.compliant[baby] = rng() < complianceProbability(order, birthDay, age, villages[bv].type) ? 1 : 2;
        newSpell(baby, bv, birthDay, startReason.birth);
        pv.births[vy(bv)]++;
        // Rare infant deaths, mostly in the first weeks; a migrant baby leaves with its mother.
        let babyExit = -1;
        let babyReason: number = endReason.none;
        if (rng() < infantMortality(t)) {
          babyExit = birthDay + 1 + Math.floor(-Math.log(1 - rng()) * 40) % 364;
          babyReason = endReason.death;
        }
        if (migrant && exitReason === endReason.outMigration && (babyExit < 0 || babyExit >= exitDay)) {
          babyExit = exitDay; babyReason = endReason.outMigration;
        }
        if (babyExit >= 0 && babyExit <= extractDay) {
          closeSpell(baby, babyExit, babyReason);
          P.flags[baby] &= ~flag.present;
        }
      }
      if (exitDay >= 0) {
        closeSpell(i, exitDay, exitReason);
        P.flags[i] &= ~flag.present;
      }
    }

    // Arrivals: migrant households and registered in-movers.
    for (let v = 0; v < K; v++) {
      const pop = pv.population[vy(v)];
      const type = villages[v].type;
      const households = randomPoisson.source(rng)(pop * R.migrantInflow[type])();
      for (let h = 0; h < households; h++) {
        const day = uniformDay(y0, y1);
        const age = 18 + 27 * Math.pow(rng(), 1.3);
        const male = rng() < 0.55;
        const adult = newPerson(day - 1 - Math.floor(age * 365.25), male, true, v, migrantArea());
        newSpell(adult, v, day, startReason.inMigration);
        if (male) continue;
        let kids = 0;
        if (age >= 22 && rng() < R.migrantWithChildren) kids = rng() < 0.3 ? 2 : 1;
        if (kids === 0) { initialParity(adult, age); P.lastBirth[adult] = Math.min(P.lastBirth[adult], day - 400); continue; }
        P.parity[adult] = kids + (rng() < 0.3 ? 1 : 0);
        let youngest = -Infinity;
        for (let c = 0; c < kids; c++) {
          const childAge = rng() * Math.min(14, age - 20);
          const childBirth = day - 1 - Math.floor(childAge * 365.25);
          youngest = Math.max(youngest, childBirth);
          const child = newPerson(childBirth, rng() < R.maleBirth.normal, true, v, P.area[adult]);
          P.mother[child] = adult;
          newSpell(child, v, day, startReason.inMigration);
        }
        P.lastBirth[adult] = youngest;
      }
      const movers = randomPoisson.source(rng)(pop * R.hukouInflow)();
      for (let h = 0; h < movers; h++) {
        const day = uniformDay(y0, y1);
        const male = rng() < 0.2;
        const age = 21 + 11 * rng();
        const p = newPerson(day - 1 - Math.floor(age * 365.25), male, false, v, rng() < 0.7 ? hukouArea() : migrantArea());
        if (!male) { initialParity(p, age - 1); P.lastBirth[p] = Math.min(P.lastBirth[p], day - 400); }
        newSpell(p, v, day, startReason.inMigration);
      }
    }
  }

  return {
    villages, startYear, endYear, registerStart, extractDay, n,
    ...P, nSpells: nS,
    spVillage: S.village, spStart: S.start, spEnd: S.end, spReason: S.reason, spNext: S.next,
    perVillageYear: pv
  };
}

/** Probability that a birth of `order` on `day` to a mother aged `age` is within the policy. */
function complianceProbability(order: number, day: number, age: number, type: "村" | "社区"): number {
  const c = R.compliance;
  if (order === 1) return age < 20 ? c.firstUnder20 : c.first;
  if (order === 2) return day < twoChildDay ? c.secondBefore2016[type] : c.second;
  return day < threeChildDay ? c.higherBeforeThreeChild : c.higher;
}
const twoChildDay = dayFromDate(2016, 1, 1);
const threeChildDay = dayFromDate(2021, 5, 31);
