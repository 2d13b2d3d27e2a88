import {readdir} from "node:fs/promises";
import {join} from "node:path";
import {extractMetaFile, extractTables, villageBoundariesFile, type TableName} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import {fileFormat} from "./fileFormat.ts";
import {wrongFileType} from "./wrongFileType.ts";
import type {ExtractFiles, TableFile} from "./types.ts";

export type {ExtractFiles, TableFile} from "./types.ts";

/** A file name as compared: NFKC, lower case, trimmed. */
function key(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

function stemOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return (dot < 0 ? name : name.slice(0, dot)).trim();
}

const tableOfStem = new Map<string, TableName>();
for (const spec of extractTables) for (const stem of spec.stems) tableOfStem.set(key(stem), spec.table);

/**
 * List an extract folder and map its files to tables by their stem (case-insensitive, NFKC, e.g.
 * villages.csv, 人员.xlsx, "Residence.CSV"); .txt files are read as CSV. extract.json and
 * villages.geojson are recognised; every other entry (other files, folders, Office lock files
 * "~$…") is listed in `ignoredFiles`, a note rather than an error.
 *
 * Throws an ExtractError (one line, Chinese then English) when the folder does not exist, when a
 * table file is a .xls/.xlsb/.xlsm/.ods/.et file (a spreadsheet with another stem is only ignored),
 * when two files map to one table, or when a required table (villages, persons, residence) has no file.
 */
export async function discoverExtract(dir: string): Promise<ExtractFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, {withFileTypes: true})).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new ExtractError(`找不到数据文件夹:${dir} / extract folder not found: ${dir}`, {file: dir, cause: error});
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new ExtractError(`无法读取数据文件夹:${message} / cannot read the extract folder: ${message}`, {file: dir, cause: error});
  }
  names.sort();
  const found: ExtractFiles = {dir, tables: {}, ignoredFiles: []};
  for (const name of names) {
    if (name.endsWith("/")) {
      found.ignoredFiles.push(name);
      continue;
    }
    const normalized = key(name);
    if (normalized === key(extractMetaFile)) {
      found.metaFile = join(dir, name);
      continue;
    }
    if (normalized === key(villageBoundariesFile)) {
      found.boundariesFile = join(dir, name);
      continue;
    }
    const table = tableOfStem.get(key(stemOf(name)));
    const format = fileFormat(name);
    if (table === undefined || format === undefined) {
      found.ignoredFiles.push(name);
      continue;
    }
    if (format === "wrong") throw wrongFileType(name);
    const other = found.tables[table];
    if (other) {
      const zh = extractTables.find((t) => t.table === table)!.zh;
      throw new ExtractError(
        `${other.file} 和 ${name} 都是“${zh}”表,请只保留一个 / ${other.file} and ${name} are both the ${table} table; keep only one`,
        {file: name}
      );
    }
    const entry: TableFile = {file: name, path: join(dir, name), format};
    found.tables[table] = entry;
  }
  const missing = extractTables.filter((t) => t.required && !found.tables[t.table]);
  if (missing.length > 0) {
    const zh = missing.map((t) => `“${t.zh}”(${t.stems.map((s) => `${s}.csv`).join("、")} 或 .xlsx)`).join("、");
    const en = missing.map((t) => `${t.table} (${t.stems.map((s) => `${s}.csv`).join(" / ")} or .xlsx)`).join(", ");
    // A misnamed table file ("人员名单.csv") is the usual cause: name the files that were not recognised.
    const others = found.ignoredFiles.filter((name) => !name.endsWith("/"));
    const more = others.length > 10 ? "…" : "";
    const zhOthers = others.length === 0 ? "" : `;未识别的文件:${others.slice(0, 10).join("、")}${more}`;
    const enOthers = others.length === 0 ? "" : `; files not recognised: ${others.slice(0, 10).join(", ")}${more}`;
    throw new ExtractError(`${dir} 中缺少必需的表 ${zh}${zhOthers} / ${dir}: missing required table ${en}${enOthers}`, {
      file: missing.map((t) => t.stems[0]).join(", ")
    });
  }
  return found;
}
