import type {IndicatorStep} from "./indicatorStep.ts";

/**
 * Residence spells joined to their person (ind_person_spells), listed under their village and under
 * TOWN (view ind_unit_spells). A view: keeping every spell twice spilled to disk at a county's size
 * (5M people: indicators 14 → 10 s); the join itself is kept once, in ind_person_spells (10 → 7.4 s).
 */
export const unitSpells: IndicatorStep = {
  id: "unitSpells",
  sql: new URL("./unitSpells.sql", import.meta.url),
  table: "ind_unit_spells",
  temporary: true,
  view: true,
  columns: []
};
