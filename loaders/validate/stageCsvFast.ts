import type {DuckDBConnection} from "@duckdb/node-api";
import {stat} from "node:fs/promises";
import type {z} from "zod";
import {headerNames, type TableSpec} from "../read/extractFormat.ts";
import {checkRepeatedHeader} from "../read/checkRepeatedHeader.ts";
import {headerFromCells} from "../read/headerFromCells.ts";
import {openTable} from "../read/openTable.ts";
import {plainCsvLayout} from "../read/plainCsvLayout.ts";
import {csvColumnsFromHeader, rawRowFromCells} from "../read/rawRowFromCells.ts";
import type {HeaderInfo, RawRow, TableFile} from "../read/types.ts";
import {columnTypes} from "../store/columnTypes.ts";
import {quotedIdentifier, quotedString} from "../store/sql.ts";
import {fieldMeta, type FieldMeta} from "./fields.ts";
import {sqlFromField} from "./sqlFromField.ts";

export interface FastTarget {
  /** Staging table, still empty: the table of settled rows replaces it, with its columns and types. */
  staging: string;
  /** The row schema (a zod object, possibly with object-level refinements). */
  schema: z.ZodType;
  /** Staged columns, in table order (followed by source_row, reject_reason, reject_column). */
  columns: readonly string[];
  /**
   * SQL over the converted values (by column name) that is TRUE only when the schema's
   * object-level refinements and the table's warnings would find nothing for the row.
   */
  guard?: string;
  /**
   * Columns computed from the converted values before the guard runs (name → SQL), for a value the
   * guard uses many times: DuckDB evaluates a repeated expression each time it appears.
   */
  derived?: Record<string, string>;
  /** A reported value's length at most (validateExtract's): a blanked soft cell's value is cut to it. */
  maxValueLength?: number;
}

export interface FastStaged {
  header: HeaderInfo;
  /** Data rows read from the file (blank records not counted). */
  read: number;
  /** Rows the SQL staged. */
  staged: number;
  /** The other rows, in file order, to be validated by zod exactly as the reader would give them. */
  rows: AsyncGenerator<RawRow, void, undefined>;
}

/** JavaScript's String.prototype.trim whitespace (WhiteSpace and LineTerminator), as an RE2 class body. */
const jsWhitespace = "\\t\\n\\x0B\\x0C\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
/** Printable ASCII and CJK unified ideographs: JavaScript's trim/NFKC/toLowerCase agree with DuckDB's trim/lower on them. */
const plainText = "\\x20-\\x7E\\x{4E00}-\\x{9FFF}";
/**
 * read_csv's options for a file's line endings. Measured with DuckDB 1.5.6: a file with both CRLF and
 * LF is refused in strict mode whatever new_line says ("state machine reached an invalid state");
 * not strict with new_line '\r\n', it reads each physical line as one line, either ending dropped
 * (with '\n' it reads a CRLF as two lines); the parallel reader refuses such a file once it spans
 * several buffers (139 MB: "does not support a full read on this file"), so it is read on one thread.
 */
const newLineOptions = {
  "\n": "new_line = '\\n'",
  "\r\n": "new_line = '\\r\\n'",
  mixed: "new_line = '\\r\\n', strict_mode = false, parallel = false"
} as const;
/** Rows of unsettled rows fetched at a time. */
const page = 10_000;

function schemaShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return (schema as unknown as {shape?: Record<string, z.ZodType>}).shape;
}

/**
 * The CSV fast path of validation: DuckDB reads a plain CSV file (plainCsvLayout: UTF-8 or UTF-16LE,
 * no quotes, lines ending in LF or CRLF) line by line, numbers the records as the JavaScript reader does (blank records
 * skipped and not counted), converts the cells with SQL derived from each field's FieldMeta, and
 * stages every row the SQL can settle. The other rows come back as RawRows for zod.
 * A soft field (fields.ts `soft`) whose cell zod is certain to refuse (FieldSql.invalid) is staged as
 * NULL and its cell recorded in blanked_cells, as validateExtract does with softParse on the zod path.
 *
 * Returns undefined (nothing staged) when the file is not a regular file or not plain, a field has
 * no FieldMeta, or DuckDB cannot read the file: the caller then reads it with the JavaScript reader.
 */
