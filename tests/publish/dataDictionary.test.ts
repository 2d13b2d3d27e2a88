import {csvParse, csvParseRows} from "d3-dsv";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";

describe("dataDictionary", () => {
  test("dataDictionary has one definition, label and unit for every column of every published CSV, and nothing else", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const datasets = readdirSync(outputs).filter((f) => f.endsWith(".csv") && !["rejects.csv", "data_dictionary.csv"].includes(f));
    const published = datasets.flatMap((file) => {
      const header = csvParseRows(readFileSync(join(outputs, file), "utf8").split("\n", 1)[0])[0];
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

  test("data_dictionary.csv is the dictionary as published", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const rows = csvParse(readFileSync(join(outputs, "data_dictionary.csv"), "utf8"));
    expect(rows.columns).toEqual(["dataset", "name", "label_zh", "definition", "unit", "type"]);
    expect(rows.length).toBe(dataDictionary.length);
  });
});
