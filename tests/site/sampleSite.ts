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
  const site = {} as SampleSite;
  let server: DistServer | undefined;
  beforeAll(async () => {
    const build = await buildSite("data/sample", sampleSiteDir);
    server = await serveDist(build.outDir);
    Object.assign(site, {url: server.url, outDir: build.outDir, outputsDir: build.outputsDir, browser: await launchBrowser()});
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
