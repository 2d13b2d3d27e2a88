import type {IndicatorStep} from "./indicatorStep.ts";

/** Number of moves between villages of the town per year, left out of TOWN migration (table ind_internal_moves). */
export const internalMoves: IndicatorStep = {
  id: "internalMoves",
  sql: new URL("./internalMoves.sql", import.meta.url),
  table: "ind_internal_moves",
  temporary: true,
  columns: []
};
