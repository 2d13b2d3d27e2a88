import type {DuckDBConnection} from "@duckdb/node-api";
import {backtestFromInputs, type AccuracyRow} from "./backtestFromInputs.ts";
import type {RatesOptions} from "./ratesAtBase.ts";
import {registerInputs} from "./registerInputs.ts";

/** Rows of projection_accuracy from the validated register: every method and baseline by horizon and size class ({@link backtestFromInputs}). */
export async function backtestRegister(connection: DuckDBConnection, options: {rates?: RatesOptions} = {}): Promise<AccuracyRow[]> {
  return backtestFromInputs(await registerInputs(connection), options).accuracy;
}
