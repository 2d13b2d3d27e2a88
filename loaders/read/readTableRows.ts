import type {TableSpec} from "./extractFormat.ts";
import {openTable} from "./openTable.ts";
import type {RawRow, ReadOptions, TableSource} from "./types.ts";

/**
 * The data rows of one table file, streamed (see openTable, which also gives the header info).
 * Header problems throw an ExtractError at the first `next()`.
 *
 *     for await (const {row, values} of readTableRows("extract/villages.csv", tableSpec("villages"))) …
 */
export async function* readTableRows(
  source: TableSource,
  spec: TableSpec,
  options: ReadOptions = {}
): AsyncGenerator<RawRow, void, undefined> {
  const {rows} = await openTable(source, spec, options);
  yield* rows;
}
