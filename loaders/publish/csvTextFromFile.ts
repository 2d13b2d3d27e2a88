import {readFileSync} from "node:fs";

/**
 * csvTextFromFile(path): the text of a UTF-8 CSV file such as a published output, without the
 * byte-order mark the pipeline writes at its start (withUtf8Bom), as a browser's fetch().text()
 * reads it; so d3's csvParse names the first column "year", not "\uFEFFyear". A file without the
 * mark reads the same. Holds the whole file: for the small outputs a script or test reads back.
 */
export function csvTextFromFile(path: string): string {
  // TextDecoder drops a leading BOM (ignoreBOM is false by default); Buffer#toString keeps it.
  return new TextDecoder("utf-8").decode(readFileSync(path));
}
