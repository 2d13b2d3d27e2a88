import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {siteBulletinYears} from "../../loaders/bulletin/siteBulletinYears.ts";

const root = mkdtempSync(join(tmpdir(), "site-bulletin-years-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** A built site as Framework writes it: bulletin.html registers its data under a content hash. */
function site(name: string, {page = true, data}: {page?: boolean; data?: string} = {}): string {
  const dist = join(root, name);
  mkdirSync(join(dist, "_file", "data"), {recursive: true});
  if (page) writeFileSync(join(dist, "bulletin.html"), `<script type="module">\nregisterFile("./data/manifest.json", {"name":"./data/manifest.json","mimeType":"application/json","path":"./_file/data/manifest.11111111.json"});\nregisterFile("./data/bulletin.json", {"name":"./data/bulletin.json","mimeType":"application/json","path":"./_file/data/bulletin.0123abcd.json","lastModified":1,"size":2});\n</script>\n`);
  if (data !== undefined) writeFileSync(join(dist, "_file", "data", "bulletin.0123abcd.json"), data);
  return dist;
}

describe("siteBulletinYears", () => {
  test("siteBulletinYears(distDir) reads the years of the bulletin.json that bulletin.html registers, as they are", () => {
    expect(siteBulletinYears(site("built", {data: JSON.stringify({years: [2025, 2024, 2021], bulletins: {}})}))).toEqual([2025, 2024, 2021]);
  });

  test("siteBulletinYears(distDir) is undefined without a bulletin page, without its data file, or with data that is not a list of years", () => {
    expect(siteBulletinYears(join(root, "missing"))).toBeUndefined();
    expect(siteBulletinYears(site("no-page", {page: false, data: JSON.stringify({years: [2025]})}))).toBeUndefined();
    expect(siteBulletinYears(site("no-data"))).toBeUndefined();
    expect(siteBulletinYears(site("not-json", {data: "{"}))).toBeUndefined();
    expect(siteBulletinYears(site("not-years", {data: JSON.stringify({years: ["2025"]})}))).toBeUndefined();
  });
});
