import {stat} from "node:fs/promises";
import {basename} from "node:path";
import type {TableSpec} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import {fileFormat} from "./fileFormat.ts";
import {openCsvTable} from "./openCsvTable.ts";
import {openXlsxTable} from "./openXlsxTable.ts";
import {readDefaults} from "./readDefaults.ts";
import {wrongFileType} from "./wrongFileType.ts";
import type {OpenedTable, ReadOptions, TableSource} from "./types.ts";

/**
 * Open one table file of an extract: check its header and return the header info with a stream
 * of data rows. CSV (.csv, .txt): UTF-8 with or without BOM or GB18030/GBK, delimiter "," ";" or
 * tab. XLSX: the first visible worksheet. Problems with the whole file (unreadable, empty, missing
 * or duplicate required column…) throw an ExtractError; problems with single rows are left to validation.
 *
 *     const {header, rows} = await openTable(files.tables.persons!, tableSpec("persons"));
 *     for await (const {row, values} of rows) …
 */
export async function openTable(source: TableSource, spec: TableSpec, options: ReadOptions = {}): Promise<OpenedTable> {
  const path = typeof source === "string" ? source : source.path;
  const file = (typeof source === "string" ? undefined : source.file) ?? basename(path);
  const format = (typeof source === "string" ? undefined : source.format) ?? fileFormat(file);
  const settings = {...readDefaults};
  for (const [key, value] of Object.entries(options) as [keyof ReadOptions, number | undefined][]) {
    if (value !== undefined) settings[key] = value;
  }
  if (format === "wrong") throw wrongFileType(file);
  if (format === undefined) {
    throw new ExtractError(
      `${file}:不支持的文件类型,请用 .csv 或 .xlsx / ${file}: unsupported file type; use .csv or .xlsx`,
      {file}
    );
  }
  // stat follows links: a link to a folder or to nothing is said as such, not read.
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new ExtractError(`${file}:找不到文件 / ${file}: file not found`, {file});
  if (info.isDirectory()) throw new ExtractError(`${file}:是文件夹而不是文件 / ${file}: is a folder, not a file`, {file});
  if (!info.isFile()) throw new ExtractError(`${file}:不是普通文件 / ${file}: not a regular file`, {file});
  return format === "xlsx" ? openXlsxTable(path, file, spec, settings) : openCsvTable(path, file, spec, settings);
}
