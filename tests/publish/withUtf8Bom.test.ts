import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {withUtf8Bom} from "../../loaders/publish/withUtf8Bom.ts";

const root = mkdtempSync(join(tmpdir(), "with-utf8-bom-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** A fresh folder holding one file `name` with `bytes`; returns the file's path. */
function fileWith(bytes: Buffer | string, name = "village_year.csv"): string {
  const dir = mkdtempSync(join(root, "case-"));
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

describe("withUtf8Bom", () => {
  test("withUtf8Bom(path) puts EF BB BF before the file's bytes, changes nothing else and leaves no other file", async () => {
    // Several read chunks (64 KiB each) of Chinese text, so the copy has to join them in order.
    const lines = ["year,village_code,village_name"];
    for (let i = 0; i < 20_000; i++) lines.push(`${2000 + (i % 26)},${String(i).padStart(5, "0")},青石村${i}`);
    const original = Buffer.from(lines.join("\n") + "\n");
    expect(original.length).toBeGreaterThan(4 * 65_536);
    const path = fileWith(original);
    await withUtf8Bom(path);
    expect(readFileSync(path).equals(Buffer.concat([bom, original]))).toBe(true);
    expect(readdirSync(join(path, ".."))).toEqual(["village_year.csv"]);
  });

  test("withUtf8Bom(path) on a file that already begins with the mark leaves it byte for byte: the mark is never doubled", async () => {
    const path = fileWith("year,村\n2024,东村\n");
    await withUtf8Bom(path);
    const once = readFileSync(path);
    await withUtf8Bom(path);
    expect(readFileSync(path).equals(once)).toBe(true);
    expect(once.subarray(0, 3).equals(bom)).toBe(true);
    expect(once.subarray(3, 6).equals(bom)).toBe(false);
  });

  test("withUtf8Bom(path) on an empty file, or one that begins with only part of the mark, writes the whole mark first", async () => {
    const empty = fileWith("");
    await withUtf8Bom(empty);
    expect(readFileSync(empty).equals(bom)).toBe(true);
    const partial = fileWith(Buffer.from([0xef, 0xbb]));
    await withUtf8Bom(partial);
    expect(readFileSync(partial).equals(Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb]))).toBe(true);
  });

  test("withUtf8Bom(path) of a missing file rejects and writes nothing", async () => {
    const dir = mkdtempSync(join(root, "missing-"));
    await expect(withUtf8Bom(join(dir, "absent.csv"))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
