import {randomLcg} from "d3";
import {plantFlaws} from "./plantFlaws.ts";
import {sampleDefaults, type SampleOptions} from "./sampleDefaults.ts";
import {simulateTown} from "./simulateTown.ts";
import {townVillages} from "./townVillages.ts";
import {writeSampleFiles, type PlantedFlaw} from "./writeSampleFiles.ts";

export interface SampleSummary {
  options: SampleOptions;
  region: string;
  villages: number;
  /** Person rows written (planted duplicates excluded). */
  persons: number;
  /** Residence spells written. */
  spells: number;
  /** Residents on 1 January of the first year and on 31 December of the last. */
  populationStart: number;
  populationEnd: number;
  births: number;
  flaws: PlantedFlaw[];
}

/**
 * Simulates a fictional town (青石镇 by default) and writes its register extract, format v1, to
 * `options.out`. The same options give byte-identical files. See loaders/sample/README.md.
 *
 * await generateSample({people: 2000, out: "/tmp/town"}) // writes villages.csv … extract.json
 */
export async function generateSample(options: Partial<SampleOptions> = {}): Promise<SampleSummary> {
  const o: SampleOptions = {...sampleDefaults, ...options};
  if (!Number.isInteger(o.seed)) throw new Error(`seed must be an integer: ${o.seed}`);
  if (!Number.isInteger(o.startYear) || !Number.isInteger(o.endYear) || o.startYear < 1950 || o.endYear > 2100) {
    throw new Error(`years must be integers between 1950 and 2100: ${o.startYear}–${o.endYear}`);
  }
  const villages = townVillages(o.villages, randomLcg((Math.abs(o.seed) + 3_000_017) % 2_147_483_647));
  const region = o.villages <= 15 ? "青石镇" : "青石县";
  const state = simulateTown({people: o.people, villages, seed: o.seed, startYear: o.startYear, endYear: o.endYear});
  const plan = plantFlaws(state, o.seed, o.people);
  const flaws = await writeSampleFiles(state, plan, o.out, region, o.seed);
  const pv = state.perVillageYear;
  const nYears = o.endYear - o.startYear + 1;
  let populationStart = 0;
  let births = 0;
  for (let v = 0; v < villages.length; v++) {
    populationStart += pv.population[v * nYears];
    for (let y = 0; y < nYears; y++) births += pv.births[v * nYears + y];
  }
  let populationEnd = 0;
  for (let i = 0; i < state.n; i++) if (state.spEnd[state.lastSpell[i]] === 2_147_483_647) populationEnd++;
  return {options: o, region, villages: villages.length, persons: state.n, spells: state.nSpells, populationStart, populationEnd, births, flaws};
}
