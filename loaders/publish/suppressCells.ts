/** One cell for suppressCells: its value, and for a computed value the cells it is computed from. */
export interface SuppressionCell {
  value: number;
  /** Indices of the cells this value is computed from; absent for a count of people. */
  inputs?: readonly number[];
}

/**
 * suppressCells(cells, identities, minCell): which cells to blank, by index, for small-cell
 * suppression with threshold minCell (nothing when minCell ≤ 0; with 1, the zeros).
 *
 * 1. Primary suppression: every count below minCell.
 * 2. A computed cell is blanked when any of its inputs is (it would give the input back).
 * 3. Complementary suppression: an identity (a list of cell indices whose values add up, with signs,
 *    to a known total) with exactly one blank term would give that term back, so the smallest other
 *    published count among its terms is blanked too (ties: the lower index, i.e. the ranking order of
 *    the cells), or, if every other term is computed, the smallest published input of one. Identities
 *    are scanned in order and the scan repeated until one blanks nothing: at that fixed point no
 *    identity has exactly one blank term.
 *
 * Deterministic: the same cells and identities in the same order give the same result. Throws when an
 * identity with one blank has nothing left to blank (every other term is known from elsewhere).
 */
export function suppressCells(cells: readonly SuppressionCell[], identities: readonly (readonly number[])[], minCell: number): boolean[] {
  const blank = cells.map(() => false);
  if (minCell <= 0) return blank;
  const dependents: number[][] = cells.map(() => []);
  cells.forEach((cell, i) => cell.inputs?.forEach((input) => dependents[input]!.push(i)));
  const suppress = (i: number) => {
    if (blank[i]) return;
    blank[i] = true;
    for (const d of dependents[i]!) suppress(d);
  };
  cells.forEach((cell, i) => {
    if (!cell.inputs && cell.value < minCell) suppress(i);
  });
  const smallest = (candidates: Iterable<number>) => {
    let best: number | undefined;
    for (const c of candidates) {
      if (blank[c] || cells[c]!.inputs) continue;
      if (best === undefined || cells[c]!.value < cells[best]!.value || (cells[c]!.value === cells[best]!.value && c < best)) best = c;
    }
    return best;
  };
  for (let changed = true; changed; ) {
    changed = false;
    identities.forEach((terms, identity) => {
      let blanks = 0;
      for (const t of terms) if (blank[t]) blanks++;
      if (blanks !== 1) return;
      const chosen = smallest(terms) ?? smallest(terms.filter((t) => !blank[t]).flatMap((t) => cells[t]!.inputs ?? []));
      if (chosen === undefined) throw new Error(`complementary suppression: identity ${identity} has one blank term and no other term to blank (cells ${terms.join(", ")})`);
      suppress(chosen);
      changed = true;
    });
  }
  return blank;
}
