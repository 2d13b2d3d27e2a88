import {existsSync, readFileSync} from "node:fs";
import {mkdir, mkdtemp, readdir, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {bundledPackages, optionalPackages, prepareOfflineCache, type OfflineCacheResult} from "../../loaders/site/prepareOfflineCache.ts";
import {projectDir} from "./buildSite.ts";

const installed = (name: string) => JSON.parse(readFileSync(join(projectDir, "node_modules", name, "package.json"), "utf-8")).version;

describe("prepareOfflineCache", () => {
  let root: string;
  let first: OfflineCacheResult;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "pop-npm-cache-"));
    first = await prepareOfflineCache(projectDir, {root});
  });
  afterAll(async () => {
    await rm(root, {recursive: true, force: true});
  });

  test("prepareOfflineCache(projectDir, {root}) writes one self-contained module per browser package, at the installed version", () => {
    expect(first.rebuilt).toBe(true);
    expect(first.npmDir).toBe(join(root, ".observablehq", "cache", "_npm"));
    for (const name of bundledPackages) {
      expect(first.versions[name]).toBe(installed(name));
      const source = readFileSync(join(first.npmDir, `${name}@${installed(name)}`, "_esm.js"), "utf-8");
      // No import left for Framework to resolve through the registry or the CDN.
      expect(source, name).not.toMatch(/\bimport\s*\(\s*["'`]|\bfrom\s*["'][^"']+["']|\bimport\s*["']/);
    }
  });

  test("prepareOfflineCache(projectDir, {root}) gives every optional package a version folder without a module", async () => {
    for (const name of optionalPackages) {
      const dir = join(first.npmDir, `${name}@${first.versions[name]}`);
      expect(existsSync(dir), name).toBe(true);
      expect(await readdir(dir), name).toEqual([]);
    }
  });

  test("prepareOfflineCache(projectDir, {root}) bundles modules that work (d3-dsv parses CSV)", async () => {
    const dsv = await import(pathToFileURL(join(first.npmDir, `d3-dsv@${installed("d3-dsv")}`, "_esm.js")).href);
    expect(dsv.csvParse("a,b\n1,x\n")).toEqual(Object.assign([{a: "1", b: "x"}], {columns: ["a", "b"]}));
  });

  test("prepareOfflineCache(projectDir, {root}) leaves an up-to-date cache alone and removes a stale version folder otherwise", async () => {
    expect((await prepareOfflineCache(projectDir, {root})).rebuilt).toBe(false);
    // A higher version folder without a module, as an online Framework run leaves behind.
    await mkdir(join(first.npmDir, "d3@99.0.0"));
    const again = await prepareOfflineCache(projectDir, {root});
    expect(again.rebuilt).toBe(true);
    expect(existsSync(join(first.npmDir, "d3@99.0.0"))).toBe(false);
    expect(existsSync(join(first.npmDir, `d3@${installed("d3")}`, "_esm.js"))).toBe(true);
  });
});
