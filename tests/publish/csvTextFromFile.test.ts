import {csvParse} from "d3";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";

const root = mkdtempSync(join(tmpdir(), "csv-text-from-file-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("csvTextFromFile", () => {
  test("csvTextFromFile(path) drops the leading byte-order mark, so csvParse names the first column \"year\"", () => {
    const path = join(root, "marked.csv");
    writeFileSync(path, "\uFEFFyear,village_name\n2024,东村\n");
    const rows = csvParse(csvTextFromFile(path));
    expect(rows.columns).toEqual(["year", "village_name"]);
    expect(rows[0]).toEqual({year: "2024", village_name: "东村"});
  });

  test("csvTextFromFile(path) reads a file without the mark as it is, and drops one mark only", () => {
    const plain = join(root, "plain.csv");
    writeFileSync(plain, "year,village_name\n2024,东村\n");
    expect(csvTextFromFile(plain)).toBe("year,village_name\n2024,东村\n");
    const twice = join(root, "twice.csv");
    writeFileSync(twice, "\uFEFF\uFEFFyear\n");
    expect(csvTextFromFile(twice)).toBe("\uFEFFyear\n");
  });
});
