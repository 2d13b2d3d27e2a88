import {mkdtemp, readFile, readdir, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import {sampleDefaults} from "../../loaders/sample/sampleDefaults.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";
import {plantedFlawsFromReadme, readRows} from "./sampleHelpers.ts";

const temp: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sample-"));
  temp.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temp) await rm(dir, {recursive: true, force: true});
});

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

describe("generateSample", () => {
  test("generateSample() defaults: 10 villages, 27,000 people, 2014–2025, out data/sample", () => {
    expect(sampleDefaults).toEqual({people: 27_000, villages: 10, seed: 20_140_101, startYear: 2014, endYear: 2025, out: "data/sample"});
  });

  test("generateSample({people: 1500}) twice writes byte-identical files", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateSample({people: 1500, out: a});
    await generateSample({people: 1500, out: b});
    const fa = await filesOf(a);
    const fb = await filesOf(b);
    expect([...fa.keys()]).toEqual(["extract.json", "funding.csv", "persons.csv", "residence.csv", "services.csv", "villages.csv"]);
    for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name)!), name).toBe(true);
  });

  test("generateSample({seed}) with another seed writes another register", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateSample({people: 1500, out: a});
    await generateSample({people: 1500, seed: 7, out: b});
    expect((await readFile(join(a, "persons.csv"))).equals(await readFile(join(b, "persons.csv")))).toBe(false);
  });

  test("generateSample() with the defaults regenerates data/sample byte for byte, with the flaws listed in the README", async () => {
    const out = await tempDir();
    const summary = await generateSample({out});
    const fresh = await filesOf(out);
    const bundled = await filesOf("data/sample");
    expect([...bundled.keys()]).toEqual([...fresh.keys()]);
    for (const [name, bytes] of fresh) expect(bytes.equals(bundled.get(name)!), name).toBe(true);
    const readme = await readFile("loaders/sample/README.md", "utf8");
    expect(plantedFlawsFromReadme(readme)).toEqual(summary.flaws.map(({file, row, column, kind, what}) => ({file, row, column, kind, what})));
    // What npm run sample prints for each flaw, in the half-width punctuation of every message.
    for (const {what} of summary.flaws) expect(fullWidthPunctuation(what), what).toEqual([]);
    expect(summary.flaws.length).toBeGreaterThanOrEqual(10);
    expect(summary.flaws.length).toBeLessThanOrEqual(20);
  });

  test("generateSample({people, villages: 30}) spreads villages over towns and keeps codes unique and sorted", async () => {
    const out = await tempDir();
    const summary = await generateSample({people: 3000, villages: 30, out});
    const villages = readRows(out, "villages.csv");
    const codes = villages.map((v) => v.village_code);
    expect(summary.region).toBe("青石县");
    expect(new Set(codes).size).toBe(30);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes.map((c) => c.slice(6, 9))).size).toBe(2);
    expect(new Set(villages.map((v) => v.village_name)).size).toBe(30);
  });

  test("generateSample({people: 0}) rejects the option, naming it", async () => {
    await expect(generateSample({people: 0, out: await tempDir()})).rejects.toThrow("people must be a positive integer: 0");
  });
});
