import {describe, expect, test} from "vitest";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";
import {tableSchemaTypeFromDuckDbType} from "../../loaders/publish/tableSchemaTypeFromDuckDbType.ts";

describe("tableSchemaTypeFromDuckDbType", () => {
  test("tableSchemaTypeFromDuckDbType(type) maps DuckDB's whole numbers to integer, DOUBLE to number, VARCHAR to string, BOOLEAN to boolean and DATE to date", () => {
    expect(["INTEGER", "BIGINT", "DOUBLE", "VARCHAR", "BOOLEAN", "DATE"].map(tableSchemaTypeFromDuckDbType)).toEqual(["integer", "integer", "number", "string", "boolean", "date"]);
  });

  test("tableSchemaTypeFromDuckDbType(type) throws, naming the type, for one it does not map", () => {
    for (const type of ["DECIMAL(18,3)", "TIMESTAMP", "VARCHAR[]", "varchar"]) expect(() => tableSchemaTypeFromDuckDbType(type), type).toThrow(`DuckDB type ${JSON.stringify(type)}`);
  });

  test("tableSchemaTypeFromDuckDbType(type) maps every type of the data dictionary", () => {
    for (const {dataset, name, type} of dataDictionary) expect(() => tableSchemaTypeFromDuckDbType(type), `${dataset}.${name}`).not.toThrow();
  });
});
