import {afterEach, describe, expect, test} from "vitest";
import {readExtractMeta} from "../../loaders/read/index.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";
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
      "extract.json:字段 extract_date(提取日期)应为有效日期 YYYY-MM-DD / extract.json: field extract_date must be a valid date YYYY-MM-DD"
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

  test("readExtractMeta(dir) reads bulletin.issuer trimmed and bulletin.release_dates", async () => {
    const dir = await tempDir();
    const bulletin = {issuer: " 青石镇人口和计划生育办公室\u3000", release_dates: {"2025": "2026-03-20", "2024": "2025-01-01"}};
    await writeIn(dir, "extract.json", JSON.stringify({region: "青石镇", bulletin}));
    expect(await readExtractMeta(dir)).toEqual({
      region: "青石镇",
      bulletin: {issuer: "青石镇人口和计划生育办公室", release_dates: {"2024": "2025-01-01", "2025": "2026-03-20"}}
    });
  });

  test("readExtractMeta(path) rejects a release date on or before the last day of its year, saying what was expected", async () => {
    const dir = await tempDir();
    const error = await rejection(readExtractMeta(await writeIn(dir, "extract.json", '{"bulletin": {"release_dates": {"2025": "2025-12-31"}}}')));
    expect(error.message).toBe(
      "extract.json:字段 bulletin.release_dates.2025(2025年公报发布日期)应晚于 2025 年末(2026-01-01 或以后:2025 年的公报在次年或以后发布) / " +
        "extract.json: field bulletin.release_dates.2025 must be after the end of 2025 (2026-01-01 or later: a bulletin is released after its year)"
    );
    expect(error.file).toBe("extract.json");
    expect(error.column).toBe("bulletin.release_dates.2025");
  });

  test("readExtractMeta(path) rejects an empty, long or multi-line issuer, naming bulletin.issuer", async () => {
    const dir = await tempDir();
    const issuer = async (value: unknown) => rejection(readExtractMeta(await writeIn(dir, "extract.json", JSON.stringify({bulletin: {issuer: value}}))));
    const empty = await issuer(" \u3000 ");
    expect(empty.message).toBe(
      "extract.json:字段 bulletin.issuer(发布机关)应为 1—60 个字的文字(首尾空格不计) / extract.json: field bulletin.issuer must be a string of 1–60 characters (leading and trailing spaces not counted)"
    );
    expect(empty.column).toBe("bulletin.issuer");
    expect((await issuer("镇".repeat(61))).message).toContain("field bulletin.issuer must be a string of 1–60 characters");
    expect((await issuer(42)).message).toContain("field bulletin.issuer must be a string of 1–60 characters");
    expect((await issuer("青石镇\n统计站")).message).toContain("field bulletin.issuer must not hold a line break or another control character");
    // 60 characters are accepted.
    await writeIn(dir, "extract.json", JSON.stringify({bulletin: {issuer: "镇".repeat(60)}}));
    expect((await readExtractMeta(dir))?.bulletin?.issuer).toBe("镇".repeat(60));
  });

  test("readExtractMeta(path) rejects a bad key or date in bulletin.release_dates, naming it", async () => {
    const dir = await tempDir();
    const dates = async (value: unknown) => (await rejection(readExtractMeta(await writeIn(dir, "extract.json", JSON.stringify({bulletin: {release_dates: value}}))))).message;
    expect(await dates({"2025年": "2026-03-20"})).toContain('field bulletin.release_dates.2025年 must be keyed by the 4-digit year reported on, e.g. "2025", not "2025年"');
    expect(await dates({"2025": "2026-02-30"})).toBe(
      "extract.json:字段 bulletin.release_dates.2025(2025年公报发布日期)应为有效日期 YYYY-MM-DD / extract.json: field bulletin.release_dates.2025 must be a valid date YYYY-MM-DD"
    );
    expect(await dates({"2025": "2026/3/20"})).toContain("field bulletin.release_dates.2025 must be a valid date YYYY-MM-DD");
    expect(await dates({"2025": "9999-03-20"})).toContain("field bulletin.release_dates.2025 must be a date in the years 1880–2100");
    expect(await dates("2026-03-20")).toContain('field bulletin.release_dates must be a JSON object of release dates keyed by the year reported on, e.g. {"2025": "2026-03-20"}');
  });

  test("readExtractMeta(path) rejects a bulletin that is not an object, or with a field it does not know (a misspelling)", async () => {
    const dir = await tempDir();
    const bulletin = async (value: unknown) => (await rejection(readExtractMeta(await writeIn(dir, "extract.json", JSON.stringify({bulletin: value}))))).message;
    expect(await bulletin("青石镇统计站")).toContain("field bulletin must be a JSON object");
    const misspelt = await bulletin({issuer: "青石镇统计站", release_date: {"2025": "2026-03-20"}});
    expect(misspelt).toBe(
      "extract.json:字段 bulletin.release_date 不是公报设置的字段,可用字段为 issuer 和 release_dates / extract.json: field bulletin.release_date is not a bulletin setting: expected issuer or release_dates"
    );
  });
  test("readExtractMeta(path) writes half-width punctuation after Chinese text in every problem it reports", async () => {
    const dir = await tempDir();
    const contents = [
      "{region: 1",
      "[]",
      '{"region": ""}',
      '{"extract_date": "2023-02-30"}',
      '{"register_start": "1870-01-01"}',
      '{"register_start": "2025-01-01", "extract_date": "2024-12-31"}',
      '{"bulletin": "x"}',
      '{"bulletin": {"issuer": ""}}',
      '{"bulletin": {"issuer": "青石镇\\n统计站"}}',
      '{"bulletin": {"release_dates": "x"}}',
      '{"bulletin": {"release_dates": {"2025年": "2026-03-20"}}}',
      '{"bulletin": {"release_dates": {"2025": "2025-06-30"}}}',
      '{"bulletin": {"release_date": {}}}'
    ];
    const messages: string[] = [];
    for (const content of contents) messages.push((await rejection(readExtractMeta(await writeIn(dir, "extract.json", content)))).message);
    messages.push((await rejection(readExtractMeta(`${dir}/missing.json`))).message);
    for (const message of messages) expect(fullWidthPunctuation(message), message).toEqual([]);
    // Each content gave its own problem.
    expect(new Set(messages).size).toBe(messages.length);
  });
});
