import type {IndicatorStep} from "./indicatorStep.ts";

/**
 * Residence spells joined to their person and counted by village, start and end year and reason,
 * hukou type, sex, birth year and 1 January birthdays (table ind_spell_groups), once: the four counts
 * that read ind_unit_spell_groups would otherwise each repeat the join of residence and persons, and
 * each group every spell again. Keeping the join's rows instead (one per spell, 7.5 million at 5M
 * people) and grouping them in each count took 1.6 times as long (5M people: indicators 13.8 → 8.7 s CPU).
 */
export const spellGroups: IndicatorStep = {
  id: "spellGroups",
  sql: new URL("./spellGroups.sql", import.meta.url),
  table: "ind_spell_groups",
  temporary: true,
  columns: []
};