export async function stageCsvFast(connection: DuckDBConnection, source: TableFile, spec: TableSpec, target: FastTarget): Promise<FastStaged | undefined> {
  const shape = schemaShape(target.schema);
  if (!shape) return undefined;
  const metas: Record<string, FieldMeta> = {};
  for (const [name, field] of Object.entries(shape)) {
    const meta = fieldMeta(field);
    if (!meta) return undefined;
    metas[name] = meta;
  }
  // Not a regular file (a link to a folder or to nothing): the JavaScript reader says so.
  if (!(await stat(source.path).catch(() => undefined))?.isFile()) return undefined;
  const layout = await plainCsvLayout(source.path);
  if (!layout) return undefined;
  // The reader checks the header (and throws its errors) exactly as on the JavaScript path.
  const opened = await openTable(source, spec);
  await opened.rows.return(undefined);
  const {header} = opened;
  const delimiter = header.delimiter!;

  await connection.run("DROP TABLE IF EXISTS fast_lines");
  try {
    await connection.run(`CREATE TEMP TABLE fast_lines AS SELECT line FROM read_csv(${quotedString(source.path)},
      columns = {'line': 'VARCHAR'}, header = false, auto_detect = false, delim = '\\0', quote = '', escape = '',
      ${newLineOptions[layout.newline]}${layout.encoding === "utf-16" ? ", encoding = 'utf-16'" : ""})`);
  } catch {
    await connection.run("DROP TABLE IF EXISTS fast_lines");
    return undefined;
  }
  try {
    const headerLine = await connection.runAndReadAll(`SELECT coalesce(line, '') AS line FROM fast_lines WHERE rowid = ${header.headerRow - 1}`);
    const headerText = String((headerLine.getRowObjects()[0] as {line: string} | undefined)?.line ?? "").replace(/^\uFEFF/, "");
    const headerCells = headerText.split(delimiter);
    const match = headerFromCells(headerCells, spec);
    if (match.columns.join() !== header.columns.join()) return undefined;
    const columns = csvColumnsFromHeader(headerCells, match.names);

    const blank = `regexp_full_match(coalesce(line, ''), ${quotedString(`[${jsWhitespace}${delimiter === "\t" ? "\\t" : delimiter}]*`)})`;
    const plain = `regexp_full_match(line, ${quotedString(`[${plainText}${delimiter === "\t" ? "\\t" : ""}]*`)})`;
    const cellText = (name: string) => {
      const at = columns.names.indexOf(name);
      if (at === -1) return "''";
      // A plain line's only whitespace is the space: a line without one has nothing to trim.
      const cell = `cells[${columns.indexes[at]! + 1}]`;
      return `CASE WHEN spaced THEN trim(${cell}) ELSE ${cell} END`;
    };
    // Blank records are skipped and not counted; without any, a record's number follows from its line.
    const blankData = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM fast_lines WHERE rowid >= ${header.headerRow} AND ${blank}`);
    const fromLines = (blankData.getRowObjects()[0] as {n: number}).n === 0;
    const rowNumber = fromLines ? `(rowid - ${header.headerRow - 1})::INTEGER` : "row_number() OVER (ORDER BY rowid)::INTEGER";
    // Rows numbered from their lines are already in row order (a scan, filters and projections keep
    // the table's order); rows numbered by the window are put back in order by a sort.
    const inRowOrder = fromLines ? "" : "ORDER BY row";
    // A row with a column's name in a cell may be the header again (two extracts pasted one under the
    // other; a villages header is otherwise a valid village): the reader decides (checkRepeatedHeader).
    // On a plain line a cell is trimmed as the reader trims it, and NFKC leaves its characters as they are.
    const columnNames = `[${[...headerNames(spec)].map(quotedString).join(", ")}]`;
    // The required columns' cells suffice: a header names every one of them (somewhere), and fewer tests cost less.
    const required = spec.columns.filter((c) => c.required && c.name in metas && columns.names.includes(c.name)).map((c) => c.name);
    // list_contains, not IN (…): DuckDB plans an IN list of six or more constants as a hash join, which
    // does not keep the rows in file order.
    const namesAColumn = `coalesce(${required.map((name) => `list_contains(${columnNames}, lower(${quotedIdentifier(`t_${name}`)}))`).join(" OR ") || "FALSE"}, FALSE)`;
    const fields = Object.entries(metas).map(([name, meta]) => ({name, meta, sql: sqlFromField(meta, quotedIdentifier(`t_${name}`), quotedIdentifier(name))}));
    const texts = Object.keys(metas).map((name) => `${cellText(name)} AS ${quotedIdentifier(`t_${name}`)}`).join(", ");
    const values = fields.map(({name, sql}) => `${sql.value} AS ${quotedIdentifier(name)}`).join(", ");
    // A soft field's cell that zod would refuse: flagged (b_<name>), then its value is NULL; the row is settled.
    const softFields = fields.filter(({meta}) => meta.soft !== undefined);
    const blankedFlag = (name: string) => quotedIdentifier(`b_${name}`);
    // The invalid test only where the cell is not ok (CASE evaluates a branch only for its rows): few rows.
    const flags = softFields.map(({name, sql}) => `, CASE WHEN coalesce(${sql.ok}, FALSE) THEN FALSE ELSE coalesce(${sql.invalid}, FALSE) END AS ${blankedFlag(name)}`).join("");
    const blanking = softFields.length === 0 ? "" : ` REPLACE (${softFields.map(({name}) => `CASE WHEN ${blankedFlag(name)} THEN NULL ELSE ${quotedIdentifier(name)} END AS ${quotedIdentifier(name)}`).join(", ")})`;
    const fieldsOk = fields.map(({name, meta, sql}) => (meta.soft === undefined ? sql.ok : `(${sql.ok} OR ${blankedFlag(name)})`)).join(" AND ");
    const identifying = new Set(spec.columns.filter((c) => c.identifying).map((c) => c.name));
    const maxValueLength = target.maxValueLength ?? 100;
    // A settled row's blanked cells as one list (NULL for the many rows without any; an entry per soft
    // field, NULL where it was not blanked), for blanked_cells. The value is reported as validateExtract
    // reports it: masked for an identifying column, else cut.
    const blankedCell = ({name, meta}: (typeof softFields)[number]) =>
      `CASE WHEN ${blankedFlag(name)} THEN {'column': ${quotedString(name)}, 'value': ${identifying.has(name) ? "'***'" : `left(${quotedIdentifier(`t_${name}`)}, ${maxValueLength})`}, 'reason': ${quotedString(meta.soft!)}} END`;
    const blankedList = softFields.length === 0 ? "" :
      `, CASE WHEN ok AND (${softFields.map(({name}) => blankedFlag(name)).join(" OR ")}) THEN [${softFields.map(blankedCell).join(", ")}] END AS blanked`;
    // fast_rows is built with the staging table's columns and types, so that once the unsettled rows
    // are set aside it can become the staging table itself: copying millions of rows into it would
    // cost time and, while both exist, memory.
    const stagingColumns = await columnTypes(connection, target.staging);
    const already = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${quotedIdentifier(target.staging)}`);
    if ((already.getRowObjects()[0] as {n: number}).n !== 0) throw new Error(`internal: ${target.staging} must be empty before the fast path stages a file`);
    const settledColumns = stagingColumns.map(({name, type}) =>
      name === "source_row" ? `row::${type} AS source_row` : target.columns.includes(name) ? `${quotedIdentifier(name)}::${type} AS ${quotedIdentifier(name)}` : `NULL::${type} AS ${quotedIdentifier(name)}`);
    // A rename cannot move a table between the temp catalog and the database: fast_rows is made
    // where the staging table is (TEMP for most; staged_persons and staged_residence are not, staging.sql).
    const temporary = await isTemporary(connection, target.staging);
    await connection.run("DROP TABLE IF EXISTS fast_rows");
    await connection.run(`CREATE ${temporary ? "TEMP " : ""}TABLE fast_rows AS
      WITH numbered AS (
        SELECT (rowid + 1)::INTEGER AS line_number, line, ${rowNumber} AS row
        FROM fast_lines
        WHERE rowid >= ${header.headerRow} -- the data lines after the header
          AND NOT ${blank} -- blank records are skipped and not counted, as by the reader
      ),
      cells AS (
        SELECT row, line_number, line, string_split(line, ${quotedString(delimiter)}) AS cells, contains(line, ' ') AS spaced,
               ${plain} AND len(string_split(line, ${quotedString(delimiter)})) = ${columns.expected} AS plain
        FROM numbered
      ),
      converted AS (
        SELECT *, ${values}
        FROM (SELECT row, line_number, line, plain, ${texts} FROM cells)
      ),
      flagged AS (SELECT *${flags} FROM converted),
      blanked AS (SELECT *${blanking} FROM flagged),
      derived AS (SELECT *${Object.entries(target.derived ?? {}).map(([name, sql]) => `, ${sql} AS ${quotedIdentifier(name)}`).join("")} FROM blanked),
      checked AS (SELECT *, coalesce(plain AND ${fieldsOk}, FALSE) AND coalesce(${target.guard ?? "TRUE"}, FALSE) AND NOT ${namesAColumn} AS ok FROM derived)
      SELECT ${settledColumns.join(", ")}, ok, line_number, CASE WHEN NOT ok THEN line END AS line${blankedList}
      FROM checked ${inRowOrder}`);
    await connection.run("DROP TABLE fast_lines");
    // Where each row is in the file (source_lines): its line is row + headerRow while no blank line has been skipped.
    await connection.run(fromLines
      ? `INSERT INTO source_lines SELECT ${quotedString(source.file)}, 1, ${header.headerRow}`
      : `INSERT INTO source_lines SELECT ${quotedString(source.file)}, source_row, line_number - source_row FROM (
          SELECT source_row, line_number, line_number - source_row - lag(line_number - source_row) OVER (ORDER BY source_row) AS change FROM fast_rows)
        WHERE change IS DISTINCT FROM 0`);
    const counts = await connection.runAndReadAll("SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE ok)::INTEGER AS staged FROM fast_rows");
    const {n, staged} = counts.getRowObjects()[0] as {n: number; staged: number};
    await connection.run("DROP TABLE IF EXISTS fast_unsettled");
    await connection.run("CREATE TEMP TABLE fast_unsettled AS SELECT source_row AS row, line_number, line FROM fast_rows WHERE NOT ok");
    if (softFields.length > 0)
      await connection.run(`INSERT INTO blanked_cells
        SELECT ${quotedString(spec.table)}, source_row, cell.column, cell.value, cell.reason
        FROM (SELECT source_row, unnest(blanked) AS cell FROM fast_rows WHERE blanked IS NOT NULL)
        WHERE cell IS NOT NULL`);
    // The settled rows become the staging table, in row order (DuckDB keeps insertion order, and
    // deleting rows or dropping columns does not move the others).
    await connection.run("DELETE FROM fast_rows WHERE NOT ok");
    for (const column of ["ok", "line_number", "line", ...(softFields.length > 0 ? ["blanked"] : [])]) await connection.run(`ALTER TABLE fast_rows DROP COLUMN ${quotedIdentifier(column)}`);
    await connection.run(`DROP TABLE ${quotedIdentifier(target.staging)}`);
    await connection.run(`ALTER TABLE fast_rows RENAME TO ${quotedIdentifier(target.staging)}`);

    async function* rows(): AsyncGenerator<RawRow, void, undefined> {
      try {
        let after = 0;
        for (;;) {
          const reader = await connection.runAndReadAll(
            `SELECT row, line_number, line FROM fast_unsettled WHERE row > ${after} ORDER BY row LIMIT ${page}`
          );
          const batch = reader.getRowObjects() as {row: number; line_number: number; line: string}[];
          if (batch.length === 0) return;
          for (const {row, line_number, line} of batch) {
            const cells = line.split(delimiter);
            const raw = rawRowFromCells(cells, columns, row, line_number);
            checkRepeatedHeader(raw, cells, {spec, columns, file: source.file, headerRow: header.headerRow});
            yield raw;
          }
          after = batch[batch.length - 1]!.row;
        }
      } finally {
        await connection.run("DROP TABLE IF EXISTS fast_unsettled");
      }
    }
    return {header, read: n, staged, rows: rows()};
  } finally {
    await connection.run("DROP TABLE IF EXISTS fast_lines");
  }
}

/** Whether a query naming `table` finds a TEMP table (the temp catalog is searched first). */
async function isTemporary(connection: DuckDBConnection, table: string): Promise<boolean> {
  const reader = await connection.runAndReadAll("SELECT coalesce(bool_or(temporary), FALSE) AS temporary FROM duckdb_tables() WHERE table_name = $table", {table});
  return (reader.getRowObjects()[0] as {temporary: boolean}).temporary;
}
