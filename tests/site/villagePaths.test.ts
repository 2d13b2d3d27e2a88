import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, expect, test} from "vitest";
import {villagePaths} from "../../loaders/site/villagePaths.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pop-village-paths-"));
  await writeFile(join(dir, "village_year.csv"), [
    "year,village_code,village_name",
    "2024,330781101002,溪口社区",
    "2024,TOWN,全镇",
    "2024,330781101001,青石社区",
    "2025,330781101001,青石社区",
    '2025,"a/b",斜杠村',
    "2025,V-01_x,<script>alert(1)</script>"
  ].join("\n") + "\n");
});
afterAll(async () => {
  await rm(dir, {recursive: true, force: true});
});

test("villagePaths(outputsDir) reads a village_year.csv that begins with the byte-order mark and has village_code first", async () => {
  // The pipeline writes every CSV with the mark; the code column is found by its name wherever it stands.
  const marked = await mkdtemp(join(tmpdir(), "pop-village-paths-bom-"));
  await writeFile(join(marked, "village_year.csv"), "\uFEFFvillage_code,year\n330781101001,2024\nTOWN,2024\n");
  expect(await villagePaths(marked)).toEqual(["/villages/330781101001"]);
  await rm(marked, {recursive: true, force: true});
});

test("villagePaths(outputsDir) lists each village once, sorted, without the town and without codes unfit for a URL", async () => {
  expect(await villagePaths(dir)).toEqual(["/villages/330781101001", "/villages/330781101002", "/villages/V-01_x"]);
});
