import type {IndicatorStep} from "./indicatorStep.ts";

/**
 * The spell groups (ind_spell_groups) listed under their village and under TOWN (view
 * ind_unit_spell_groups). A view: each reader scans it once, and keeping every group twice would
 * only copy it.
 */
export const unitSpellGroups: IndicatorStep = {
  id: "unitSpellGroups",
  sql: new URL("./unitSpellGroups.sql", import.meta.url),
  table: "ind_unit_spell_groups",
  temporary: true,
  view: true,
  columns: []
};
