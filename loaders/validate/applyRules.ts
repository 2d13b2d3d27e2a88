import type {DuckDBConnection, DuckDBValue} from "@duckdb/node-api";
import {appendValues} from "../store/appendValues.ts";
import {runSqlFile} from "../store/runSqlFile.ts";
import {tableFromStaged} from "../store/tableFromStaged.ts";
import {spellsToRejectForOverlap, type Spell} from "./spellsToRejectForOverlap.ts";

/**
 * The rules that need other rows or files (rules/*.sql, in order, and the overlap check between
 * them), run once every file is staged; leaves persons and residence as the validated tables.
 * Its own module so that the stage can be run and timed alone on a staged database.
 * `files` names each table's input file, for rejects and warnings ($persons_file, …).
 */
export async function applyRules(connection: DuckDBConnection, files: Record<string, DuckDBValue>): Promise<void> {
  for (const name of ["01_villages", "02_persons", "03_residence"]) await runSqlFile(connection, new URL(`./rules/${name}.sql`, import.meta.url), files);
  await rejectOverlappingSpells(connection);
  for (const name of ["04_services_funding", "05_village_code_leading_zeros", "06_finalize"]) await runSqlFile(connection, new URL(`./rules/${name}.sql`, import.meta.url), files);
  // The kept rows are not copied: the staging tables become persons and residence.
  await tableFromStaged(connection, {staged: "staged_persons", table: "persons"});
  await tableFromStaged(connection, {staged: "staged_residence", table: "residence"});
  await runSqlFile(connection, new URL("./rules/07_validated.sql", import.meta.url), files);
}

/**
 * Settles overlapping spells person by person; only people who have an overlap are read into JavaScript.
 * They are the people of spell_pairs (03_residence.sql): every person with two overlapping spells is
 * there, and the few others there (a spell entered twice, now rejected as a duplicate) get nothing
 * rejected by spellsToRejectForOverlap, which is given only the spells still valid.
 */
async function rejectOverlappingSpells(connection: DuckDBConnection): Promise<void> {
  const candidates = await connection.runAndReadAll(`
    SELECT person_id, source_row, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(end_date, '%Y-%m-%d') AS end_date
    FROM staged_residence
    WHERE reject_reason IS NULL AND person_id IN (SELECT person_id FROM spell_pairs)
    ORDER BY person_id, start_date, source_row`);
  await connection.run("DROP TABLE spell_pairs");
  const byPerson = new Map<string, Spell[]>();
  for (const row of candidates.getRowObjects() as unknown as (Spell & {person_id: string})[]) {
    if (!byPerson.has(row.person_id)) byPerson.set(row.person_id, []);
    byPerson.get(row.person_id)!.push(row);
  }
  const rejected = [...byPerson.values()].flatMap(spellsToRejectForOverlap);
  if (rejected.length === 0) return;
  await connection.run("CREATE TEMP TABLE overlap_rejects (source_row INTEGER)");
  const appender = await connection.createAppender("overlap_rejects");
  for (const row of rejected) appendValues(appender, ["integer"], [row]);
  appender.closeSync();
  await connection.run(`UPDATE staged_residence SET reject_reason = 'overlapping_spell', reject_column = 'start_date'
    WHERE source_row IN (SELECT source_row FROM overlap_rejects)`);
}
