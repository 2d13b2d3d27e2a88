import {readdirSync, readFileSync} from "node:fs";
import {extname, join, relative} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {buildSite, canUnshareNetwork, sampleSiteDir, type SiteBuild} from "./buildSite.ts";

/** XML namespace URIs appear as strings in DOM libraries; they are identifiers, never fetched. */
const namespaceHosts = new Set(["www.w3.org"]);

function textFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && [".html", ".js", ".css", ".json"].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module specifier in a JavaScript or HTML text that is neither relative nor absolute-path. */
function bareSpecifiers(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g),
    ...text.matchAll(/\b(?:import|export)\b[^;"'`]*?\bfrom\s*(["'])([^"']+)\1/g),
    ...text.matchAll(/\bimport\s*(["'])([^"']+)\1/g)
  ].map((match) => match[2]);
  return specifiers.filter((specifier) => !/^(\.{1,2}\/|\/)/.test(specifier));
}

describe("the site builds and runs with no internet", () => {
  let site: SiteBuild;
  beforeAll(async () => {
    // Reused when the page tests already built the same inputs (also in the namespace: the key says so).
    site = await buildSite("data/sample", sampleSiteDir);
  });

  test.skipIf(!canUnshareNetwork())("buildSite(data/sample) succeeds inside a network namespace with only loopback", () => {
    expect(site.offline).toBe(true);
    expect(site.log).toMatch(/render \/index/);
    // Framework logs "npm:<name> → …" when it resolves or downloads a module instead of using the cache.
    expect(site.log).not.toMatch(/unable to (fetch|resolve)|fetch failed|ENOTFOUND|EAI_AGAIN/);
    expect(site.log).not.toMatch(/^npm:/m);
  });

  test("buildSite(data/sample) writes no URL of a host other than XML namespaces into dist", () => {
    const hosts = new Map<string, string>();
    for (const file of textFiles(site.outDir)) {
      for (const [, host] of readFileSync(file, "utf-8").matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)) {
        if (!namespaceHosts.has(host.toLowerCase())) hosts.set(host, relative(site.outDir, file));
      }
    }
    expect(Object.fromEntries(hosts)).toEqual({});
  });

  test("buildSite(data/sample) leaves no bare module specifier (import(\"pkg\")) in the built pages and modules", () => {
    const bare: string[] = [];
    const files = textFiles(site.outDir).filter((file) => [".html", ".js"].includes(extname(file)));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) for (const specifier of bareSpecifiers(readFileSync(file, "utf-8"))) bare.push(`${relative(site.outDir, file)}: ${specifier}`);
    expect(bare).toEqual([]);
  });

  test("bareSpecifiers(text) finds the bare imports Framework leaves when it cannot resolve a package", () => {
    expect(bareSpecifiers(`const m = import("htl"); import {x} from "./a.js"; import("../b.js"); export * from "d3";`)).toEqual(["htl", "d3"]);
  });
});
