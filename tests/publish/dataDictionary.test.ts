import {csvParse, csvParseRows} from "d3";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";
import {defaults as intervalDefaults} from "../../loaders/projections/predictionIntervalsEmpirical.ts";

describe("dataDictionary", () => {
  test("dataDictionary has one definition, label and unit for every column of every published CSV, and nothing else", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const datasets = readdirSync(outputs).filter((f) => f.endsWith(".csv") && !["rejects.csv", "data_dictionary.csv"].includes(f));
    const published = datasets.flatMap((file) => {
      const header = csvParseRows(csvTextFromFile(join(outputs, file)).split("\n", 1)[0])[0];
      return header.map((name) => `${file.replace(/\.csv$/, "")}.${name}`);
    });
    const defined = dataDictionary.map((d) => `${d.dataset}.${d.name}`);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...defined].sort()).toEqual([...published].sort());
    for (const entry of dataDictionary) {
      expect(entry.label_zh, entry.name).not.toBe("");
      expect(entry.definition.length, entry.name).toBeGreaterThan(3);
      expect(entry.unit, entry.name).not.toBe("");
    }
  });

  test("dataDictionary gives every year column (year, base_year) the unit 年 and one type, INTEGER, in every dataset", () => {
    const years = dataDictionary.filter((d) => d.name === "year" || d.name === "base_year");
    expect(new Set(years.map((d) => d.dataset))).toEqual(new Set(["village_year", "age_sex", "services", "target_checks", "projections", "projection_births"]));
    expect(years.filter((d) => d.unit !== "年" || d.type !== "INTEGER").map((d) => `${d.dataset}.${d.name}: ${d.unit} ${d.type}`)).toEqual([]);
  });

  test("dataDictionary defines target_checks.inconclusive_reason's small_numbers by what it is (the 95% interval reaches both sides of the target), not as a small base, which it need not be", () => {
    const entry = dataDictionary.find((d) => d.dataset === "target_checks" && d.name === "inconclusive_reason")!;
    const smallNumbers = entry.definition.split(";")[0];
    expect(smallNumbers).toContain("small_numbers 95%区间跨越目标两侧");
    expect(smallNumbers).not.toMatch(/small_numbers 基数小/);
    expect(smallNumbers).toContain("尚不能确定");
  });

  test("dataDictionary defines projection_accuracy's prospective coverage columns, published beside the leave-one-base-year-out ones", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const rows = csvParse(csvTextFromFile(join(outputs, "projection_accuracy.csv")));
    expect(rows.columns.slice(-5)).toEqual(["coverage_80", "coverage_95", "coverage_80_prospective", "coverage_95_prospective", "n_prospective"]);
    const definition = (name: string) => dataDictionary.find((d) => d.dataset === "projection_accuracy" && d.name === name)?.definition ?? "";
    for (const level of [80, 95]) {
      expect(definition(`coverage_${level}`)).toContain("留一基年");
      expect(definition(`coverage_${level}`)).toContain("偏乐观");
      expect(definition(`coverage_${level}_prospective`)).toContain("目标年份(基年+预测年限)不晚于B");
    }
    expect(definition("n_prospective")).toContain("n − n_prospective");
    // Every row: the forecasts scored prospectively are among those compared, and a share is empty exactly when none was scored.
    for (const r of rows) {
      expect(Number(r.n_prospective)).toBeLessThanOrEqual(Number(r.n));
      expect(r.coverage_80_prospective === "", `${r.method} ${r.size_class} ${r.horizon}`).toBe(r.n_prospective === "0");
      expect(r.coverage_95_prospective === "").toBe(r.n_prospective === "0");
    }
    expect(rows.some((r) => Number(r.n_prospective) > 0 && Number(r.n_prospective) < Number(r.n))).toBe(true);
  });

  test("data_dictionary.csv is the dictionary as published", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const rows = csvParse(csvTextFromFile(join(outputs, "data_dictionary.csv")));
    expect(rows.columns).toEqual(["dataset", "name", "label_zh", "definition", "unit", "type"]);
    expect(rows.length).toBe(dataDictionary.length);
  });
});

describe("dataDictionary on the projections", () => {
  const definition = (dataset: string, name: string) => dataDictionary.find((d) => d.dataset === dataset && d.name === name)?.definition ?? "";

  test("dataDictionary says how the intervals pool horizons with too few errors (the town's always do on the sample), that they contain the projection, and that the scenarios take the medium one's", () => {
    for (const name of ["lower_80", "upper_80", "lower_95", "upper_95"]) {
      const text = definition("projections", name);
      expect(text, name).toContain(`误差不足${intervalDefaults.minCount}个时`);
      expect(text, name).toContain("e/h^γ");
      expect(text, name).toContain(`${intervalDefaults.minExponent}—${intervalDefaults.maxExponent}`);
      expect(text, name).toContain("区间总包含预测值本身");
      expect(text, name).toContain("沿用中方案的区间");
    }
  });

  test("dataDictionary says that projected years 1–4 are interpolated, and what the scenarios and the births mean for a village not projected by cohort-component", () => {
    expect(definition("projections", "population")).toContain("第1—4年为基年实际值与第5年预测值之间逐格(性别×年龄组)的线性插值");
    expect(definition("projections", "scenario")).toContain("并不是该村自身的零迁移预测");
    const births = definition("projection_births", "births_per_year");
    expect(births).toContain("期初(加上五年净迁移的一半)与期末妇女人数的平均数");
    expect(births).toContain("与该村0—4岁预测人口不完全对应");
  });
});
