import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {projectDir, runCli, stackTrace} from "../hostile/runCli.ts";
import {writeSmallTown} from "../support/smallTown.ts";
import {writeExtract} from "../support/writeExtract.ts";

const work = mkdtempSync(join(tmpdir(), "bulletin-cli-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** `tsx loaders/bulletin/cli.ts …args` as `npm run bulletin -- …args` runs it, with its own dist folder. */
function bulletinCli(...args: string[]) {
  return spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), ["loaders/bulletin/cli.ts", "--dist", join(work, "dist"), ...args], {
    cwd: projectDir,
    encoding: "utf8",
    timeout: 30_000
  });
}

describe("npm run bulletin (arguments)", () => {
  test("bulletin --help prints every option and builds nothing", () => {
    const result = bulletinCli("--help");
    expect(result.status).toBe(0);
    for (const option of ["--year", "--out", "--input", "--reuse", "--dist", "--help"]) expect(result.stdout).toContain(option);
    expect(readdirSync(work)).toEqual([]);
  });

  test("bulletin with a misspelt option stops with exit 2, the message in Chinese and English with the option meant, and the usage, and builds nothing", () => {
    const result = bulletinCli("--yaer", "2025");
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe("错误 / error: 未知选项 --yaer,是否想写 --year? / unknown option '--yaer' (did you mean --year?)");
    expect(lines[1]).toBe("用法 / usage: npm run bulletin -- --year 2025 [options]");
    expect(result.stderr).not.toMatch(stackTrace);
    expect(readdirSync(work)).toEqual([]);
  });

  test("bulletin with a bad value (--year next, or no --year) stops with exit 2, the message in Chinese and English, and the usage, and builds nothing", () => {
    for (const [args, message] of [
      [["--year", "next"], "错误 / error: --year 应为四位年份 / must be a year: next"],
      [[], "错误 / error: --year 应为四位年份 / must be a year: (缺少 / missing)"]
    ] as const) {
      const result = bulletinCli(...args);
      expect(result.status, args.join(" ")).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0]).toBe(message);
      expect(lines[1]).toBe("用法 / usage: npm run bulletin -- --year 2025 [options]");
      expect(result.stderr).not.toMatch(stackTrace);
    }
    expect(readdirSync(work)).toEqual([]);
  });

  test("bulletin --out <a folder> stops before building the site, saying it must name a PDF file", () => {
    const result = bulletinCli("--year", "2025", "--out", work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--out ${work} 是文件夹`);
    expect(result.stderr).not.toContain("正在构建站点");
    expect(readdirSync(work)).toEqual([]);
  });
});

describe("npm run bulletin (the year, checked before anything is built)", () => {
  // Killed with its whole process group after 60 s: a regression that starts the site build stops there.
  const options = {script: "loaders/bulletin/cli.ts", timeoutMs: 60_000, env: {...process.env, POP_PIPELINE_OUTPUTS: "", POP_MIN_CELL: ""}};

  test("bulletin --year <a year the register does not report> stops with exit 2 and one line naming the reported years, builds nothing, writes no PDF", async () => {
    const root = mkdtempSync(join(tmpdir(), "bulletin-year-"));
    try {
      // The register reports the calendar years whole between register_start and extract_date: 2020—2022.
      mkdirSync(join(root, "extract"));
      const input = writeExtract({
        meta: {register_start: "2020-01-01", extract_date: "2022-12-31"},
        villages: [{village_code: "V1", village_name: "东村"}],
        persons: [{person_id: "A", sex: "女", birth_date: "1980-01-01", hukou_type: "户籍"}],
        residence: [{person_id: "A", village_code: "V1", start_date: "2020-01-01", start_reason: "期初"}]
      }, join(root, "extract"));
      for (const year of ["2031", "2019", "2023"]) {
        const result = await runCli(["--year", year, "--input", input, "--dist", join(root, "dist"), "--out", join(root, `bulletin-${year}.pdf`)], options);
        expect(result.timedOut, result.stderr).toBe(false);
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(`${year} 年不在登记报告的年份内(2020—2022)`);
        expect(result.stderr).not.toMatch(stackTrace);
        expect(result.stderr).not.toContain("正在构建站点");
      }
      expect(readdirSync(root)).toEqual(["extract"]);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  }, 120_000);

  test("bulletin --year <a year of no bulletin> on a register that reports no year says so, exit 2, nothing built", async () => {
    const root = mkdtempSync(join(tmpdir(), "bulletin-year-"));
    try {
      // writeSmallTown's register covers 2020 whole; here it stops before the end of the year.
      const input = writeSmallTown();
      writeFileSync(join(input, "extract.json"), JSON.stringify({register_start: "2020-01-01", extract_date: "2020-12-30"}));
      const result = await runCli(["--year", "2020", "--input", input, "--dist", join(root, "dist"), "--out", join(root, "b.pdf")], options);
      rmSync(input, {recursive: true, force: true});
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trimEnd().split("\n").at(-1)).toMatch(/^2020 年不在登记报告的年份内\(.*没有可报告的年份\)$/);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  }, 120_000);

  test("bulletin --reuse --year <a year the built site has no bulletin of> stops with exit 2 naming the site's years, before printing", async () => {
    const root = mkdtempSync(join(tmpdir(), "bulletin-year-"));
    try {
      // A built site as Framework writes it: bulletin.html registers its data file under a content hash.
      const dist = join(root, "dist");
      mkdirSync(join(dist, "_file", "data"), {recursive: true});
      writeFileSync(join(dist, "bulletin.html"), `<script type="module">\nregisterFile("./data/bulletin.json", {"name":"./data/bulletin.json","mimeType":"application/json","path":"./_file/data/bulletin.0123abcd.json","lastModified":1,"size":2});\n</script>\n`);
      writeFileSync(join(dist, "_file", "data", "bulletin.0123abcd.json"), JSON.stringify({years: [2025, 2024, 2023, 2021], bulletins: {}}));
      const result = await runCli(["--reuse", "--year", "2022", "--dist", dist, "--out", join(root, "b.pdf")], options);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trimEnd()).toBe("2022 年不在登记报告的年份内(2021、2023—2025)");
      expect(readdirSync(root)).toEqual(["dist"]);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  }, 120_000);
});
