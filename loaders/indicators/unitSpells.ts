import type {IndicatorStep} from "./indicatorStep.ts";

/**
 * Residence spells joined to their person, listed under their village and under TOWN (view
 * ind_unit_spells). A view: the join is cheap to repeat for each of its five readers, while keeping
 * every spell twice spilled to disk at a county's size (5M people: indicators 14 → 10 s).
 */
export const unitSpells: IndicatorStep = {
  id: "unitSpells",
  sql: new URL("./unitSpells.sql", import.meta.url),
  table: "ind_unit_spells",
  temporary: true,
  view: true,
  columns: []
};
