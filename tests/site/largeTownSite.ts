import {rm} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll} from "vitest";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import {projectDir} from "./buildSite.ts";
import {useBuiltSite, type SampleSite} from "./sampleSite.ts";

/**
 * The large town's villages: more than the 50 rows the villages table builds at first, and one more
 * than the 60 villages up to which the coverage heat map prints each cell's value (cellLabelsShown).
 */
export const largeTownVillages = 61;

// The extract is written to a fixed folder (the generator is deterministic), so that every test file
// using this site shares one build, and an unchanged site is not built again on the next run
// (buildSite's key includes the extract's path).
const extractDir = join(projectDir, "tests", "artifacts", "extract-61-villages");

/**
 * useLargeTownSite() is useSampleSite for a generated town of 12,000 people in largeTownVillages
 * villages: the extract is written, then its site built (or the identical earlier build reused) into
 * tests/artifacts/site-61-villages, served and a chromium launched.
 */
export function useLargeTownSite(): SampleSite {
  // Registered before the site's hooks, so the extract is written before it is built.
  beforeAll(async () => {
    await rm(extractDir, {recursive: true, force: true});
    await generateSample({people: 12_000, villages: largeTownVillages, out: extractDir});
  });
  return useBuiltSite(extractDir, "tests/artifacts/site-61-villages", {ownOutputs: true});
}
