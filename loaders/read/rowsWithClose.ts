import type {RawRow} from "./types.ts";

/**
 * Make `rows.return()` also run `close` when the generator was never started (a generator's own
 * `finally` only runs once its body has begun), so a table opened but not read releases its file.
 */
export function rowsWithClose(
  rows: AsyncGenerator<RawRow, void, undefined>,
  close: () => Promise<unknown>
): AsyncGenerator<RawRow, void, undefined> {
  const ownReturn = rows.return.bind(rows);
  rows.return = async (value) => {
    await close();
    return ownReturn(value);
  };
  return rows;
}
