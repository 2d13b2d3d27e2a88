import {mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {rowsFromCsv} from "../../loaders/bulletin/rowsFromCsv.ts";
import type {BulletinTable} from "../../loaders/bulletin/types.ts";
import {villageLabels} from "../../loaders/bulletin/villageLabels.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {town} from "../hostile/town.ts";
import {writeExtract} from "../support/writeExtract.ts";

const row = (village_code: string, village_name: string | null) => ({village_code, village_name});

describe("villageLabels: the name, or name(code) when two villages share it, and a label of its own for every code", () => {
  test("villageLabels(rows) of villages with unique names gives each its name as it is, and 全镇 for TOWN", () => {
    const rows = [row("TOWN", "青石镇"), row("001", "青石社区"), row("002", "东岭村"), row("003", "<b>小溪</b>村")];
    expect([...villageLabels(rows)]).toEqual([["TOWN", "全镇"], ["001", "青石社区"], ["002", "东岭村"], ["003", "<b>小溪</b>村"]]);
  });

  test("villageLabels(rows) names two villages of one name by name and code, and leaves the others alone", () => {
    const rows = [row("TOWN", "新村"), row("101", "新村"), row("102", "东岭村"), row("205", "新村"), row("301", "新村 ")];
    expect(villageLabels(rows)).toEqual(new Map([["TOWN", "全镇"], ["101", "新村(101)"], ["102", "东岭村"], ["205", "新村(205)"], ["301", "新村 "]]));
  });

  test("villageLabels(rows) of rows repeated by year counts a village once: one village over many years is not shared", () => {
    const rows = [2023, 2024, 2025].flatMap((year) => [{year, ...row("001", "新村")}, {year, ...row("002", "东岭村")}]);
    expect(villageLabels(rows)).toEqual(new Map([["001", "新村"], ["002", "东岭村"]]));
  });

  test("villageLabels(rows) gives a village without a name its code, and two such villages are not taken as sharing a name", () => {
    expect(villageLabels([row("001", ""), row("002", null), row("003", "新村")])).toEqual(new Map([["001", "001"], ["002", "002"], ["003", "新村"]]));
  });

  test("villageLabels(rows) gives the same map, entries and order, whatever the order of the rows: TOWN first, then by code", () => {
    const rows = [row("TOWN", "青石镇"), row("003", "新村"), row("001", "新村"), row("002", "东岭村"), row("010", "西岭村")];
    const expected = [["TOWN", "全镇"], ["001", "新村(001)"], ["002", "东岭村"], ["003", "新村(003)"], ["010", "西岭村"]];
    expect([...villageLabels(rows)]).toEqual(expected);
    expect([...villageLabels(rows.slice().reverse())]).toEqual(expected);
    expect([...villageLabels([rows[2]!, rows[4]!, rows[0]!, rows[3]!, rows[1]!])]).toEqual(expected);
  });

  test("villageLabels(rows) of a village literally named 新村(101) beside two 新村, one coded 101: the 新村 keeps 新村(101), the other gets its code too", () => {
    const rows = [row("300", "新村(101)"), row("205", "新村"), row("101", "新村")];
    expect([...villageLabels(rows)]).toEqual([["101", "新村(101)"], ["205", "新村(205)"], ["300", "新村(101)(300)"]]);
  });

  test("villageLabels(rows) appends the code again while the label is still taken, and keeps the name that was asked for as it is", () => {
    const rows = [row("101", "新村"), row("205", "新村"), row("300", "新村(101)"), row("400", "新村(101)(300)")];
    expect([...villageLabels(rows)]).toEqual([["101", "新村(101)"], ["205", "新村(205)"], ["300", "新村(101)(300)(300)"], ["400", "新村(101)(300)"]]);
  });

  test("villageLabels(rows) leaves 全镇 to TOWN: a village named 全镇 gets its code", () => {
    expect([...villageLabels([row("007", "全镇"), row("TOWN", "青石镇")])]).toEqual([["TOWN", "全镇"], ["007", "全镇(007)"]]);
    // Without TOWN in rows the name is nobody else's.
    expect([...villageLabels([row("007", "全镇")])]).toEqual([["007", "全镇"]]);
  });

  test("villageLabels(rows) leaves a village without a name its code, and a village named like that code gets its own code", () => {
    expect([...villageLabels([row("002", "001"), row("001", null)])]).toEqual([["001", "001"], ["002", "001(002)"]]);
  });

  test("villageLabels(rows) of two name(code) labels that come out alike (codes holding brackets) gives the first code in order the label", () => {
    // 新村 coded "1)(2" and 新村(1) coded "2" both make 新村(1)(2).
    const rows = [row("2", "新村(1)"), row("1)(2", "新村"), row("9", "新村"), row("8", "新村(1)")];
    expect([...villageLabels(rows)]).toEqual([["1)(2", "新村(1)(2)"], ["2", "新村(1)(2)(2)"], ["8", "新村(1)(8)"], ["9", "新村(9)"]]);
  });

  test("villageLabels(rows) gives every code a label of its own, whatever the names, the codes and the order of rows", () => {
    const names = ["新村", "新村(101)", "新村(101)(300)", "全镇", "101", "", null, "新村(205)", "新村", "新村(1)"];
    const codes = ["101", "205", "300", "1)(2", "2", "400", "106", "007", "9", "8"];
    for (let n = 1; n <= codes.length; n++) {
      for (let shift = 0; shift < names.length; shift++) {
        const rows = [row("TOWN", "青石镇"), ...codes.slice(0, n).map((code, i) => row(code, names[(i + shift) % names.length]!))];
        const labels = villageLabels(rows);
        expect(labels.size, JSON.stringify(rows)).toBe(n + 1);
        expect(new Set(labels.values()).size, JSON.stringify([...labels])).toBe(labels.size);
        expect([...villageLabels(rows.slice().reverse())]).toEqual([...labels]);
      }
    }
  });

  test("villageLabels([]) is an empty map", () => {
    expect(villageLabels([]).size).toBe(0);
  });
});

describe("the bulletin of a register with two villages named 东村", () => {
  const root = mkdtempSync(join(tmpdir(), "twin-villages-"));
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  test("runPipeline then bulletinsFromFolder: 表1 and 表2 have one row per village, each 东村 labelled with its code, and the text names them so", async () => {
    // The hand-made town of tests/hostile/town.ts, whose second village (V2) is renamed to the first one's name.
    const fixture = town();
    fixture.villages = fixture.villages.map((v) => ({...v, village_name: "东村"}));
    mkdirSync(join(root, "extract"));
    const input = writeExtract({...fixture, meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2022-12-31"}}, join(root, "extract"));
    const out = join(root, "out");
    const {quality} = await runPipeline({input, out});
    // Validation keeps both villages and says so.
    expect(JSON.stringify(quality)).toContain("duplicate_village_name");
    const villageYear = rowsFromCsv(readFileSync(join(out, "village_year.csv"), "utf8")).filter((r) => r.year === 2022);
    const popEnd = (code: string) => String(villageYear.find((r) => r.village_code === code)!.pop_end);
    expect([popEnd("V1"), popEnd("V2")]).toEqual(["3", "2"]);

    const doc = bulletinsFromFolder(out).bulletins["2022"]!;
    const tables = doc.sections.flatMap((s) => s.blocks).filter((b): b is BulletinTable => b.kind === "table");
    const population = tables.find((t) => t.id === "villagePopulation")!;
    const events = tables.find((t) => t.id === "villageEvents")!;
    expect(population.rows.map((r) => [r[0], r[1]])).toEqual([["全镇", popEnd("TOWN")], ["东村(V1)", popEnd("V1")], ["东村(V2)", popEnd("V2")]]);
    expect(events.rows.map((r) => r[0])).toEqual(["全镇", "东村(V1)", "东村(V2)"]);
    const text = doc.sections.flatMap((s) => s.blocks).map((b) => (b.kind === "paragraph" ? b.text : "")).join("");
    expect(text).toContain("常住人口最多的是东村(V1)(3人),最少的是东村(V2)(2人)。");
  }, 60_000);
});
