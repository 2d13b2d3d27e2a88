/**
 * The output folder (issue 5): old results are replaced as a whole; a failed or killed run leaves
 * them intact and complete (manifest.json hashes match the files); nothing is left beside them;
 * the CLI never replaces the input folder or a folder of other files.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {expectAccounted, expectCompleteOutputs, folderHashes, popEnd, readQuality, strayBeside} from "./outputs.ts";
import {runCli, stackTrace} from "./runCli.ts";
import {town, townPopEnd} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-out-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("output folder", () => {
  test("cli into a folder of earlier results replaces them; a failed run leaves them intact with nothing beside", async () => {
    const out = join(root, "replace", "结果");
    const first = await runCli(["--input", writeExtract(town(), mkdtempSync(join(root, "a-"))), "--out", out, "--quiet"]);
    expect(first.code, first.stderr).toBe(0);
    expect(popEnd(out, 2022, "TOWN")).toBe(townPopEnd.TOWN[2022]);

    // A second extract without P6 (moved in during 2022): the town ends 2022 with one person fewer.
    const t = town();
    t.persons = t.persons.filter((p) => p.person_id !== "P6");
    t.residence = t.residence.filter((r) => r.person_id !== "P6");
    const second = await runCli(["--input", writeExtract(t, mkdtempSync(join(root, "b-"))), "--out", out, "--quiet"]);
    expect(second.code, second.stderr).toBe(0);
    expectCompleteOutputs(out);
    expectAccounted(out);
    expect(popEnd(out, 2022, "TOWN")).toBe(townPopEnd.TOWN[2022] - 1);
    expect(strayBeside(out)).toEqual([]);

    // A run that fails (a required column missing) leaves the second results as they were.
    const before = folderHashes(out);
    const broken = writeExtract(town(), mkdtempSync(join(root, "c-")));
    writeFileSync(join(broken, "villages.csv"), "village_code\nV1\nV2\n");
    const failed = await runCli(["--input", broken, "--out", out, "--quiet"]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toMatch(stackTrace);
    expect(folderHashes(out)).toEqual(before);
    expect(strayBeside(out)).toEqual([]);
  });

  test("cli with --out naming the input folder, or a folder of other files, refuses (exit 2) and touches neither", async () => {
    const input = writeExtract(town(), mkdtempSync(join(root, "in-")));
    const inputBefore = folderHashes(input);
    const same = await runCli(["--input", input, "--out", input, "--quiet"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--out");
    expect(folderHashes(input)).toEqual(inputBefore);
    const parent = await runCli(["--input", input, "--out", join(input, ".."), "--quiet"]);
    expect(parent.code).toBe(2);

    const documents = join(root, "我的文档");
    mkdirSync(documents);
    writeFileSync(join(documents, "报告.docx"), "not ours");
    const other = await runCli(["--input", input, "--out", documents, "--quiet"]);
    expect(other.code).toBe(2);
    expect(other.stderr).not.toMatch(stackTrace);
    expect(readFileSync(join(documents, "报告.docx"), "utf8")).toBe("not ours");
  });

  test("cli killed (kill -9) after [2/5] and while writing leaves complete results; the next run clears what it left", async () => {
    const out = join(root, "killed", "out");
    const small = await runCli(["--input", writeExtract(town(), mkdtempSync(join(root, "small-"))), "--out", out, "--quiet"]);
    expect(small.code, small.stderr).toBe(0);
    const old = folderHashes(out);

    const big = join(root, "big");
    const generated = await generateSample({people: 100_000, out: big});

    const killedEarly = await runCli(["--input", big, "--out", out], {killAt: "[2/5]", timeoutMs: 120_000});
    expect(killedEarly.signal).toBe("SIGKILL");
    expect(killedEarly.timedOut).toBe(false);
    expect(folderHashes(out)).toEqual(old);
    expectCompleteOutputs(out);

    // Killed as it writes its outputs: the folder is either the old results or the new, always complete.
    const killedWriting = await runCli(["--input", big, "--out", out], {killAt: "[4/5]", timeoutMs: 120_000});
    expect(killedWriting.timedOut).toBe(false);
    expectCompleteOutputs(out);
    const persons = readQuality(out).files.find((f) => f.file === "persons.csv")?.read;
    expect([town().persons.length, generated.persons + 1 /* the sample's planted duplicate row */]).toContain(persons);

    // The next run clears whatever the killed ones left beside the folder.
    const next = await runCli(["--input", writeExtract(town(), mkdtempSync(join(root, "next-"))), "--out", out, "--quiet"]);
    expect(next.code, next.stderr).toBe(0);
    expect(folderHashes(out)).toEqual(old);
    expect(strayBeside(out)).toEqual([]);
  });
});
