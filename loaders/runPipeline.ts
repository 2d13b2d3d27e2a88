import {csvFormat} from "d3";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {discoverExtract} from "./read/discoverExtract.ts";
import {readExtractMeta} from "./read/readExtractMeta.ts";
import {removeDatabaseFile, replaceDatabaseFile} from "./store/databaseFile.ts";
import {memoryLimitErrorFrom} from "./store/memoryLimit.ts";
import {defaults as databaseDefaults, openDatabase} from "./store/openDatabase.ts";
import {validateExtract} from "./validate/validateExtract.ts";
import {computeIndicators} from "./indicators/computeIndicators.ts";
import {loadTargets} from "./validate/loadTargets.ts";
import {checkRejectedShare, defaults as rejectedShareDefaults} from "./validate/checkRejectedShare.ts";
import {checkTargets} from "./indicators/checkTargets.ts";
import {dataDictionary} from "./publish/dataDictionary.ts";
import {registerCoverageNotes} from "./publish/registerCoverageNotes.ts";
import {reportedYears} from "./indicators/reportedYears.ts";
import {yearsWithoutEvents} from "./indicators/yearsWithoutEvents.ts";
import {projectionsFromRegister} from "./projections/projectionsFromRegister.ts";
import {storeProjections} from "./projections/storeProjections.ts";
import {blankWhenSuppressed} from "./publish/blankWhenSuppressed.ts";
import {suppressedCells} from "./publish/suppressedCells.ts";
import {copyTableToFiles} from "./publish/copyTableToFiles.ts";
import {publishedDatasets} from "./publish/publishedDatasets.ts";
import {qualityReport, type QualityReport} from "./publish/qualityReport.ts";
import {replaceDirectory} from "./publish/replaceDirectory.ts";
import {writeManifest} from "./publish/writeManifest.ts";
import {writeDataPackage} from "./publish/writeDataPackage.ts";
import {withUtf8Bom} from "./publish/withUtf8Bom.ts";
import {bulletinSettings} from "./publish/bulletinSettings.ts";

export interface PipelineOptions {
  /** The register extract folder. */
  input: string;
  /** The output folder; replaced as a whole only when the run succeeds. */
  out: string;
  /** DuckDB database file, replaced when the run succeeds (kept as it was otherwise); default in memory. */
  database?: string;
  /** DuckDB memory_limit, e.g. "2GB" (default openDatabase's); beyond it DuckDB spills to tempDirectory. */
  memoryLimit?: string;
  /** The folder DuckDB spills into (in a folder of its own, removed after the run); default the system's temporary folder. */
  tempDirectory?: string;
  /** Blank published counts below this number (small-cell suppression); 0 = off. */
  minCell?: number;
  /**
   * Stop (TooManyRejectedError) when a provided file had rows read and more than this share of them
   * was rejected, or all of them (always); 0.5 by default, 0 = any rejected row stops the run.
   */
  maxRejectedShare?: number;
  onProgress?: (message: string) => void;
  /** Called when a stage starts (for timings, e.g. `npm run bench`). */
  onStage?: (stage: PipelineStage) => void;
}

/** Stages of a run, in order; "rules" are the validation rules that need other rows (SQL). */
export type PipelineStage = "read" | "rules" | "indicators" | "targets" | "projections" | "outputs" | "done";

export interface PipelineResult {
  quality: QualityReport;
  rows: Record<string, number>;
}

export const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

const rejectsCap = 100_000;

