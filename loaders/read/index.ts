/** The read stage: find the files of a register extract and stream their rows. */
export {ExtractError} from "./ExtractError.ts";
export {discoverExtract} from "./discoverExtract.ts";
export {openTable} from "./openTable.ts";
export {readTableRows} from "./readTableRows.ts";
export {readExtractMeta} from "./readExtractMeta.ts";
export {extractMetaSchema, type ExtractMeta} from "./extractMetaSchema.ts";
export {readDefaults} from "./readDefaults.ts";
export {columnFromHeader, extractTables, tableSpec} from "./extractFormat.ts";
export type {TableName, TableSpec, ColumnSpec} from "./extractFormat.ts";
export type {
  ExtractFiles,
  HeaderInfo,
  OpenedTable,
  RawRow,
  ReadOptions,
  TableEncoding,
  TableFile,
  TableFormat,
  TableSource
} from "./types.ts";
