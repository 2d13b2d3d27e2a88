import type {DuckDBConnection, DuckDBValue} from "@duckdb/node-api";
import type {z} from "zod";
import {tableSpec, type TableName} from "../read/extractFormat.ts";
import {ExtractError} from "../read/ExtractError.ts";
import {openTable} from "../read/openTable.ts";
import {readExtractMeta} from "../read/readExtractMeta.ts";
import type {ExtractMeta as GivenExtractMeta} from "../read/extractMetaSchema.ts";
import type {ExtractFiles, RawRow} from "../read/types.ts";
import {appendValues, type AppendType} from "../store/appendValues.ts";
import {createTables} from "../store/createTables.ts";
import {runSqlFile} from "../store/runSqlFile.ts";
import {checkIdNumber} from "./checkIdNumber.ts";
import {columnHeaders} from "./columnHeaders.ts";
import {fundingRow} from "./fundingRow.ts";
import {idNumberStoredAsNumber} from "./idNumberStoredAsNumber.ts";
import {personRow, type PersonRow} from "./personRow.ts";
import {reasons, type Reason} from "./reasons.ts";
import {residenceRow} from "./residenceRow.ts";
import {serviceRow, type ServiceRow} from "./serviceRow.ts";
import {softParse} from "./softParse.ts";
import {sqlIdNumberAgrees, sqlIdNumberDigits} from "./sqlIdNumberAgrees.ts";
import {stageCsvFast} from "./stageCsvFast.ts";
import {sourceLineRecorder} from "./sourceLineRecorder.ts";
import {applyRules} from "./applyRules.ts";
import {villageRow} from "./villageRow.ts";

export interface FileReport {
  file: string;
  table: TableName;
  encoding: string;
  delimiter: string | null;
  read: number;
  accepted: number;
  rejected: number;
  warnings: number;
  unknown_columns: string[];
  /**
   * The header of each column whose header in the file is not its English name, as written:
   * {sex: "性别"}. Messages name a column as the office wrote it, e.g. 性别(sex).
   */
  column_headers: Record<string, string>;
}

export interface ExtractMeta {
  region: string | null;
  register_start: string;
  extract_date: string;
  /** Which of register_start / extract_date were derived from the residence file (no extract.json value). */
  derived: ("register_start" | "extract_date")[];
}

export interface ValidationReport {
  files: FileReport[];
  ignored_files: string[];
  meta: ExtractMeta;
}

type Problem = {column: string | null; value: string | null; reason: Reason};

interface StagedTable<S extends z.ZodType> {
  table: TableName;
  staging: string;
  schema: S;
  columns: readonly (readonly [string, AppendType])[];
  /** Row-level warnings for a row that passed its schema (`raw`: the row as read). */
  warnings?: (row: z.infer<S>, raw: RawRow) => Problem[];
  /**
   * CSV fast path (stageCsvFast): SQL over the converted values that is TRUE only when the schema's
   * object-level refinements and `warnings` find nothing. Tables without it are always read by zod.
   */
  fastGuard?: string;
  /** Values the fast guard uses several times, computed once (see FastTarget.derived). */
  fastDerived?: Record<string, string>;
}

