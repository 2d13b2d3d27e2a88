export interface Spell {
  source_row: number;
  /** ISO dates; an open spell has end_date null. */
  start_date: string;
  end_date: string | null;
}

/**
 * Which spells of one person to reject so that no two kept spells overlap.
 *
 * A person is in at most one village at a time. Spells may touch (a move ends one spell and
 * starts the next on the same date) but not overlap. Spells are taken in order of start date
 * (then row); a spell that overlaps one already kept is rejected — the later-starting spell of an
 * overlap. A spell already rejected does not reject others: one bad row costs one row.
 * Two spells overlap when each starts before the other ends; an open spell never ends.
 */
export function spellsToRejectForOverlap(spells: readonly Spell[]): number[] {
  const ordered = [...spells].sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : a.source_row - b.source_row));
  const kept: Spell[] = [];
  const rejected: number[] = [];
  for (const spell of ordered) {
    if (kept.some((k) => overlaps(k, spell))) rejected.push(spell.source_row);
    else kept.push(spell);
  }
  return rejected;
}

function overlaps(a: Spell, b: Spell): boolean {
  return a.start_date < (b.end_date ?? "9999-12-31") && b.start_date < (a.end_date ?? "9999-12-31");
}
