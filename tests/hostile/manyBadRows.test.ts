/**
 * Many bad rows (issue 5): 10,000 bad rows among a million good ones are each counted exactly while
 * the report stays bounded (quality.json lists 20 rows per reason; rejects.csv holds at most
 * 100,000 rows). The million-row register is made by the sample generator, then 10,000 of its
 * residence rows are corrupted deterministically. This is the suite's one long run (about a minute).
 */
import {readFileSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {expectAccounted, expectCompleteOutputs, popEnd, readCsv, readQuality, rejectsFor} from "./outputs.ts";
import {runCli, stackTrace} from "./runCli.ts";
import {town} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-many-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("many bad rows", () => {
  test("cli on 10,000 bad residence rows among a million good ones counts each exactly, lists 20 and publishes the rest right", {timeout: 300_000}, async () => {
    const input = join(root, "county");
    const sample = await generateSample({people: 700_000, out: input});
    const path = join(input, "residence.csv");
    const [header, ...lines] = readFileSync(path, "utf8").split("\n");
    if (lines.at(-1) === "") lines.pop();
    expect(header).toBe("person_id,village_code,start_date,start_reason,end_date,end_reason");
    expect(lines.length).toBeGreaterThan(1_000_000);

    // Corrupt every k-th open spell (no end date) that the generator did not already flaw: an
    // impossible start date, rejected as invalid_date; each one removes a person from pop_end.
    const flawed = new Set(sample.flaws.filter((f) => f.file === "residence.csv").map((f) => f.row));
    const open = lines.flatMap((line, i) => (line.endsWith(",,") && !flawed.has(i + 1) ? [i] : []));
    const step = Math.floor(open.length / 10_000);
    const corrupted = Array.from({length: 10_000}, (_, k) => open[k * step]!);
    for (const i of corrupted) {
      const cells = lines[i]!.split(",");
      cells[2] = "2019-02-30";
      lines[i] = cells.join(",");
    }
    writeFileSync(path, [header, ...lines, ""].join("\n"));

    // Expected pop_end of the last year: open spells in a known village, minus the corrupted ones.
    const villages = new Set(readFileSync(join(input, "villages.csv"), "utf8").split("\n").slice(1).map((l) => l.split(",")[0]));
    const expectedEnd = lines.filter((l) => l.endsWith(",,") && villages.has(l.split(",")[1]!) && !l.includes(",2019-02-30,")).length;

    const out = join(root, "out");
    const result = await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 280_000});
    expect(result.timedOut).toBe(false);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.code, result.stderr).toBe(0);
    expectCompleteOutputs(out);
    expectAccounted(out);

    const q = readQuality(out);
    const residence = q.files.find((f) => f.file === "residence.csv")!;
    expect(residence.read).toBe(lines.length);
    // The generator's own residence flaws are rejects too (an unknown village, an end without reason).
    expect(residence.rejected).toBe(10_000 + flawed.size);
    const invalid = rejectsFor(q, "residence.csv", "invalid_date")!;
    expect(invalid.count).toBe(10_000);
    expect(invalid.rows).toEqual(corrupted.slice(0, 20).map((i) => i + 1));
    const listed = readCsv(join(out, "rejects.csv")).filter((r) => r.reason === "invalid_date");
    expect(listed.map((r) => Number(r.row))).toEqual(corrupted.map((i) => i + 1));
    expect(new Set(listed.map((r) => r.column))).toEqual(new Set(["start_date"]));

    const lastYear = Number(JSON.parse(readFileSync(join(input, "extract.json"), "utf8")).extract_date.slice(0, 4));
    expect(popEnd(out, lastYear, "TOWN")).toBe(expectedEnd);
    expect(q.balance.rows_failed).toBe(0);
  });

  test("cli on 100,050 bad services rows among 100,100 good ones caps rejects.csv at 100,000 rows and still counts all of them", async () => {
    const t = town();
    const input = writeExtract({...t, services: []}, mkdtempSync(join(root, "services-")));
    const bad = Array.from({length: 100_050}, (_, i) => `二〇二一,V1,项目${i},10,8`).join("\n");
    // As many good rows and a few more after them (one project, added up): a file with more than
    // half its rows rejected would stop the run before rejects.csv is written.
    const good = Array.from({length: 100_100}, () => "2021,V1,项目,10,8").join("\n");
    writeFileSync(join(input, "services.csv"), `year,village_code,project,eligible,served\n${bad}\n${good}\n`);
    const out = join(root, "services-out");
    const result = await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 120_000});
    expect(result.code, result.stderr).toBe(0);
    expectAccounted(out);
    const q = readQuality(out);
    expect(q.files.find((f) => f.file === "services.csv")).toMatchObject({read: 200_150, accepted: 100_100, rejected: 100_050});
    const reason = rejectsFor(q, "services.csv", "invalid_integer")!;
    expect(reason.count).toBe(100_050);
    expect(reason.rows).toEqual(Array.from({length: 20}, (_, i) => i + 1));
    const rejects = readCsv(join(out, "rejects.csv"));
    expect(rejects).toHaveLength(100_000);
    expect(Number(rejects.at(-1)!.row)).toBe(100_000);
  });
});
