import {describe, expect, test} from "vitest";
import {indicatorFormats} from "../../loaders/bulletin/indicatorFormats.ts";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";
import {indicators} from "../../src/components/indicators.js";

// One label per indicator: the site (src/components/indicators.js), the data dictionary
// (loaders/indicators/*.ts → data_dictionary.csv) and the bulletin (indicatorFormats) name a
// village_year column alike, and the dictionary is written in one punctuation.
const villageYear = new Map(dataDictionary.filter((d) => d.dataset === "village_year").map((d) => [d.name, d]));

/** Units the site writes as format codes (formatValue), and the dictionary's units each may stand for. */
const unitCodes: Record<string, (unit: string) => boolean> = {
  比: (unit) => /=100$/.test(unit),
  "": (unit) => !["人", "%", "‰", "元"].includes(unit),
  元: (unit) => unit === "元" || unit.startsWith("元/")
};

describe("indicator labels", () => {
  test("indicators (site) label every column as the data dictionary's label_zh does, in the same unit", () => {
    expect(indicators.length).toBeGreaterThan(20);
    for (const {key, label, unit} of indicators as {key: string; label: string; unit: string}[]) {
      const entry = villageYear.get(key);
      expect(entry, key).toBeDefined();
      expect(label, key).toBe(entry!.label_zh);
      expect(unit === entry!.unit || (unitCodes[unit]?.(entry!.unit) ?? false), `${key}: ${unit} / ${entry!.unit}`).toBe(true);
    }
  });

  test("indicatorFormats (bulletin) label every indicator a target can be set on as the data dictionary does", () => {
    for (const [key, {label}] of Object.entries(indicatorFormats)) expect(label, key).toBe(villageYear.get(key)?.label_zh);
  });

  test("dataDictionary writes age bands with — and the half-width punctuation of the rest of the dictionary", () => {
    for (const entry of dataDictionary) {
      for (const text of [entry.label_zh, entry.definition, entry.unit]) {
        expect(text, `${entry.dataset}.${entry.name}`).not.toMatch(/[，；：（）]/);
        expect(text, `${entry.dataset}.${entry.name}`).not.toMatch(/\d[–-]\d+(岁|周岁)/);
      }
    }
  });

  test("dataDictionary gives the dependency ratios in %, as the bulletin and the pages do", () => {
    for (const key of ["dependency_ratio", "child_dependency_ratio", "old_dependency_ratio"]) expect(villageYear.get(key)?.unit, key).toBe("%");
  });
});
