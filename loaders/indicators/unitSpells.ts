import type {IndicatorStep} from "./indicatorStep.ts";

/** Residence spells joined to their person, listed under their village and under TOWN (table ind_unit_spells). */
export const unitSpells: IndicatorStep = {
  id: "unitSpells",
  sql: new URL("./unitSpells.sql", import.meta.url),
  table: "ind_unit_spells",
  temporary: true,
  columns: []
};
