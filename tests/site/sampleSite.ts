import type {Browser} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {serveDist, type DistServer} from "../../loaders/site/serveDist.ts";
import {launchBrowser} from "./browser.ts";
import {buildSite, sampleSiteDir} from "./buildSite.ts";

/** The sample's site as a test file sees it once its hooks have run. */
export interface SampleSite {
  /** Where the site is served on localhost, without a trailing slash. */
  url: string;
  /** The built site (dist) on disk. */
  outDir: string;
  /** The pipeline outputs the site was built on. */
  outputsDir: string;
  browser: Browser;
}

/**
 * useSampleSite() registers the hooks of a page test file: before its tests, the site of data/sample is
 * built (or the identical earlier build reused, see buildSite), served and a chromium launched; after
 * them, both are closed. The returned object is filled in by the first hook, so read its fields inside
 * tests and later hooks only.
 */
export function useSampleSite(): SampleSite {
  return useBuiltSite("data/sample", sampleSiteDir);
}

/**
 * useBuiltSite(dataDir, outDir, {env, ownOutputs}) is useSampleSite for any extract and build folder:
 * the extract's site is built with `env` (default process.env) into outDir. ownOutputs: the pipeline
 * runs on this extract, never on ready-made outputs named by POP_PIPELINE_OUTPUTS (the sample's, in a
 * test run). Hooks registered before this call (writing the extract, say) run before the build.
 */
export function useBuiltSite(dataDir: string, outDir: string, {env = process.env, ownOutputs = false}: {env?: NodeJS.ProcessEnv; ownOutputs?: boolean} = {}): SampleSite {
  const site = {} as SampleSite;
  let server: DistServer | undefined;
  beforeAll(async () => {
    const {POP_PIPELINE_OUTPUTS: _readyMade, ...withoutReadyMade} = env;
    const build = await buildSite(dataDir, outDir, {env: ownOutputs ? withoutReadyMade : env});
    server = await serveDist(build.outDir);
    Object.assign(site, {url: server.url, outDir: build.outDir, outputsDir: build.outputsDir, browser: await launchBrowser()});
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
