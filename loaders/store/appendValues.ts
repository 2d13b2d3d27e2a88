import {DuckDBAppender, DuckDBDateValue} from "@duckdb/node-api";

/** Column types a staging appender writes. Dates arrive as ISO strings "YYYY-MM-DD". */
export type AppendType = "varchar" | "integer" | "bigint" | "double" | "boolean" | "date";

/** Appends one row, in column order; null and undefined become SQL NULL. */
export function appendValues(appender: DuckDBAppender, types: readonly AppendType[], values: readonly unknown[]): void {
  for (let i = 0; i < types.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) {
      appender.appendNull();
      continue;
    }
    switch (types[i]) {
      case "varchar": appender.appendVarchar(value as string); break;
      case "integer": appender.appendInteger(value as number); break;
      case "bigint": appender.appendBigInt(BigInt(value as number)); break;
      case "double": appender.appendDouble(value as number); break;
      case "boolean": appender.appendBoolean(value as boolean); break;
      case "date": appender.appendDate(dateValueFromIso(value as string)); break;
    }
  }
  appender.endRow();
}

export function dateValueFromIso(iso: string): DuckDBDateValue {
  return DuckDBDateValue.fromParts({year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10)});
}
