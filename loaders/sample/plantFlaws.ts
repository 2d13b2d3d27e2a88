import {randomLcg} from "d3";
import {flag, openEnd, type TownState} from "./simulateTown.ts";

/** Service projects, in output order. */
export const serviceProjects = ["免费孕前优生健康检查", "孕产妇健康管理", "计划生育奖励扶助", "0-6岁儿童健康管理"] as const;

export type PersonFlaw =
  | {kind: "checkDigit"}
  | {kind: "birthDate"}
  | {kind: "duplicate"}
  | {kind: "motherMale"; male: number};

export type SpellFlaw = {kind: "noEndReason"} | {kind: "unknownVillage"};

/** Which rows get a deliberate flaw: by person index, by spell index, and one services row. */
export interface FlawPlan {
  persons: Map<number, PersonFlaw>;
  spells: Map<number, SpellFlaw>;
  servicesDuplicate: {yearIndex: number; village: number; project: number};
}

/** Number of ID numbers given a wrong check digit. */
const wrongCheckDigits = 4;

/**
 * Chooses the flawed rows a real register has (see loaders/sample/README.md) with its own
 * `randomLcg` stream, so the choice depends only on the seed and the simulated town.
 */
export function plantFlaws(state: TownState, seed: number, initialPeople: number): FlawPlan {
  const rng = randomLcg((Math.abs(seed) + 1_000_003) % 2_147_483_647);
  const persons = new Map<number, PersonFlaw>();
  const spells = new Map<number, SpellFlaw>();
  const flawedPeople = new Set<number>();

  // Scans from a random start for a person matching `ok` who has no flaw yet.
  const pick = (limit: number, ok: (i: number) => boolean): number => {
    const from = Math.floor(rng() * limit);
    for (let k = 0; k < limit; k++) {
      const i = (from + k) % limit;
      if (!flawedPeople.has(i) && ok(i)) { flawedPeople.add(i); return i; }
    }
    throw new Error("the town is too small to plant the sample's flaws");
  };
  const initial = Math.min(initialPeople, state.n);
  for (let k = 0; k < wrongCheckDigits; k++) persons.set(pick(initial, () => true), {kind: "checkDigit"});
  persons.set(pick(initial, () => true), {kind: "birthDate"});
  persons.set(pick(initial, () => true), {kind: "duplicate"});
  const linked = flag.bornInPeriod | flag.motherLinked;
  const baby = pick(state.n, (i) => (state.flags[i] & linked) === linked);
  const adultMale = pick(initial, (i) => (state.flags[i] & flag.male) !== 0 && state.registerStart - state.birth[i] > 25 * 365.25);
  persons.set(baby, {kind: "motherMale", male: adultMale});

  const spellOf = (ok: (s: number) => boolean): number => {
    const person = pick(initial, (i) => {
      for (let s = state.firstSpell[i]; s >= 0; s = state.spNext[s]) if (ok(s)) return true;
      return false;
    });
    let s = state.firstSpell[person];
    while (!ok(s)) s = state.spNext[s];
    return s;
  };
  spells.set(spellOf((s) => state.spEnd[s] !== openEnd), {kind: "noEndReason"});
  spells.set(spellOf(() => true), {kind: "unknownVillage"});

  const servicesDuplicate = {
    yearIndex: Math.floor(rng() * (state.endYear - state.startYear + 1)),
    village: Math.floor(rng() * state.villages.length),
    project: Math.floor(rng() * serviceProjects.length)
  };
  return {persons, spells, servicesDuplicate};
}
