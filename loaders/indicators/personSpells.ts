import type {IndicatorStep} from "./indicatorStep.ts";

/**
 * Residence spells joined to their person, once (table ind_person_spells): the five readers of
 * ind_unit_spells would otherwise each repeat the join of residence and persons.
 */
export const personSpells: IndicatorStep = {
  id: "personSpells",
  sql: new URL("./personSpells.sql", import.meta.url),
  table: "ind_person_spells",
  temporary: true,
  columns: []
};
