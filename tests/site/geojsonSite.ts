import {join} from "node:path";
import {beforeAll} from "vitest";
import {writeGeojsonTown} from "../support/geojsonTown.ts";
import {projectDir} from "./buildSite.ts";
import {useBuiltSite, type SampleSite} from "./sampleSite.ts";

// The extract is written to a fixed folder (writeGeojsonTown is deterministic), so that every test file
// using this site shares one build, and an unchanged site is not built again (buildSite's key includes
// the extract's path).
const extractDir = join(projectDir, "tests", "artifacts", "extract-geojson");

/**
 * useGeojsonSite() is useSampleSite for the sample with village boundaries (writeGeojsonTown), whose
 * 村居 page draws the boundary map: the extract is written, then its site built (or the identical earlier
 * build reused) into tests/artifacts/site-geojson, served and a chromium launched. `town` holds the
 * village codes and the two villages named 新村. Both objects are filled in by the hooks: read their
 * fields inside tests and later hooks only.
 */
export function useGeojsonSite(): {site: SampleSite; town: {codes: string[]; twins: string[]}} {
  const town = {} as {codes: string[]; twins: string[]};
  // Registered before the site's hooks, so the extract is written before it is built.
  beforeAll(async () => {
    Object.assign(town, await writeGeojsonTown(extractDir));
  });
  return {site: useBuiltSite(extractDir, "tests/artifacts/site-geojson", {ownOutputs: true}), town};
}
