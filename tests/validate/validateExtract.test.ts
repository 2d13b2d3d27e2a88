import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {discoverExtract} from "../../loaders/read/discoverExtract.ts";
import {ExtractError} from "../../loaders/read/ExtractError.ts";
import {createTables} from "../../loaders/store/createTables.ts";
import {openDatabase, type Database} from "../../loaders/store/openDatabase.ts";
import {reasons} from "../../loaders/validate/reasons.ts";
import {validateExtract} from "../../loaders/validate/validateExtract.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";
import {writeExtract, type ExtractFixture} from "../support/writeExtract.ts";
import {typoRegister} from "./support/typoRegister.ts";

// A small extract with one bad row for every rule. Row numbers are 1-based, header excluded.
const fixture: ExtractFixture = {
  meta: {region: "测试镇", register_start: "2014-01-01", extract_date: "2025-12-31"},
  villages: [
    {village_code: "V1", village_name: "东村", village_type: "村"},
    {village_code: "V2", village_name: "西社区", village_type: "社区"},
    {village_code: "V1", village_name: "东村(重复)", village_type: "村"}, // 3: duplicate
    {village_code: "V3", village_name: "", village_type: "村"} // 4: required
  ],
  persons: [
    {person_id: "P1", sex: "女", birth_date: "1980-05-01", hukou_type: "户籍"},
    {person_id: "P2", sex: "男", birth_date: "1975-01-01", hukou_type: "流动"},
    {person_id: "C1", sex: "女", birth_date: "2016-03-08", hukou_type: "户籍", mother_id: "P1", birth_order: 2, policy_compliant: "是"},
    {person_id: "P1", sex: "女", birth_date: "1981-01-01", hukou_type: "户籍"}, // 4: duplicate
    {person_id: "BAD", sex: "X", birth_date: "1990-01-01", hukou_type: "户籍"}, // 5: invalid_sex
    {person_id: "C2", sex: "男", birth_date: "2017-01-01", hukou_type: "户籍", mother_id: "P2"}, // 6: warning mother_not_female
    {person_id: "C3", sex: "女", birth_date: "2018-01-01", hukou_type: "户籍", mother_id: "NOPE"}, // 7: warning mother_unknown
    {person_id: "C4", sex: "男", birth_date: "1990-01-01", hukou_type: "户籍", mother_id: "P1"}, // 8: warning mother_age (P1 was 9)
    {person_id: "FUT", sex: "女", birth_date: "2030-01-01", hukou_type: "户籍"}, // 9: date_after_extract
    {person_id: "P3", sex: "女", birth_date: "1949-12-31", hukou_type: "户籍", id_number: "110105194912310021"} // 10: warning check digit
  ],
  residence: [
    {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"},
    {person_id: "P2", village_code: "V1", start_date: "2014-01-01", start_reason: "期初", end_date: "2019-06-30", end_reason: "迁出"},
    {person_id: "P2", village_code: "V2", start_date: "2019-06-30", start_reason: "迁入"}, // touches row 2: fine
    {person_id: "C1", village_code: "V1", start_date: "2016-03-08", start_reason: "出生"},
    {person_id: "BAD", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"}, // 5: person_rejected
    {person_id: "GHOST", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"}, // 6: unknown_person
    {person_id: "C2", village_code: "V9", start_date: "2017-01-01", start_reason: "出生"}, // 7: unknown_village
    {person_id: "C3", village_code: "V1", start_date: "2018-01-02", start_reason: "出生"}, // 8: birth_not_at_birth_date
    {person_id: "C4", village_code: "V2", start_date: "2014-02-01", start_reason: "期初"}, // 9: initial_not_at_register_start
    {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"}, // 10: duplicate of row 1
    {person_id: "P2", village_code: "V1", start_date: "2019-01-01", start_reason: "迁入"}, // 11: overlaps row 2
    {person_id: "C1", village_code: "V2", start_date: "2016-03-07", start_reason: "迁入"}, // 12: starts_before_birth
    {person_id: "P3", village_code: "V2", start_date: "2026-01-01", start_reason: "迁入"}, // 13: date_after_extract
    {person_id: "C2", village_code: "V1", start_date: "2017-01-01", start_reason: "出生", end_date: "2017-01-01", end_reason: "死亡"}, // born and died the same day: fine
    {person_id: "P3", village_code: "V1", start_date: "2020-01-01", start_reason: "迁入", end_date: "2019-12-01", end_reason: "迁出"}, // 15: end_before_start
    {person_id: "P3", village_code: "V1", start_date: "2014-01-01", start_reason: "期初", end_date: "2016-01-01"} // 16: end_date_without_end_reason
  ],
  services: [
    {year: 2020, village_code: "V1", project: "免费孕前优生健康检查", eligible: 10, served: 8},
    {year: 2020, village_code: "V1", project: "免费孕前优生健康检查", eligible: 5, served: 5}, // 2: summed with a warning
    {year: 2020, village_code: "V9", project: "免费孕前优生健康检查", eligible: 5, served: 5} // 3: unknown_village
  ],
  funding: [
    {year: 2020, village_code: "V1", source: "县级财政", item: "奖励扶助", amount_yuan: "1,000"},
    {year: 2020, village_code: "", source: "镇级财政", item: "宣传", amount_yuan: 500},
    {year: 2020, village_code: "V9", source: "镇级财政", item: "宣传", amount_yuan: 500} // 3: unknown_village
  ]
};

let db: Database;
beforeEach(async () => {
  db = await openDatabase();
});
afterEach(() => db.close());

async function rows(sql: string) {
  return (await db.connection.runAndReadAll(sql)).getRowObjectsJson();
}

describe("validateExtract", () => {
  test("validateExtract(connection, extract) rejects one row per broken rule, naming file, row, column and reason", async () => {
    await validateExtract(db.connection, await discoverExtract(writeExtract(fixture)));
    const rejects = await rows(`SELECT file, "row", "column", reason FROM rejects ORDER BY file, "row", "column"`);
    expect(rejects).toEqual([
      {file: "persons.csv", row: 4, column: "person_id", reason: "duplicate"},
      {file: "persons.csv", row: 5, column: "sex", reason: "invalid_sex"},
      {file: "persons.csv", row: 9, column: "birth_date", reason: "date_after_extract"},
      {file: "residence.csv", row: 5, column: "person_id", reason: "person_rejected"},
      {file: "residence.csv", row: 6, column: "person_id", reason: "unknown_person"},
      {file: "residence.csv", row: 7, column: "village_code", reason: "unknown_village"},
      {file: "residence.csv", row: 8, column: "start_date", reason: "birth_not_at_birth_date"},
      {file: "residence.csv", row: 9, column: "start_date", reason: "initial_not_at_register_start"},
      {file: "residence.csv", row: 10, column: "start_date", reason: "duplicate"},
      {file: "residence.csv", row: 11, column: "start_date", reason: "overlapping_spell"},
      {file: "residence.csv", row: 12, column: "start_date", reason: "starts_before_birth"},
      {file: "residence.csv", row: 13, column: "start_date", reason: "date_after_extract"},
      {file: "residence.csv", row: 15, column: "end_date", reason: "end_before_start"},
      {file: "residence.csv", row: 16, column: "end_reason", reason: "end_date_without_end_reason"},
      {file: "services.csv", row: 3, column: "village_code", reason: "unknown_village"},
      {file: "funding.csv", row: 3, column: "village_code", reason: "unknown_village"},
      {file: "villages.csv", row: 3, column: "village_code", reason: "duplicate"},
      {file: "villages.csv", row: 4, column: "village_name", reason: "required"}
    ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row)));
  });

  test("validateExtract(connection, extract) leaves persons and residence with the columns and constraints schema.sql declares, on the CSV fast path and on zod's", async () => {
    // The staging tables become persons and residence by a rename (tableFromStaged): what a reader of the table sees must not change.
    const shape = async (connection: Database["connection"]) =>
      (await connection.runAndReadAll(`SELECT table_name, column_name, column_index, data_type, is_nullable, column_default FROM duckdb_columns()
        WHERE table_name IN ('persons', 'residence') ORDER BY table_name, column_index`)).getRowObjectsJson()
        .concat((await connection.runAndReadAll(`SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints()
        WHERE table_name IN ('persons', 'residence') ORDER BY ALL`)).getRowObjectsJson());
    await createTables(db.connection);
    const declared = await shape(db.connection);
    expect(declared.filter((c) => c.constraint_type === "NOT NULL")).toHaveLength(10);
    const extract = await discoverExtract(writeExtract(fixture));
    for (const fastPath of [true, false]) {
      const fresh = await openDatabase();
      try {
        await validateExtract(fresh.connection, extract, {fastPath});
        expect(await shape(fresh.connection)).toEqual(declared);
        // the kept rows in staging (file) order
        expect((await fresh.connection.runAndReadAll("SELECT list(source_row) AS rows FROM persons")).getRowObjectsJson()).toEqual([{rows: [1, 2, 3, 6, 7, 8, 10]}]);
        expect((await fresh.connection.runAndReadAll("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE 'staged_%'")).getRowObjectsJson()).toEqual([{n: 0}]);
      } finally {
        fresh.close();
      }
    }
  });

  test("validateExtract(connection, extract) gives a spell that breaks several rules the first reason in rule order", async () => {
    const tangled: ExtractFixture = {
      ...fixture,
      residence: [
        // unknown village, starts before birth, after the extract, and not at the birth date
        {person_id: "C1", village_code: "V9", start_date: "2027-01-01", start_reason: "出生"},
        // after the extract (start) and starts before birth of FUT (born 2030, itself rejected) → person_rejected
        {person_id: "FUT", village_code: "V1", start_date: "2026-01-01", start_reason: "迁入"},
        // ends after the extract and is an initial spell not at register_start → the end date comes first
        {person_id: "P1", village_code: "V1", start_date: "2014-02-01", start_reason: "期初", end_date: "2026-02-01", end_reason: "迁出"},
        // starts before birth and is a birth spell not at the birth date → starts_before_birth
        {person_id: "C2", village_code: "V2", start_date: "2016-12-31", start_reason: "出生"},
        // an initial spell not at register_start, also not a birth spell → initial_not_at_register_start
        {person_id: "P2", village_code: "V2", start_date: "2014-01-02", start_reason: "期初"}
      ]
    };
    await validateExtract(db.connection, await discoverExtract(writeExtract(tangled)));
    expect(await rows(`SELECT "row", "column", reason FROM rejects WHERE file = 'residence.csv' ORDER BY "row"`)).toEqual([
      {row: 1, column: "village_code", reason: "unknown_village"},
      {row: 2, column: "person_id", reason: "person_rejected"},
      {row: 3, column: "end_date", reason: "date_after_extract"},
      {row: 4, column: "start_date", reason: "starts_before_birth"},
      {row: 5, column: "start_date", reason: "initial_not_at_register_start"}
    ]);
  });

  test("validateExtract(connection, extract) settles duplicates before overlaps: a spell that overlaps only a duplicate is kept", async () => {
    const repeated: ExtractFixture = {
      ...fixture,
      residence: [
        // entered twice, the second time with a later end; the second overlaps row 3, the first does not
        {person_id: "P2", village_code: "V1", start_date: "2015-01-01", start_reason: "迁入", end_date: "2018-01-01", end_reason: "迁出"}, // 1
        {person_id: "P2", village_code: "V1", start_date: "2015-01-01", start_reason: "迁入", end_date: "2020-01-01", end_reason: "迁出"}, // 2: duplicate
        {person_id: "P2", village_code: "V2", start_date: "2019-01-01", start_reason: "迁入"}, // 3: overlaps only row 2: kept
        // born and died the same day, entered three times (spells of no length overlap nothing)
        {person_id: "C2", village_code: "V1", start_date: "2017-01-01", start_reason: "出生", end_date: "2017-01-01", end_reason: "死亡"}, // 4
        {person_id: "C2", village_code: "V1", start_date: "2017-01-01", start_reason: "出生", end_date: "2017-01-01", end_reason: "死亡"}, // 5: duplicate
        {person_id: "C2", village_code: "V1", start_date: "2017-01-01", start_reason: "出生", end_date: "2017-01-01", end_reason: "死亡"}, // 6: duplicate
        // the later-starting spell of an overlap is rejected, though it comes first in the file
        {person_id: "P1", village_code: "V2", start_date: "2016-01-01", start_reason: "迁入"}, // 7: overlaps row 8
        {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"} // 8
      ]
    };
    await validateExtract(db.connection, await discoverExtract(writeExtract(repeated)));
    expect(await rows(`SELECT "row", "column", value, reason FROM rejects WHERE file = 'residence.csv' ORDER BY "row"`)).toEqual([
      {row: 2, column: "start_date", value: "2015-01-01", reason: "duplicate"},
      {row: 5, column: "start_date", value: "2017-01-01", reason: "duplicate"},
      {row: 6, column: "start_date", value: "2017-01-01", reason: "duplicate"},
      {row: 7, column: "start_date", value: "2016-01-01", reason: "overlapping_spell"}
    ]);
    expect(await rows("SELECT source_row FROM residence ORDER BY source_row")).toEqual([{source_row: 1}, {source_row: 3}, {source_row: 4}, {source_row: 8}]);
  });

  test("validateExtract(connection, extract) keeps a spell of no length and the spell that starts in the same village that day: they follow each other, they are not one spell entered twice", async () => {
    const sameDay: ExtractFixture = {
      ...fixture,
      residence: [
        // on the register's first day: leaves V1, and comes back to V1 the same day
        {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "期初", end_date: "2014-01-01", end_reason: "迁出"}, // 1
        {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "迁入"}, // 2: kept
        // a stay of one day in V2, then the same stay entered again: a duplicate
        {person_id: "P2", village_code: "V2", start_date: "2016-05-01", start_reason: "迁入", end_date: "2016-05-01", end_reason: "迁出"}, // 3
        {person_id: "P2", village_code: "V2", start_date: "2016-05-01", start_reason: "迁入", end_date: "2016-05-01", end_reason: "迁出"} // 4: duplicate
      ]
    };
    await validateExtract(db.connection, await discoverExtract(writeExtract(sameDay)));
    expect(await rows(`SELECT "row", "column", reason FROM rejects WHERE file = 'residence.csv' ORDER BY "row"`)).toEqual([
      {row: 4, column: "start_date", reason: "duplicate"}
    ]);
    expect(await rows("SELECT source_row FROM residence ORDER BY source_row")).toEqual([{source_row: 1}, {source_row: 2}, {source_row: 3}]);
  });

  test("validateExtract(connection, extract) keeps warned rows and drops a bad mother link but not the birth", async () => {
    await validateExtract(db.connection, await discoverExtract(writeExtract(fixture)));
    const warnings = await rows(`SELECT file, "row", "column", reason FROM warnings WHERE reason <> 'person_without_residence' ORDER BY file, "row", reason`);
    expect(warnings).toEqual([
      {file: "persons.csv", row: 6, column: "mother_id", reason: "mother_not_female"},
      {file: "persons.csv", row: 7, column: "mother_id", reason: "mother_unknown"},
      {file: "persons.csv", row: 8, column: "mother_id", reason: "mother_age"},
      {file: "persons.csv", row: 10, column: "id_number", reason: "id_number_check_digit"},
      {file: "services.csv", row: 2, column: "project", reason: "services_summed"}
    ]);
    expect(await rows(`SELECT person_id, mother_id FROM persons WHERE person_id LIKE 'C%' ORDER BY person_id`)).toEqual([
      {person_id: "C1", mother_id: "P1"},
      {person_id: "C2", mother_id: null},
      {person_id: "C3", mother_id: null},
      {person_id: "C4", mother_id: null}
    ]);
    // C2's birth spell (born and died the same day) is kept.
    expect(await rows(`SELECT person_id, village_code, end_reason FROM residence WHERE person_id = 'C2'`)).toEqual([
      {person_id: "C2", village_code: "V1", end_reason: "death"}
    ]);
  });

  test("validateExtract(connection, extract) names a person who is their own mother as mother_self, not as a mother aged 0", async () => {
    const selfMother: ExtractFixture = {
      ...fixture,
      persons: [
        {person_id: "P1", sex: "女", birth_date: "1980-05-01", hukou_type: "户籍", mother_id: "P1"},
        {person_id: "P2", sex: "男", birth_date: "1975-01-01", hukou_type: "户籍", mother_id: "P2"}
      ],
      residence: [
        {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"},
        {person_id: "P2", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"}
      ]
    };
    await validateExtract(db.connection, await discoverExtract(writeExtract(selfMother)));
    expect(await rows(`SELECT file, "row", "column", reason FROM warnings WHERE file = 'persons.csv' ORDER BY "row"`)).toEqual([
      {file: "persons.csv", row: 1, column: "mother_id", reason: "mother_self"},
      {file: "persons.csv", row: 2, column: "mother_id", reason: "mother_self"}
    ]);
    expect(await rows(`SELECT person_id, mother_id FROM persons ORDER BY person_id`)).toEqual([
      {person_id: "P1", mother_id: null},
      {person_id: "P2", mother_id: null}
    ]);
  });

  test("validateExtract(connection, extract) tells a village code that lost its leading zeros from an unknown one", async () => {
    const zeros: ExtractFixture = {
      ...fixture,
      villages: [{village_code: "001", village_name: "东村", village_type: "村"}],
      persons: [{person_id: "P1", sex: "女", birth_date: "1980-05-01", hukou_type: "户籍"}],
      residence: [
        {person_id: "P1", village_code: "001", start_date: "2014-01-01", start_reason: "期初", end_date: "2015-01-01", end_reason: "迁出"},
        {person_id: "P1", village_code: "1", start_date: "2016-01-01", start_reason: "迁入"}, // 2: lost zeros
        {person_id: "P1", village_code: "10", start_date: "2018-01-01", start_reason: "迁入"} // 3: unknown
      ],
      services: [{year: 2020, village_code: "01", project: "免费孕前优生健康检查", eligible: 10, served: 8}],
      funding: [{year: 2020, village_code: "1", source: "县级财政", item: "奖励扶助", amount_yuan: 100}]
    };
    await validateExtract(db.connection, await discoverExtract(writeExtract(zeros)));
    expect(await rows(`SELECT file, "row", "column", value, reason FROM rejects ORDER BY file, "row"`)).toEqual([
      {file: "funding.csv", row: 1, column: "village_code", value: "1", reason: "village_code_leading_zeros"},
      {file: "residence.csv", row: 2, column: "village_code", value: "1", reason: "village_code_leading_zeros"},
      {file: "residence.csv", row: 3, column: "village_code", value: "10", reason: "unknown_village"},
      {file: "services.csv", row: 1, column: "village_code", value: "01", reason: "village_code_leading_zeros"}
    ]);
  });

  test("validateExtract(connection, extract) keeps two villages that share a name and warns on the later one", async () => {
    const twins: ExtractFixture = {
      ...fixture,
      villages: [
        {village_code: "V1", village_name: "新村", village_type: "村"},
        {village_code: "V2", village_name: "西社区", village_type: "社区"},
        {village_code: "V3", village_name: "新村", village_type: "村"}
      ]
    };
    await validateExtract(db.connection, await discoverExtract(writeExtract(twins)));
    expect(await rows(`SELECT file, "row", "column", value, reason FROM warnings WHERE file = 'villages.csv'`)).toEqual([
      {file: "villages.csv", row: 3, column: "village_name", value: "新村", reason: "duplicate_village_name"}
    ]);
    expect(await rows(`SELECT village_code, village_name FROM villages ORDER BY village_code`)).toEqual([
      {village_code: "V1", village_name: "新村"},
      {village_code: "V2", village_name: "西社区"},
      {village_code: "V3", village_name: "新村"}
    ]);
  });

  test("validateExtract(connection, extract) accounts for every row: read = accepted + rejected", async () => {
    const report = await validateExtract(db.connection, await discoverExtract(writeExtract(fixture)));
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, [f.read, f.accepted, f.rejected]]));
    expect(byFile).toEqual({
      "villages.csv": [4, 2, 2],
      "persons.csv": [10, 7, 3],
      "residence.csv": [16, 5, 11],
      "services.csv": [3, 2, 1],
      "funding.csv": [3, 2, 1]
    });
    const stored = await rows(`SELECT (SELECT count(*) FROM villages)::INT AS v, (SELECT count(*) FROM persons)::INT AS p,
      (SELECT count(*) FROM residence)::INT AS r, (SELECT sum(eligible)::INT FROM services) AS e, (SELECT sum(amount_yuan) FROM funding) AS f`);
    expect(stored).toEqual([{v: 2, p: 7, r: 5, e: 15, f: 1500}]);
  });

  test("validateExtract(connection, extract) never stores or reports a name, ID number or person id value", async () => {
    const withNames = structuredClone(fixture);
    withNames.persons![0].name = "王秀英";
    withNames.persons![3].name = "李重复";
    await validateExtract(db.connection, await discoverExtract(writeExtract(withNames)));
    const text = JSON.stringify(await rows(`SELECT * FROM rejects UNION ALL SELECT * FROM warnings`));
    for (const secret of ["王秀英", "李重复", "110105194912310021", "GHOST", "BAD", "NOPE", "\"P1\"", "\"P2\""]) expect(text).not.toContain(secret);
    const columns = await rows(`SELECT column_name FROM duckdb_columns() WHERE table_name = 'persons' AND NOT internal`);
    expect(columns.map((c) => c.column_name)).not.toContain("name");
    expect(columns.map((c) => c.column_name)).not.toContain("id_number");
  });

  test("validateExtract(connection, extract) derives register_start and extract_date without extract.json", async () => {
    const report = await validateExtract(db.connection, await discoverExtract(writeExtract({...fixture, meta: undefined})));
    // Earliest 期初 start; latest start or end date among the rows that passed the field checks.
    expect(report.meta).toEqual({region: null, register_start: "2014-01-01", extract_date: "2026-01-01", derived: ["register_start", "extract_date"]});
  });

  test("validateExtract(connection, extract) refuses a register start after the extract date, saying where each came from, Chinese first in half-width punctuation", async () => {
    const error = await validateExtract(db.connection, await discoverExtract(writeExtract({...fixture, meta: {extract_date: "2013-12-31"}}))).then(
      () => undefined,
      (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(ExtractError);
    const {message} = error as ExtractError;
    expect(message.split(" / ")[0]).toBe(
      "登记开始日期 register_start 2014-01-01(由 residence.csv 最早的期初登记推出)晚于提取日期 extract_date 2013-12-31(extract.json 给出)"
    );
    expect(fullWidthPunctuation(message)).toEqual([]);
  });

  test("validateExtract(connection, extract) refuses residence rows of which none is a valid 期初 spell, naming the file as every reader does (residence.csv:…)", async () => {
    const residence = fixture.residence!.filter((r) => r.start_reason !== "期初");
    const error = await validateExtract(db.connection, await discoverExtract(writeExtract({...fixture, meta: undefined, residence}))).then(
      () => undefined,
      (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).message).toMatch(/^residence\.csv:没有任何有效的期初\(initial\)登记,无法确定登记开始日期;请在 extract\.json 中给出 register_start \/ /);
  });

  test.each([true, false])("validateExtract(connection, extract, {fastPath: %s}) records each rejected row's line in the file, blank lines counted (rejects_located)", async (fastPath) => {
    const dir = writeExtract(fixture);
    // residence.csv with two blank lines: after data row 4 and after data row 9 (lines 6 and 12).
    const text = readFileSync(join(dir, "residence.csv"), "utf8").split("\n");
    writeFileSync(join(dir, "residence.csv"), [...text.slice(0, 5), "", ...text.slice(5, 10), "", ...text.slice(10)].join("\n"));
    await validateExtract(db.connection, await discoverExtract(dir), {fastPath});
    const located = await rows(`SELECT "row", line, reason FROM rejects_located WHERE file = 'residence.csv' ORDER BY "row"`);
    // Header on line 1; rows 1–4 on lines 2–5, rows 5–9 on 7–11, rows 10… on 13…
    expect(located.map((r) => [r.row, r.line])).toEqual([[5, 7], [6, 8], [7, 9], [8, 10], [9, 11], [10, 13], [11, 14], [12, 15], [13, 16], [15, 18], [16, 19]]);
    // Rules in SQL (unknown_village) and in zod (end_date_without_end_reason) alike.
    expect(located.find((r) => r.row === 7)).toMatchObject({line: 9, reason: "unknown_village"});
    expect(located.find((r) => r.row === 16)).toMatchObject({line: 19, reason: "end_date_without_end_reason"});
    expect(await rows(`SELECT "row", line FROM rejects_located WHERE file = 'persons.csv' ORDER BY "row"`)).toEqual([{row: 4, line: 5}, {row: 5, line: 6}, {row: 9, line: 10}]);
  });

  test("validateExtract(connection, extract) warns id_number_as_number, not a wrong check digit, for an ID number a spreadsheet saved as a number", async () => {
    const persons = [
      {person_id: "A", sex: "女", birth_date: "1949-12-31", hukou_type: "户籍", id_number: "1.10105E+17"}, // 1: Excel's CSV of a General cell
      {person_id: "B", sex: "女", birth_date: "1949-12-31", hukou_type: "户籍", id_number: "110105194912310000"}, // 2: 15 digits kept, then zeros
      {person_id: "C", sex: "女", birth_date: "1949-12-31", hukou_type: "户籍", id_number: "110105194912310021"} // 3: a real wrong check digit
    ];
    await validateExtract(db.connection, await discoverExtract(writeExtract({...fixture, persons})));
    expect(await rows(`SELECT "row", reason, message FROM warnings WHERE "column" = 'id_number' ORDER BY "row"`)).toEqual([
      {row: 1, reason: "id_number_as_number", message: reasons.id_number_as_number},
      {row: 2, reason: "id_number_as_number", message: reasons.id_number_as_number},
      {row: 3, reason: "id_number_check_digit", message: reasons.id_number_check_digit}
    ]);
  });
});

describe("validateExtract soft fields", () => {
  test.each([true, false])("validateExtract(connection, extract, {fastPath: %s}) keeps a person whose optional field holds a typo, with the field blank and a warning naming file, row, line, column, value and reason", async (fastPath) => {
    const report = await validateExtract(db.connection, await discoverExtract(writeExtract(typoRegister)), {fastPath});
    // Only the rows with a bad required value (or a duplicate) are rejected, with only that reason.
    expect(await rows(`SELECT file, "row", "column", reason FROM rejects ORDER BY file, "row"`)).toEqual([
      {file: "persons.csv", row: 6, column: "sex", reason: "invalid_sex"},
      {file: "persons.csv", row: 7, column: "person_id", reason: "duplicate"},
      {file: "residence.csv", row: 6, column: "person_id", reason: "person_rejected"}
    ]);
    expect(await rows(`SELECT person_id, mother_id, birth_order, policy_compliant FROM persons ORDER BY person_id`)).toEqual([
      {person_id: "K1", mother_id: "P1", birth_order: null, policy_compliant: true},
      {person_id: "K2", mother_id: "P1", birth_order: null, policy_compliant: null},
      {person_id: "K3", mother_id: null, birth_order: null, policy_compliant: null},
      {person_id: "K4", mother_id: null, birth_order: 3, policy_compliant: false},
      {person_id: "K6", mother_id: null, birth_order: null, policy_compliant: null},
      {person_id: "P1", mother_id: null, birth_order: null, policy_compliant: null}
    ]);
    // Their spells are kept: they are in the population.
    expect(await rows(`SELECT person_id, village_code FROM residence ORDER BY person_id`)).toEqual(
      ["K1:V1", "K2:V2", "K3:V1", "K4:V3", "K6:V2", "P1:V1"].map((s) => ({person_id: s.split(":")[0], village_code: s.split(":")[1]}))
    );
    expect(await rows(`SELECT village_code, village_type FROM villages ORDER BY village_code`)).toEqual([
      {village_code: "V1", village_type: "village"}, {village_code: "V2", village_type: null}, {village_code: "V3", village_type: "community"}
    ]);
    expect(await rows(`SELECT source, item, amount_yuan FROM funding ORDER BY source_row`)).toEqual([
      {source: null, item: "宣传", amount_yuan: 100}, {source: "镇级财政", item: null, amount_yuan: 50}
    ]);
    const warnings = await rows(`SELECT file, "row", line, "column", value, reason, message FROM warnings_located
      WHERE reason LIKE '%_blanked' ORDER BY file, "row", "column"`);
    const warning = (file: string, row: number, column: string, value: string, reason: keyof typeof reasons) => ({file, row, line: row + 1, column, value, reason, message: reasons[reason]});
    expect(warnings).toEqual([
      warning("funding.csv", 1, "source", "财".repeat(100), "too_long_blanked"),
      warning("funding.csv", 2, "item", "用".repeat(100), "too_long_blanked"),
      warning("persons.csv", 2, "birth_order", "二", "birth_order_blanked"),
      warning("persons.csv", 3, "birth_order", "-1", "birth_order_blanked"),
      warning("persons.csv", 3, "policy_compliant", "符合", "policy_compliant_blanked"),
      warning("persons.csv", 4, "birth_order", "1.5", "birth_order_blanked"),
      warning("persons.csv", 4, "policy_compliant", "?", "policy_compliant_blanked"),
      // Identifying columns: masked, as in every report.
      warning("persons.csv", 5, "name", "***", "too_long_blanked"),
      warning("persons.csv", 8, "birth_order", "0", "birth_order_blanked"),
      warning("persons.csv", 8, "mother_id", "***", "too_long_blanked"),
      warning("villages.csv", 2, "village_type", "镇", "village_type_blanked")
    ]);
    // Warnings do not change the accounting: read = accepted + rejected.
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, [f.read, f.accepted, f.rejected, f.warnings]]));
    expect(byFile).toEqual({"villages.csv": [3, 3, 0, 1], "persons.csv": [8, 6, 2, 8], "residence.csv": [7, 6, 1, 0], "funding.csv": [2, 2, 0, 2]});
  });

  test("validateExtract(connection, extract) still rejects a person whose required field holds a typo, soft fields or not", async () => {
    const persons = [
      {person_id: "P1", sex: "女", birth_date: "1980-05-01", hukou_type: "户籍外", birth_order: "2", policy_compliant: "是"},
      {person_id: "P2", sex: "女", birth_date: "1980-5-1日", hukou_type: "户籍", birth_order: "二"}
    ];
    const residence = persons.map((p) => ({person_id: p.person_id, village_code: "V1", start_date: "2014-01-01", start_reason: "期初"}));
    await validateExtract(db.connection, await discoverExtract(writeExtract({...typoRegister, persons, residence})));
    expect(await rows(`SELECT file, "row", "column", reason FROM rejects ORDER BY file, "row"`)).toEqual([
      {file: "persons.csv", row: 1, column: "hukou_type", reason: "invalid_hukou_type"},
      {file: "persons.csv", row: 2, column: "birth_date", reason: "invalid_date"},
      {file: "residence.csv", row: 1, column: "person_id", reason: "person_rejected"},
      {file: "residence.csv", row: 2, column: "person_id", reason: "person_rejected"}
    ]);
    expect(await rows(`SELECT * FROM warnings WHERE file = 'persons.csv'`)).toEqual([]);
  });
});
