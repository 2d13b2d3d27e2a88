/** Types shared by the read stage (types only, no runtime code). */
import type {TableName} from "./extractFormat.ts";

export type TableFormat = "csv" | "xlsx";

/** One table file found in an extract folder. */
export interface TableFile {
  /** File name relative to the extract folder, as listed (e.g. "人员.xlsx"). */
  file: string;
  /** Full path to the file. */
  path: string;
  format: TableFormat;
}

/** What `discoverExtract` found in an extract folder. */
export interface ExtractFiles {
  dir: string;
  tables: Partial<Record<TableName, TableFile>>;
  /** Path of extract.json, when present. */
  metaFile?: string;
  /** Path of villages.geojson, when present. */
  boundariesFile?: string;
  /** Names of the other entries of the folder (sorted), reported as a note, not an error. */
  ignoredFiles: string[];
}

/** A file to read: a path (format from its extension) or an entry of `ExtractFiles.tables`. */
export type TableSource = string | {path: string; format?: TableFormat; file?: string};

export type TableEncoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be" | "xlsx";

export interface HeaderInfo {
  /** File name used in messages. */
  file: string;
  /**
   * Encoding of a CSV file ("gb18030" also covers GBK), or "xlsx". For a CSV file whose first
   * 64 KiB are plain ASCII the reader starts as "utf-8" and switches to "gb18030" if a later byte is
   * not UTF-8; this field is updated in place when that happens.
   */
  encoding: TableEncoding;
  /** CSV delimiter (",", ";" or "\t"); absent for XLSX. */
  delimiter?: string;
  /** Canonical names of the known columns present, in file order. */
  columns: string[];
  /** The header cell of each of `columns` as the file writes it (cleaned), for messages: {sex: "性别"}. */
  headers: Record<string, string>;
  /** Header cells that are not columns of the table (ignored; report them as a note). */
  unknownColumns: string[];
  /** 1-based physical line (CSV) or sheet row (XLSX) of the header. */
  headerRow: number;
  /** XLSX: name of the worksheet read. */
  sheet?: string;
}

export interface RawRow {
  /**
   * 1-based data row. CSV: index of the record among the non-blank records after the header
   * (blank lines and records whose cells are all empty are skipped and not counted).
   * XLSX: sheet row number minus the header row (blank rows are skipped but keep their number).
   * `line` is the row as the file itself numbers it; validation records line − row (source_lines).
   */
  row: number;
  /** 1-based physical line where the record starts (CSV) or the sheet row number (XLSX). */
  line: number;
  /** Cell values keyed by canonical column name; every column of `HeaderInfo.columns` is present ("" when empty). */
  values: Record<string, string | Date>;
  /**
   * CSV only: the record is the header again, its columns where the header has them (two extracts
   * pasted one under the other: checkRepeatedHeader). Not data: validation rejects it as such.
   */
  repeatedHeader?: true;
  /** CSV only: the record does not have as many fields as the header (truncated or shifted row). */
  fieldCountMismatch?: {expected: number; actual: number};
  /**
   * XLSX only: columns whose cell lies inside a merged range but is not its top-left cell. The sheet
   * shows the merged value there; the file holds nothing, so the value read is "".
   */
  mergedColumns?: string[];
  /**
   * XLSX only: columns whose cell held a number (not a date). An ID number typed into such a cell
   * keeps only Excel's 15 significant digits, so validation can say why it no longer checks.
   */
  numberColumns?: string[];
}

export interface ReadOptions {
  /** XLSX files larger than this are refused (bytes). Default 200 MiB. */
  maxXlsxBytes?: number;
  /** XLSX archives whose entries declare more than this uncompressed in total are refused (bytes). Default 2 GiB. */
  maxXlsxUncompressedBytes?: number;
  /** A CSV record longer than this (characters) is an error, e.g. an unclosed quote. Default 16 MiB. */
  maxRecordChars?: number;
  /** The header is looked for among the first this-many non-blank rows. Default 10. */
  headerSearchRows?: number;
}

export interface OpenedTable {
  header: HeaderInfo;
  /** Data rows; iterate once. Call `rows.return()` to close the file without reading to the end. */
  rows: AsyncGenerator<RawRow, void, undefined>;
}