/**
 * read → validate → store → indicators → targets → publish, for one extract. Throws an ExtractError
 * when the extract cannot be used (a TooManyRejectedError when a file's rows are mostly rejected),
 * with `out` left as it was.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const {input, out, database, memoryLimit = databaseDefaults.memoryLimit, tempDirectory = tmpdir(), minCell = 0, maxRejectedShare = rejectedShareDefaults.maxRejectedShare, onProgress = () => {}, onStage = () => {}} = options;
  const extract = await discoverExtract(input);
  // extract.json first, and once: a mistake in it is reported before the register is read.
  const given = extract.metaFile ? await readExtractMeta(extract.metaFile) : undefined;
  // Where DuckDB spills when memoryLimit is reached (county-scale extracts).
  const spill = mkdtempSync(join(tempDirectory, "population-bulletin-"));
  // A database file is built beside its name and put in its place only when the run succeeds.
  const building = database === undefined ? undefined : `${database}.partial`;
  if (building) removeDatabaseFile(building);
  const db = await openDatabase({path: building, memoryLimit, tempDirectory: spill});
  let succeeded = false;
  try {
    const {connection} = db;
    onProgress("[1/5] 读取并校验登记数据 / read and validate");
    onStage("read");
    const validation = await validateExtract(connection, extract, {onProgress, onRules: () => onStage("rules"), given});
    // The targets file is read with the register's files, so that every file's rejections are
    // judged together, before anything is computed from them.
    const targets = await loadTargets(connection, extract);
    if (targets.report) validation.files.push(targets.report);
    await checkRejectedShare(connection, validation.files, {maxShare: maxRejectedShare});
    const years = await reportedYears(connection);
    const bulletin = bulletinSettings(given?.bulletin, years, {file: extract.metaFile && basename(extract.metaFile), ...validation.meta});
    onProgress("[2/5] 计算指标 / indicators");
    onStage("indicators");
    await computeIndicators(connection);
    onStage("targets");
    await checkTargets(connection, targets.targets);
    const quiet = await yearsWithoutEvents(connection);
    const notes = [...registerCoverageNotes({reportedYears: years, yearsWithoutEvents: quiet, meta: validation.meta}), ...targets.notes];
    const quality = await qualityReport(connection, validation, {notes, yearsWithoutEvents: quiet});
    onProgress("[3/5] 人口预测与回测 / projections and backtest");
    onStage("projections");
    await storeProjections(connection, await projectionsFromRegister(connection));
    onProgress("[4/5] 写出结果 / write outputs");
    onStage("outputs");
    const rows: Record<string, number> = {};
    // Small-cell suppression: which published cells to blank, decided once over every dataset.
    const suppressing = minCell > 0;
    if (suppressing) await suppressedCells(connection, dataDictionary, minCell);
    await replaceDirectory(out, async (dir) => {
      for (const {table, dataset, orderBy} of publishedDatasets) {
        const blank = suppressing ? blankWhenSuppressed(dataset, dataDictionary) : {};
        const n = await copyTableToFiles(connection, table, dir, dataset, {orderBy, blank});
        rows[`${dataset}.csv`] = rows[`${dataset}.parquet`] = n;
      }
      // The office opens rejects.csv in a spreadsheet: its cells quote the input as given, so they are neutralised as the datasets' are.
      // "line": the row as the file numbers it (the sheet's row, the CSV's line), beside the data row.
      await connection.run(`COPY (SELECT csv_safe_text(file) AS file, "row", line, csv_safe_text("column") AS "column", csv_safe_text(value) AS value, reason, csv_safe_text(message) AS message
        FROM rejects_located ORDER BY file, "row", "column", reason LIMIT ${rejectsCap})
        TO '${join(dir, "rejects.csv").replaceAll("'", "''")}' (FORMAT csv, HEADER true)`);
      rows["rejects.csv"] = Math.min(rejectsCap, quality.files.reduce((n, f) => n + f.rejected, 0));
      writeFileSync(join(dir, "quality.json"), JSON.stringify(quality, null, 2) + "\n");
      writeFileSync(join(dir, "data_dictionary.csv"), csvFormat(dataDictionary, ["dataset", "name", "label_zh", "definition", "unit", "type"]) + "\n");
      rows["data_dictionary.csv"] = dataDictionary.length;
      // Every CSV begins with the UTF-8 byte-order mark, so Excel on Chinese Windows opens it as UTF-8.
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()) await withUtf8Bom(join(dir, file));
      // The Frictionless Data Package descriptor of the CSVs as written (mark included), for research tools.
      await writeDataPackage(dir, {version, region: validation.meta.region, minCell, dictionary: dataDictionary});
      const inputs = Object.values(extract.tables).map((t) => ({file: t!.file, path: t!.path}));
      if (extract.metaFile) inputs.push({file: "extract.json", path: extract.metaFile});
      await writeManifest(dir, {version, settings: {min_cell: minCell, max_rejected_share: maxRejectedShare, bulletin}, rows, inputs});
    });
    onProgress("[5/5] 完成 / done");
    onStage("done");
    succeeded = true;
    return {quality, rows};
  } catch (error) {
    throw memoryLimitErrorFrom(error, memoryLimit) ?? error;
  } finally {
    db.close();
    rmSync(spill, {recursive: true, force: true});
    if (building && succeeded) replaceDatabaseFile(building, database!);
    else if (building) removeDatabaseFile(building);
  }
}
