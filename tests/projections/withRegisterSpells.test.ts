import {describe, expect, test, vi} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {registerInputs, syntheticRegister} from "../../loaders/projections/index.ts";
import {withRegisterSpells} from "../../loaders/projections/withRegisterSpells.ts";
import {tinyRegister, withRegister} from "./withRegister.ts";

const tables = async (db: DuckDBConnection) =>
  (await db.runAndReadAll("SELECT table_name FROM duckdb_tables() WHERE table_name IN ('register_spells', 'spell_villages') ORDER BY table_name"))
    .getRowObjectsJS().map((r) => r.table_name);

describe("withRegisterSpells joins residence to persons once for the projections' queries", () => {
  test("withRegisterSpells(connection, use) holds one row per spell with its person while use runs, and drops the tables after", async () => {
    const db = await withRegister(tinyRegister);
    const rows = await withRegisterSpells(db, async () => {
      expect(await tables(db)).toEqual(["register_spells", "spell_villages"]);
      return (await db.runAndReadAll(`SELECT n.village_code, s.female, s.arrived, s.died, s.departed
        FROM register_spells AS s JOIN spell_villages AS n USING (village_number) ORDER BY s.person_number, s.start_date`)).getRowObjectsJS();
    });
    expect(rows.map((r) => Object.values(r).join(" "))).toEqual([
      "A true false false false",   // p1
      "A false false true false",   // p2 dies
      "A true false false false",   // p3 born
      "A false false false true",   // p4 leaves A …
      "B false true false false",   // … for B
      "B true false false true",    // p5 leaves B
      "B false false false false",  // p6 born
      "B true true false false"      // p7 arrives
    ]);
    expect(await tables(db)).toEqual([]);
  });

  test("withRegisterSpells(connection, use) inside another call reuses its tables, and they are dropped when use throws", async () => {
    const db = await withRegister(tinyRegister);
    await withRegisterSpells(db, async () => {
      await db.run("DELETE FROM register_spells WHERE NOT died");
      // made anew, the inner call would see all 8 spells
      const inner = await withRegisterSpells(db, async () => (await db.runAndReadAll("SELECT count(*)::INTEGER AS n FROM register_spells")).getRowObjectsJS()[0].n);
      expect(inner).toBe(1);
      expect(await tables(db)).toEqual(["register_spells", "spell_villages"]);
    });
    await expect(withRegisterSpells(db, async () => {
      throw new Error("query failed");
    })).rejects.toThrow("query failed");
    expect(await tables(db)).toEqual([]);
  });

  test("registerInputs(connection) makes register_spells once for the three queries that read it", async () => {
    const db = await withRegister((c) => syntheticRegister(c, {villages: 3, seed: 0.7}));
    const extract = vi.spyOn(db, "extractStatements");
    await registerInputs(db);
    const made = extract.mock.calls.filter(([sql]) => sql.includes("CREATE OR REPLACE TEMP TABLE register_spells"));
    expect(made).toHaveLength(1);
  });
});
