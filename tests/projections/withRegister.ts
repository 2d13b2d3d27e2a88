import {readFileSync} from "node:fs";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";

const schema = readFileSync(new URL("../../loaders/store/schema.sql", import.meta.url), "utf8");

/** A fresh ':memory:' DuckDB with the validated-register schema (loaders/store/schema.sql), filled by `fill`. */
export async function withRegister(fill: (connection: DuckDBConnection) => Promise<unknown>): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(schema);
  await fill(connection);
  return connection;
}

/** A tiny hand-made register (years 2020–2022, villages A and B) whose every count is worked out in the tests. */
export async function tinyRegister(connection: DuckDBConnection): Promise<void> {
  await connection.run(`
    INSERT INTO extract_meta VALUES ('test', DATE '2020-01-01', DATE '2022-12-31');
    INSERT INTO villages VALUES ('A', '甲村', 'village', 1), ('B', '乙村', 'village', 2);
    INSERT INTO persons VALUES
      ('p1', 'F', DATE '1990-06-15', 'registered', NULL, NULL, NULL, 1),
      ('p2', 'M', DATE '2000-02-29', 'registered', NULL, NULL, NULL, 2),
      ('p3', 'F', DATE '2021-06-14', 'registered', 'p1', 1, true, 3),
      ('p4', 'M', DATE '1985-01-10', 'migrant', NULL, NULL, NULL, 4),
      ('p5', 'F', DATE '1970-07-01', 'registered', NULL, NULL, NULL, 5),
      ('p6', 'M', DATE '2022-03-03', 'registered', NULL, NULL, NULL, 6),
      ('p7', 'F', DATE '1995-12-31', 'migrant', NULL, NULL, NULL, 7);
    INSERT INTO residence VALUES
      ('p1', 'A', DATE '2020-01-01', 'initial', NULL, NULL, 1),
      ('p2', 'A', DATE '2020-01-01', 'initial', DATE '2021-02-28', 'death', 2),
      ('p3', 'A', DATE '2021-06-14', 'birth', NULL, NULL, 3),
      ('p4', 'A', DATE '2020-01-01', 'initial', DATE '2022-05-01', 'out_migration', 4),
      ('p4', 'B', DATE '2022-05-01', 'in_migration', NULL, NULL, 5),
      ('p5', 'B', DATE '2020-01-01', 'initial', DATE '2020-12-31', 'out_migration', 6),
      ('p6', 'B', DATE '2022-03-03', 'birth', NULL, NULL, 7),
      ('p7', 'B', DATE '2021-01-01', 'in_migration', NULL, NULL, 8);
  `);
}

/**
 * A register of awkward dates: births on 29 February, 1 January and 31 December, in and around the
 * reported years; spells starting and ending on 1 January, 31 December and 29 February, open spells,
 * spells that start before the register or before the person's birth, one-day and empty spells.
 */
export async function awkwardRegister(connection: DuckDBConnection, registerStart: string, extractDate: string): Promise<void> {
  await connection.run(`INSERT INTO extract_meta VALUES (NULL, DATE '${registerStart}', DATE '${extractDate}')`);
  await connection.run(`
    CREATE TEMP TABLE awkward_days AS
      SELECT unnest([DATE '2000-02-29', DATE '2016-02-29', DATE '2020-02-29', DATE '2015-01-01', DATE '2016-12-31',
                     DATE '2019-12-31', DATE '2020-01-01', DATE '2021-03-01', DATE '2018-02-28', DATE '1930-07-15',
                     DATE '2022-06-30', DATE '2023-01-01', DATE '2024-12-31', DATE '2025-01-01']) AS day;
    INSERT INTO persons
      SELECT 'p' || row_number() OVER (ORDER BY b.day, s.sex), s.sex, b.day, 'registered', NULL, NULL, NULL, 1
      FROM awkward_days AS b CROSS JOIN (VALUES ('F'), ('M')) AS s(sex);
    -- every person gets a spell for every (start, end) pair of awkward days with start ≤ end, and open spells
    INSERT INTO residence
      SELECT p.person_id, CASE WHEN hash(p.person_id, s.day, e.day) % 3 = 0 THEN 'A' ELSE 'B' END,
             s.day, 'initial', e.day, CASE WHEN e.day IS NULL THEN NULL ELSE 'out_migration' END, 1
      FROM persons AS p
      CROSS JOIN awkward_days AS s
      CROSS JOIN (SELECT day FROM awkward_days UNION ALL SELECT NULL) AS e(day)
      WHERE e.day IS NULL OR e.day >= s.day;
    DROP TABLE awkward_days;
  `);
}
