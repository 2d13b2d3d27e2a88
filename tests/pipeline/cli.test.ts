import {execFile} from "node:child_process";
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, test} from "vitest";
import {writeExtract} from "../support/writeExtract.ts";

const run = promisify(execFile);

/** Runs the CLI as a user would; resolves with its exit code and output, never throws. */
async function cli(...args: string[]) {
  try {
    const {stdout, stderr} = await run(join("node_modules", ".bin", "tsx"), ["loaders/cli.ts", ...args], {encoding: "utf8"});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

const valid = {
  villages: [{village_code: "V1", village_name: "东村"}],
  persons: [{person_id: "P1", sex: "女", birth_date: "1990-01-01", hukou_type: "户籍"}],
  residence: [{person_id: "P1", village_code: "V1", start_date: "2020-01-01", start_reason: "期初"}],
  meta: {register_start: "2020-01-01", extract_date: "2021-12-31"}
};

describe("pipeline CLI", () => {
  test("cli --input DIR --out DIR reports per-file counts and exits 0", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "out");
    const result = await cli("--input", writeExtract(valid), "--out", out);
    expect(result.code).toBe(0);
    // Half-width punctuation after Chinese text, no space after it, as every message writes it.
    expect(result.stderr.split("\n")).toContain("  persons.csv:读入 1 行,采用 1,拒绝 0,警告 0");
    expect(readdirSync(out)).toContain("village_year.csv");
  });

  test("cli on a folder that does not exist exits 1 with one message and no stack trace", async () => {
    const result = await cli("--input", "/nonexistent/extract", "--out", join(tmpdir(), "never"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/nonexistent/extract");
    expect(result.stderr).not.toMatch(stackTrace);
  });

  test("cli on a file missing a required column names the file and the column", async () => {
    const input = writeExtract(valid);
    writeFileSync(join(input, "persons.csv"), "person_id,sex,hukou_type\nP1,女,户籍\n");
    const result = await cli("--input", input, "--out", join(tmpdir(), "never"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("persons.csv");
    expect(result.stderr).toContain("birth_date");
    expect(result.stderr).not.toMatch(stackTrace);
  });

  test("cli with a bad value (--min-cell many) exits 2 with the message in Chinese and English, and the usage, as for a misspelt option", async () => {
    const result = await cli("--min-cell", "many");
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe("错误 / error: --min-cell 应为非负整数 / must be a whole number ≥ 0: many");
    expect(lines[1]).toMatch(/^用法 \/ usage: npm run pipeline/);
    expect(result.stderr).not.toMatch(stackTrace);
  });

  test("cli with a misspelt, valueless or stray argument exits 2 with a message in Chinese and English, and the usage", async () => {
    const cases: [string[], string][] = [
      [["--inptu", "data/sample"], "错误 / error: 未知选项 --inptu,是否想写 --input? / unknown option '--inptu' (did you mean --input?)"],
      [["--nonsense"], "错误 / error: 未知选项 --nonsense / unknown option '--nonsense'"],
      [["--out"], "错误 / error: 选项 --out 缺少取值 / option '--out' needs a value"],
      [["--quiet=yes"], "错误 / error: 选项 --quiet 不带取值 / option '--quiet' takes no value"],
      [["data/sample"], "错误 / error: 多余的参数 data/sample:本命令的参数都以 -- 开头的选项给出 / unexpected argument 'data/sample': give everything as --options"]
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(" ")).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0], args.join(" ")).toBe(message);
      expect(lines[1]).toMatch(/^用法 \/ usage: npm run pipeline/);
    }
  });

  test("cli with a --memory-limit that is not a size (lots, 0MB, 80%) exits 2 naming the option, before reading anything", async () => {
    for (const limit of ["lots", "0MB", "80%"]) {
      const result = await cli("--input", writeExtract(valid), "--out", join(tmpdir(), "never"), `--memory-limit=${limit}`);
      expect(result.code, limit).toBe(2);
      expect(result.stderr).toContain(`--memory-limit 应为正数加单位,如 2GB、512MB / must be a size with a unit, e.g. 2GB or 512MB: ${limit}`);
    }
  });

  test("cli with a --memory-limit too small for the extract exits 2 saying to raise it, without DuckDB's advice or a stack trace", async () => {
    const result = await cli("--input", writeExtract(valid), "--out", join(mkdtempSync(join(tmpdir(), "cli-")), "out"), "--memory-limit", "1MB");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("DuckDB ran out of memory within its limit of 1MB: raise --memory-limit");
    expect(result.stderr).not.toContain("internal error");
    expect(result.stderr).not.toContain("SET memory_limit");
    expect(result.stderr).not.toMatch(stackTrace);
  });

  test("cli --db FILE run twice keeps the second run's database; a failed run leaves the first in place", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cli-db-"));
    const db = join(folder, "register.duckdb");
    const input = writeExtract(valid);
    for (let run = 0; run < 2; run++) expect((await cli("--input", input, "--out", join(folder, "out"), "--db", db, "--quiet")).code).toBe(0);
    const persons = async () => {
      const instance = await DuckDBInstance.create(db);
      const connection = await instance.connect();
      const n = Number((await connection.runAndReadAll("SELECT count(*) AS n FROM persons")).getRowObjects()[0]!.n);
      connection.closeSync();
      instance.closeSync();
      return n;
    };
    expect(await persons()).toBe(1);
    writeFileSync(join(input, "persons.csv"), "person_id,sex,hukou_type\nP1,女,户籍\n"); // no birth_date column
    expect((await cli("--input", input, "--out", join(folder, "out"), "--db", db, "--quiet")).code).toBe(1);
    expect(await persons()).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(["out", "register.duckdb"]);
  });

  test("cli --db naming a file that is not a DuckDB database, or in a missing folder, exits 2 and leaves the file as it was", async () => {
    const input = writeExtract(valid);
    const persons = join(input, "persons.csv");
    const before = readFileSync(persons);
    const result = await cli("--input", input, "--out", join(tmpdir(), "never"), "--db", persons);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--db: 已存在且不是 DuckDB 数据库,不会覆盖 / exists and is not a DuckDB database, so it is not replaced: ${persons}`);
    expect(readFileSync(persons).equals(before)).toBe(true);
    const missing = await cli("--input", input, "--out", join(tmpdir(), "never"), "--db", "/no/such/folder/x.duckdb");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--db: 文件夹不存在 / its folder does not exist: /no/such/folder");
  });

  test("cli with a --temp-dir that is not an existing folder exits 2 naming it", async () => {
    const missing = join(tmpdir(), "no-such-spill-folder");
    const result = await cli("--input", writeExtract(valid), "--out", join(tmpdir(), "never"), "--temp-dir", missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--temp-dir: 不是已存在的文件夹 / not an existing folder: ${missing}`);
  });
});
