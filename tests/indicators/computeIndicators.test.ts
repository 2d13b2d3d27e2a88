import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {computeIndicators} from "../../loaders/indicators/computeIndicators.ts";
import {indicatorDefinitions} from "../../loaders/indicators/dataDictionary.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {insertRegister, type Register} from "./register.ts";

// Village codes on both sides of "TOWN" in sort order, to see that TOWN comes first anyway.
const register: Register = {
  meta: {register_start: "2019-01-01", extract_date: "2020-12-31"},
  villages: [["ZZ9", "九村"], ["A01", "一村"], ["UU1", "二村"]],
  persons: [{id: "p", sex: "F", birth: "1990-01-01"}],
  spells: [["p", "UU1", "2019-01-01", "initial"]],
  services: [[2020, "A01", "免费孕前优生健康检查", 3, 2]]
};

const tables = {village_year: "village_year", age_sex: "age_sex", services: "service_coverage"} as const;

describe("computeIndicators", () => {
  test("computeIndicators(connection) orders rows by year, TOWN first, then village_code", async () => {
    await withDatabase(async (connection) => {
      await insertRegister(connection, register);
      await computeIndicators(connection);
      // No ORDER BY: the tables are stored in order.
      const rows = await rowsFromTable(connection, "SELECT year, village_code FROM village_year");
      expect(rows.map((r) => `${r.year} ${r.village_code}`)).toEqual([
        "2019 TOWN", "2019 A01", "2019 UU1", "2019 ZZ9", "2020 TOWN", "2020 A01", "2020 UU1", "2020 ZZ9"
      ]);
      const ages = await rowsFromTable(connection, "SELECT DISTINCT year, village_code FROM age_sex");
      expect(ages.length).toBe(8);
      // Only the three output tables remain beside the extract's (source_lines: validation's row-to-line map); the ind_* steps are dropped.
      const names = await rowsFromTable<{name: string}>(connection, "SELECT table_name AS name FROM duckdb_tables() WHERE table_name NOT IN ('extract_meta', 'extract_tables', 'villages', 'persons', 'residence', 'services', 'funding', 'rejects', 'warnings', 'source_lines') ORDER BY 1");
      expect(names.map((n) => n.name)).toEqual(["age_sex", "service_coverage", "village_year"]);
    });
  });

  test("computeIndicators(connection) gives identical tables when run twice on the same register", async () => {
    const snapshot = () => withDatabase(async (connection) => {
      await insertRegister(connection, register);
      await computeIndicators(connection);
      return JSON.stringify(await Promise.all(Object.values(tables).map((t) => rowsFromTable(connection, `SELECT * FROM ${t}`))));
    });
    const first = await snapshot();
    expect(await snapshot()).toBe(first);
  });

  test("indicatorDefinitions lists every column of village_year, age_sex and services with its type, a Chinese label, definition and unit", async () => {
    await withDatabase(async (connection) => {
      await insertRegister(connection, register);
      await computeIndicators(connection);
      for (const [name, table] of Object.entries(tables)) {
        const columns = await rowsFromTable<{column_name: string; column_type: string}>(connection, `DESCRIBE ${table}`);
        const defined = indicatorDefinitions.filter((d) => d.table === name);
        expect(defined.map((d) => `${d.name} ${d.type}`), name).toEqual(columns.map((c) => `${c.column_name} ${c.column_type}`));
      }
      for (const d of indicatorDefinitions) {
        expect(d.label_zh, d.name).toMatch(/\p{Script=Han}/u);
        expect(d.definition, d.name).toMatch(/\p{Script=Han}/u);
        expect(d.unit.length, d.name).toBeGreaterThan(0);
      }
    });
  });
});