const stagedTables: StagedTable<z.ZodType>[] = [
  {
    table: "villages",
    staging: "staged_villages",
    schema: villageRow,
    columns: [["village_code", "varchar"], ["village_name", "varchar"], ["village_type", "varchar"]]
  },
  {
    table: "persons",
    staging: "staged_persons",
    schema: personRow,
    columns: [
      ["person_id", "varchar"], ["sex", "varchar"], ["birth_date", "date"], ["hukou_type", "varchar"],
      ["mother_id", "varchar"], ["birth_order", "integer"], ["policy_compliant", "boolean"]
    ],
    warnings: (row: PersonRow, raw: RawRow) => {
      if (row.id_number === null) return [];
      const problems = checkIdNumber(row.id_number, row.birth_date, row.sex);
      // A number the spreadsheet mangled: one reason that says so, rather than a wrong check digit.
      if (problems.length > 0 && idNumberStoredAsNumber(row.id_number, raw.numberColumns?.includes("id_number") ?? false))
        return [{column: "id_number", value: "***", reason: "id_number_as_number"}];
      return problems.map((reason) => ({column: "id_number", value: "***", reason}));
    },
    fastDerived: {id_digits: sqlIdNumberDigits("id_number")},
    fastGuard: `id_number IS NULL OR ${sqlIdNumberAgrees("id_number", "birth_date", "sex", "id_digits")}`
  },
  {
    table: "residence",
    staging: "staged_residence",
    schema: residenceRow,
    columns: [
      ["person_id", "varchar"], ["village_code", "varchar"], ["start_date", "date"], ["start_reason", "varchar"],
      ["end_date", "date"], ["end_reason", "varchar"]
    ],
    // residenceRow's refinements: end_date and end_reason come together; the spell does not end before it starts.
    fastGuard: "(end_date IS NULL) = (end_reason IS NULL) AND (end_date IS NULL OR end_date >= start_date)"
  },
  {
    table: "services",
    staging: "staged_services",
    schema: serviceRow,
    columns: [["year", "integer"], ["village_code", "varchar"], ["project", "varchar"], ["eligible", "bigint"], ["served", "bigint"]],
    warnings: (row: ServiceRow) => (row.served! > row.eligible! ? [{column: "served", value: String(row.served), reason: "served_exceeds_eligible"}] : []),
    fastGuard: "served <= eligible"
  },
  {
    table: "funding",
    staging: "staged_funding",
    schema: fundingRow,
    columns: [["year", "integer"], ["village_code", "varchar"], ["source", "varchar"], ["item", "varchar"], ["amount_yuan", "double"]],
    fastGuard: "TRUE"
  }
] as StagedTable<z.ZodType>[];

const maxValueLength = 100;

/**
 * Reads every file of the extract, checks each row against its schema (zod), then applies the
 * rules that need other rows (SQL), and fills the validated tables of schema.sql. Every row read
 * ends up either in a validated table or in `rejects`; warnings go to `warnings`.
 */
