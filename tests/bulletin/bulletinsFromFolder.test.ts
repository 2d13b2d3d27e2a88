import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3";
import {afterAll, describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {rowsFromCsv} from "../../loaders/bulletin/rowsFromCsv.ts";
import type {PyramidPoint} from "../../loaders/bulletin/types.ts";
import {writeFixtureOutputs} from "./writeFixtureOutputs.ts";

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-folder-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe("rowsFromCsv", () => {
  test("rowsFromCsv(text) keeps codes as text, reads numbers, booleans and empty cells as null", () => {
    const rows = rowsFromCsv("year,village_code,birth_rate,sex_ratio_at_birth_high,conclusive\n2025,001,7.280791681486286,,false\n");
    expect(rows).toEqual([{year: 2025, village_code: "001", birth_rate: 7.280791681486286, sex_ratio_at_birth_high: null, conclusive: false}]);
  });
  test("rowsFromCsv(text) removes the apostrophe the pipeline puts before formula-like text", () => {
    const rows = rowsFromCsv("village_code,village_name\n009,'=1+1村\n010,'O'Neil\n");
    expect(rows[0].village_name).toBe("=1+1村");
    // An apostrophe not followed by a formula character is part of the name.
    expect(rows[1].village_name).toBe("'O'Neil");
  });
  test("rowsFromCsv(text) throws on a number column that is not a number, naming row, column and value", () => {
    expect(() => rowsFromCsv("year,pop_end\n2025,abc\n")).toThrow("第1行 pop_end 列不是数值:abc");
  });
});

describe("bulletinsFromFolder", () => {
  test("bulletinsFromFolder(dir) gives one bulletin per TOWN year, latest year first", () => {
    const dir = folder();
    writeFixtureOutputs(dir, {years: [2023, 2024, 2025]});
    const {years, bulletins} = bulletinsFromFolder(dir);
    expect(years).toEqual([2025, 2024, 2023]);
    expect(Object.keys(bulletins).sort()).toEqual(["2023", "2024", "2025"]);
    expect(bulletins["2023"].firstYear).toBe(true);
    expect(bulletins["2025"].firstYear).toBe(false);
    // Each year's headline figure is that year's TOWN pop_end from the file.
    const town = rowsFromCsv(readFileSync(join(dir, "village_year.csv"), "utf8")).filter((r) => r.village_code === "TOWN");
    for (const row of town) {
      const text = bulletins[String(row.year)].sections[0].blocks[0];
      expect(text.kind === "paragraph" && text.text.startsWith(`${row.year}年末,全镇常住人口${row.pop_end}人`)).toBe(true);
    }
  });

  test("bulletinsFromFolder(dir) uses target_checks and age_sex when present", () => {
    const dir = folder();
    writeFixtureOutputs(dir, {years: [2024, 2025]});
    const doc = bulletinsFromFolder(dir).bulletins["2025"];
    const json = JSON.stringify(doc);
    expect(json).toContain("达到不高于15‰的目标");
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.kind === "chart" && b.id === "agePyramid")).toBe(true);
  });

  test("bulletinsFromFolder(dir) labels the pyramid's age groups with — and its text needs no table beside it", () => {
    const dir = folder();
    writeFixtureOutputs(dir, {years: [2024, 2025]});
    const doc = bulletinsFromFolder(dir).bulletins["2025"];
    const pyramid = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === "chart" && b.id === "agePyramid");
    if (!pyramid || pyramid.kind !== "chart") throw new Error("no pyramid");
    const labels = [...new Set((pyramid.data as PyramidPoint[]).map((d) => d.label))];
    expect(labels[0]).toBe("0—4岁");
    expect(labels.at(-1)).toBe("85岁及以上");
    expect(labels.every((label) => /^\d+(—\d+岁|岁及以上)$/.test(label))).toBe(true);
    // The text is printed under the chart; the page's table view is not, so the text does not point to it.
    expect(pyramid.alt).not.toMatch(/数据表|表格/);
  });

  test("bulletinsFromFolder(dir) of outputs written with --min-cell 5 (manifest.json settings.min_cell) says that blanks may be withheld, in the lead, a note and under the tables; without it, nothing of the kind", () => {
    const dir = folder();
    writeFixtureOutputs(dir, {years: [2024, 2025]});
    const plain = bulletinsFromFolder(dir).bulletins["2025"];
    expect(JSON.stringify(plain)).not.toContain("不予公布");
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({generator: "population-bulletin", version: "0.1.0", settings: {min_cell: 5}, outputs: [], inputs: []}));
    const doc = bulletinsFromFolder(dir).bulletins["2025"];
    expect(doc.lead).toMatch(/为保护个人隐私,少于5人的人数及由其算出的比率不予公布,能由合计推算出这些人数的其他人数也一并不予公布\[\d+\]。/);
    expect(doc.notes.some((note) => note.includes("少于5人的人数") && note.includes("二次抑制") && note.includes("文中记为“无数据或不公布”,表中留空"))).toBe(true);
    const tables = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === "table");
    expect(tables.length).toBeGreaterThan(0);
    // The fixture's tables have no blank cell: nothing to explain under them.
    for (const table of tables) if (table.kind === "table") expect(table.footnotes.filter((note) => note.startsWith("空白表示"))).toEqual([]);
    // With a village's births blanked (withheld), as --min-cell writes it, 表2 says what its blanks may be.
    const villageYear = csvParse(readFileSync(join(dir, "village_year.csv"), "utf8").replace(/^\uFEFF/, ""));
    const blanked = villageYear.map((r) => (r.year === "2025" && r.village_code === "003" ? {...r, births: "", birth_rate: "", natural_increase: "", natural_growth_rate: ""} : r));
    writeFileSync(join(dir, "village_year.csv"), "\uFEFF" + csvFormat(blanked, villageYear.columns));
    const withBlank = bulletinsFromFolder(dir).bulletins["2025"];
    const events = withBlank.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table" && b.id === "villageEvents");
    expect(events?.kind === "table" && events.footnotes).toContain("空白表示无数据或不公布(人数少于5人,或为使其无法由合计推算而一并不公布)。");
    writeFileSync(join(dir, "village_year.csv"), "\uFEFF" + csvFormat(villageYear, villageYear.columns));
    // A manifest of outputs without suppression says min_cell 0: as if there were none.
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({generator: "population-bulletin", version: "0.1.0", settings: {min_cell: 0}, outputs: [], inputs: []}));
    expect(JSON.stringify(bulletinsFromFolder(dir).bulletins["2025"])).toBe(JSON.stringify(plain));
  });

  test("bulletinsFromFolder(dir) signs each year's bulletin with manifest.json's settings.bulletin: the issuer every year, a release date only where given", () => {
    const dir = folder();
    writeFixtureOutputs(dir, {years: [2024, 2025]});
    const plain = bulletinsFromFolder(dir).bulletins;
    const region = plain["2025"].region;
    expect(plain["2025"].releaseLine).toBe(`${region}统计站`);
    const manifest = (bulletin: unknown) =>
      writeFileSync(join(dir, "manifest.json"), JSON.stringify({generator: "population-bulletin", version: "0.1.0", settings: {min_cell: 0, bulletin}, outputs: [], inputs: []}));
    manifest({issuer: "青石镇人口和计划生育办公室", release_dates: {"2025": "2026-03-20"}});
    const {bulletins} = bulletinsFromFolder(dir);
    expect(bulletins["2025"].releaseLine).toBe("青石镇人口和计划生育办公室 2026年3月20日");
    expect(bulletins["2024"].releaseLine).toBe("青石镇人口和计划生育办公室");
    expect(bulletins["2024"]).not.toHaveProperty("releaseDate");
    // Only the header changes.
    expect({...bulletins["2025"], issuer: "", releaseDate: undefined, releaseLine: ""}).toEqual({...plain["2025"], issuer: "", releaseDate: undefined, releaseLine: ""});
    // An issuer given by the caller wins over the folder's.
    expect(bulletinsFromFolder(dir, {issuer: "青石镇人民政府"}).bulletins["2025"].releaseLine).toBe("青石镇人民政府 2026年3月20日");
    // The manifest of a run without the settings (issuer null, no dates) gives the default header.
    manifest({issuer: null, release_dates: {}});
    expect(JSON.stringify(bulletinsFromFolder(dir).bulletins)).toBe(JSON.stringify(plain));
    // Values extract.json could not have given are not printed: an empty issuer, a date within its own year.
    manifest({issuer: " ", release_dates: {"2025": "2025-12-31"}});
    expect(JSON.stringify(bulletinsFromFolder(dir).bulletins)).toBe(JSON.stringify(plain));
  });

  test("bulletinsFromFolder(dir) without target_checks.csv and age_sex.csv has no target clause and no pyramid", () => {
    const dir = folder();
    writeFixtureOutputs(dir, {years: [2024, 2025]});
    rmSync(join(dir, "target_checks.csv"));
    rmSync(join(dir, "age_sex.csv"));
    const doc = bulletinsFromFolder(dir).bulletins["2025"];
    expect(JSON.stringify(doc)).not.toContain("的目标");
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.kind === "chart" && b.id === "agePyramid")).toBe(false);
  });

  test("bulletinsFromFolder(dir) throws when village_year.csv is missing", () => {
    const dir = folder();
    writeFileSync(join(dir, "other.csv"), "a\n1\n");
    expect(() => bulletinsFromFolder(dir)).toThrow(`找不到 ${join(dir, "village_year.csv")}`);
  });
});
