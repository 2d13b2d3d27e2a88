import type {TableFormat} from "./types.ts";

/** Spreadsheet formats that must be saved again as .xlsx or .csv. */
const wrongTypes = new Set(["xls", "xlsb", "xlsm", "ods", "et", "ett", "numbers"]);

/**
 * The format of a file from its extension (case-insensitive): "csv" for .csv and .txt, "xlsx" for
 * .xlsx, "wrong" for other spreadsheet formats (.xls, .xlsb, .xlsm, .ods, WPS .et, .numbers),
 * undefined for anything else.
 *
 *     fileFormat("人员.XLSX") // "xlsx"
 */
export function fileFormat(name: string): TableFormat | "wrong" | undefined {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return undefined;
  const extension = name.slice(dot + 1).normalize("NFKC").toLowerCase();
  if (extension === "csv" || extension === "txt") return "csv";
  if (extension === "xlsx") return "xlsx";
  if (wrongTypes.has(extension)) return "wrong";
  return undefined;
}