export async function validateExtract(
  connection: DuckDBConnection,
  extract: ExtractFiles,
  {onProgress = () => {}, onRules = () => {}, fastPath = true, given}: {
    onProgress?: (message: string) => void;
    onRules?: () => void;
    /** extract.json as the caller already read it (readExtractMeta); default: read here. */
    given?: GivenExtractMeta;
    /** Use the CSV fast path (stageCsvFast) where it applies; false: every row through zod (the reference). */
    fastPath?: boolean;
  } = {}
): Promise<ValidationReport> {
  await createTables(connection);
  await runSqlFile(connection, new URL("./staging.sql", import.meta.url));

  const reports: FileReport[] = [];
  const problemsAppender = {
    rejects: await connection.createAppender("rejects"),
    warnings: await connection.createAppender("warnings")
  };
  const rejectedPersonIds = await connection.createAppender("rejected_person_ids");
  // A soft field's value the field refuses (softParse): blanked, and warned in 06_finalize.sql if the row is kept.
  const blankedCells = await connection.createAppender("blanked_cells");
  const sourceLines = await connection.createAppender("source_lines");
  const problemTypes: AppendType[] = ["varchar", "integer", "varchar", "varchar", "varchar", "varchar"];

  for (const staged of stagedTables) {
    const source = extract.tables[staged.table];
    if (!source) continue;
    onProgress(`读取 ${source.file}`);
    const spec = tableSpec(staged.table);
    const identifying = new Set(spec.columns.filter((c) => c.identifying).map((c) => c.name));
    const fast =
      fastPath && staged.fastGuard !== undefined && source.format === "csv"
        ? await stageCsvFast(connection, source, spec, {staging: staged.staging, schema: staged.schema, columns: staged.columns.map(([name]) => name), guard: staged.fastGuard, derived: staged.fastDerived, maxValueLength})
        : undefined;
    const {header, rows} = fast ?? (await openTable(source, spec));
    const appender = await connection.createAppender(staged.staging);
    const types = [...staged.columns.map(([, type]) => type), "integer", "varchar", "varchar"] as AppendType[];
    const report: FileReport = {
      file: source.file, table: staged.table, encoding: header.encoding, delimiter: header.delimiter ?? null,
      read: 0, accepted: 0, rejected: 0, warnings: 0, unknown_columns: header.unknownColumns, column_headers: columnHeaders(header.headers)
    };
    const located = sourceLineRecorder(sourceLines, source.file);
    const record = (kind: "rejects" | "warnings", row: number, problem: Problem) =>
      appendValues(problemsAppender[kind], problemTypes, [source.file, row, problem.column, problem.value, problem.reason, reasons[problem.reason]]);

    for await (const raw of rows) {
      report.read++;
      located(raw.row, raw.line);
      // The header again (two extracts pasted one under the other): not data, one reason for the row.
      if (raw.repeatedHeader) {
        record("rejects", raw.row, {column: null, value: null, reason: "repeated_header"});
        continue;
      }
      if (raw.fieldCountMismatch) {
        const {expected, actual} = raw.fieldCountMismatch;
        record("rejects", raw.row, {column: null, value: `${actual}/${expected}`, reason: "field_count"});
        continue;
      }
      const valueOf = (column: string) => {
        const cell = raw.values[column];
        const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell ?? "");
        return identifying.has(column) && text !== "" ? "***" : text.slice(0, maxValueLength);
      };
      const parsed = softParse(staged.schema, raw.values);
      if (!parsed.success) {
        for (const issue of parsed.issues) {
          const column = String(issue.path[0] ?? "");
          const value = valueOf(column);
          const given = ((issue as {params?: {reason?: Reason}}).params?.reason ?? "invalid_code") as Reason;
          // An empty cell that the sheet shows filled (covered by a merge) gets the real cause.
          const reason = given === "required" && raw.mergedColumns?.includes(column) ? "merged_cell" : given;
          record("rejects", raw.row, {column, value, reason});
        }
        if (staged.table === "persons" && typeof raw.values.person_id === "string" && raw.values.person_id !== "")
          appendValues(rejectedPersonIds, ["varchar"], [raw.values.person_id]);
        continue;
      }
      const row = parsed.data;
      for (const {column, reason} of parsed.blanked)
        appendValues(blankedCells, ["varchar", "integer", "varchar", "varchar", "varchar"], [staged.table, raw.row, column, valueOf(column), reason]);
      // An optional cell covered by a merge is read as empty: accepted, but said.
      for (const column of raw.mergedColumns ?? [])
        if (raw.values[column] === "") record("warnings", raw.row, {column, value: "", reason: "merged_cell"});
      for (const problem of staged.warnings?.(row, raw) ?? []) record("warnings", raw.row, problem);
      appendValues(appender, types, [...staged.columns.map(([name]) => row[name]), raw.row, null, null]);
    }
    appender.closeSync();
    if (fast) report.read += fast.staged;
    reports.push(report);
    onProgress(`${source.file}: ${report.read} 行`);
  }
  problemsAppender.rejects.closeSync();
  problemsAppender.warnings.closeSync();
  rejectedPersonIds.closeSync();
  blankedCells.closeSync();
  sourceLines.closeSync();

  const meta = await storeExtractMeta(connection, extract, given ?? (extract.metaFile ? await readExtractMeta(extract.metaFile) : undefined));
  const provided = await connection.createAppender("extract_tables");
  for (const table of Object.keys(extract.tables).sort()) appendValues(provided, ["varchar"], [table]);
  provided.closeSync();
  onProgress("核对记录之间的关系");
  onRules();
  const files: Record<string, DuckDBValue> = {};
  for (const {table} of stagedTables) files[`${table}_file`] = extract.tables[table]?.file ?? table;
  await applyRules(connection, files);
  await fillMessages(connection);
  await countOutcomes(connection, reports);
  await runSqlFile(connection, new URL("./dropStaging.sql", import.meta.url));
  return {files: reports, ignored_files: extract.ignoredFiles, meta};
}

