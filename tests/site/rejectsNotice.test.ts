import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {rejectsNotice} from "../../loaders/site/rejectsNotice.ts";
import {readCsv} from "../hostile/outputs.ts";
import {town} from "../hostile/town.ts";
import {writeExtract} from "../support/writeExtract.ts";

const root = mkdtempSync(join(tmpdir(), "rejects-notice-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("rejectsNotice", () => {
  test("rejectsNotice(dir, files) says how many rows were rejected and names the outputs' rejects.csv, which lists them", async () => {
    const t = town();
    // P7's sex unreadable: one person row rejected, and with it P7's spell.
    const input = writeExtract({...t, persons: t.persons.map((p) => (p.person_id === "P7" ? {...p, sex: "?"} : p))}, mkdtempSync(join(root, "in-")));
    const out = join(root, "out");
    const {quality} = await runPipeline({input, out});
    const notice = rejectsNotice(out, quality.files)!;
    expect(notice).toBe(`有 2 行被拒绝,未计入指标(persons.csv 1 行、residence.csv 1 行);逐行清单(仅供内部核对,不发布):${join(out, "rejects.csv")} / 2 rows rejected; list in ${join(out, "rejects.csv")}`);
    expect(existsSync(join(out, "rejects.csv"))).toBe(true);
    expect(readCsv(join(out, "rejects.csv")).map((r) => [r.file, r.row])).toEqual([["persons.csv", "7"], ["residence.csv", "7"]]);
  });

  test("rejectsNotice(dir, files) is undefined when nothing was rejected", () => {
    expect(rejectsNotice(".tmp/pipeline/x", [{file: "persons.csv", rejected: 0}, {file: "residence.csv", rejected: 0}])).toBeUndefined();
  });
});
