import {afterEach, describe, expect, test} from "vitest";
import {readExtractMeta} from "../../loaders/read/index.ts";
import {rejection, removeTempDirs, tempDir, writeIn} from "./helpers.ts";

afterEach(removeTempDirs);

describe("readExtractMeta", () => {
  test("readExtractMeta(dir) returns undefined when the folder has no extract.json", async () => {
    expect(await readExtractMeta(await tempDir())).toBeUndefined();
  });

  test("readExtractMeta(dir) reads the fields and ignores unknown ones", async () => {
    const dir = await tempDir();
    const meta = {region: "青山镇", register_start: "2015-01-01", extract_date: "2024-12-31", producer: "x"};
    await writeIn(dir, "extract.json", `\ufeff${JSON.stringify(meta)}`);
    expect(await readExtractMeta(dir)).toEqual({region: "青山镇", register_start: "2015-01-01", extract_date: "2024-12-31"});
  });

  test("readExtractMeta(path) accepts an empty object", async () => {
    const dir = await tempDir();
    expect(await readExtractMeta(await writeIn(dir, "extract.json", "{}"))).toEqual({});
  });

  test("readExtractMeta(path) names the file on bad JSON", async () => {
    const dir = await tempDir();
    const error = await rejection(readExtractMeta(await writeIn(dir, "extract.json", "{region: 1")));
    expect(error.message).toContain("extract.json is not valid UTF-8 JSON");
    expect(error.file).toBe("extract.json");
  });

  test("readExtractMeta(path) names the field of an impossible date", async () => {
    const dir = await tempDir();
    const error = await rejection(readExtractMeta(await writeIn(dir, "extract.json", '{"extract_date": "2023-02-30"}')));
    expect(error.message).toBe(
      "extract.json：字段 extract_date（提取日期）应为有效日期 YYYY-MM-DD / extract.json: field extract_date must be a valid date YYYY-MM-DD"
    );
    expect(error.column).toBe("extract_date");
  });

  test("readExtractMeta(path) rejects a register start after the extract date", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "extract.json", '{"register_start": "2025-01-01", "extract_date": "2024-12-31"}');
    const error = await rejection(readExtractMeta(path));
    expect(error.message).toContain("field register_start is after extract_date");
  });

  test("readExtractMeta(path) rejects a JSON array and a missing file", async () => {
    const dir = await tempDir();
    const error = await rejection(readExtractMeta(await writeIn(dir, "extract.json", "[]")));
    expect(error.message).toContain("extract.json must be a JSON object");
    const missing = await rejection(readExtractMeta(`${dir}/other.json`));
    expect(missing.message).toContain("other.json not found");
  });
});