/** extract.json where given; otherwise register_start and extract_date derived from the residence spells. */
async function storeExtractMeta(connection: DuckDBConnection, extract: ExtractFiles, given: GivenExtractMeta = {}): Promise<ExtractMeta> {
  const derivedReader = await connection.runAndReadAll(`
    SELECT strftime(min(start_date) FILTER (WHERE start_reason = 'initial'), '%Y-%m-%d') AS register_start,
           strftime(greatest(max(start_date), max(end_date)), '%Y-%m-%d') AS extract_date
    FROM staged_residence`);
  const derived = derivedReader.getRowObjects()[0] as {register_start: string | null; extract_date: string | null};
  const meta: ExtractMeta = {
    region: given.region ?? null,
    register_start: given.register_start ?? derived.register_start ?? "",
    extract_date: given.extract_date ?? derived.extract_date ?? "",
    derived: []
  };
  if (!given.register_start) meta.derived.push("register_start");
  if (!given.extract_date) meta.derived.push("extract_date");
  if (meta.register_start === "")
    throw new ExtractError(`${extract.tables.residence?.file}:没有任何有效的期初(initial)登记,无法确定登记开始日期;请在 extract.json 中给出 register_start / no valid 期初 spell to derive register_start from`);
  if (meta.extract_date === "")
    throw new ExtractError(`${extract.tables.residence?.file}:没有任何有效的居住登记 / no valid residence spell`);
  if (meta.register_start > meta.extract_date) throw startAfterExtractDate(meta, extract);
  const prepared = await connection.prepare("INSERT INTO extract_meta VALUES ($region, $register_start::DATE, $extract_date::DATE)");
  prepared.bind({region: meta.region, register_start: meta.register_start, extract_date: meta.extract_date});
  await prepared.run();
  return meta;
}

/**
 * register_start after extract_date, where at least one of them was derived from the residence file
 * (extract.json giving both is refused by readExtractMeta): says where each date came from, since
 * the one to correct may be the extract.json value or the residence rows it was derived from.
 */
function startAfterExtractDate(meta: ExtractMeta, extract: ExtractFiles): ExtractError {
  const residence = extract.tables.residence?.file ?? "residence";
  const origin = (field: "register_start" | "extract_date") =>
    !meta.derived.includes(field) ? {zh: "extract.json 给出", en: "given in extract.json"}
    : field === "register_start" ? {zh: `由 ${residence} 最早的期初登记推出`, en: `derived from the earliest 期初 spell of ${residence}`}
    : {zh: `由 ${residence} 最晚的日期推出`, en: `derived from the latest date of ${residence}`};
  const start = origin("register_start");
  const end = origin("extract_date");
  return new ExtractError(
    `登记开始日期 register_start ${meta.register_start}(${start.zh})晚于提取日期 extract_date ${meta.extract_date}(${end.zh}) / ` +
      `register_start ${meta.register_start} (${start.en}) is after extract_date ${meta.extract_date} (${end.en})`,
    {file: meta.derived.length === 2 ? residence : "extract.json", column: meta.derived.includes("extract_date") ? "register_start" : "extract_date"}
  );
}

async function fillMessages(connection: DuckDBConnection): Promise<void> {
  await connection.run("CREATE TEMP TABLE reason_messages (reason VARCHAR, message VARCHAR)");
  const appender = await connection.createAppender("reason_messages");
  for (const [reason, message] of Object.entries(reasons)) appendValues(appender, ["varchar", "varchar"], [reason, message]);
  appender.closeSync();
  for (const table of ["rejects", "warnings"])
    await connection.run(`UPDATE ${table} SET message = m.message FROM reason_messages AS m WHERE ${table}.reason = m.reason AND ${table}.message = ''`);
}

async function countOutcomes(connection: DuckDBConnection, reports: FileReport[]): Promise<void> {
  const counts = await connection.runAndReadAll(`
    SELECT file, 'rejected' AS kind, count(DISTINCT "row")::INTEGER AS n FROM rejects GROUP BY file
    UNION ALL
    SELECT file, 'warnings', count(*)::INTEGER FROM warnings GROUP BY file`);
  for (const {file, kind, n} of counts.getRowObjects() as {file: string; kind: "rejected" | "warnings"; n: number}[]) {
    const report = reports.find((r) => r.file === file);
    if (report) report[kind] = n;
  }
  for (const report of reports) report.accepted = report.read - report.rejected;
}
