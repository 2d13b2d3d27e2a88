/** The Table Schema (Frictionless Data, v1) field types the published columns can have. */
export type TableSchemaType = "integer" | "number" | "string" | "boolean" | "date";

const types: Readonly<Record<string, TableSchemaType>> = {
  INTEGER: "integer",
  BIGINT: "integer",
  SMALLINT: "integer",
  TINYINT: "integer",
  DOUBLE: "number",
  FLOAT: "number",
  VARCHAR: "string",
  BOOLEAN: "boolean",
  DATE: "date"
};

/**
 * tableSchemaTypeFromDuckDbType(type) is the Table Schema field type of a column of DuckDB type
 * `type` (the data dictionary's `type`), as written to CSV by DuckDB's COPY.
 *
 *     tableSchemaTypeFromDuckDbType("BIGINT") // "integer"
 *     tableSchemaTypeFromDuckDbType("DOUBLE") // "number"
 *
 * Throws, naming the type, for one it has no mapping for (a DECIMAL, TIMESTAMP, LIST, …): a new column
 * type must be mapped here before it is published, never described as something it is not.
 */
export function tableSchemaTypeFromDuckDbType(type: string): TableSchemaType {
  const mapped = types[type];
  if (mapped === undefined) throw new Error(`no Table Schema type for the DuckDB type ${JSON.stringify(type)} (mapped: ${Object.keys(types).join(", ")})`);
  return mapped;
}
