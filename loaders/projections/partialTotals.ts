/**
 * What the projection publishes of one unit besides its total and its sex × age cells: the totals by sex
 * and the totals by age group (both sexes), from the 36 cells (females 0–4 … 85+, then males 0–4 … 85+).
 * The backtest measures the errors of each of these separately, because an error distribution holds
 * only for quantities of the same size: a woman total of 2,000 people errs far less, relatively,
 * than a sex × age cell of 100.
 *
 * partialTotals(cells) // {sex: [females, males], age: [0–4 both sexes, …, 85+ both sexes]}
 */
export function partialTotals(cells: readonly number[]): {sex: [number, number]; age: number[]} {
  const k = cells.length / 2;
  let females = 0;
  let males = 0;
  const age = new Array<number>(k);
  for (let i = 0; i < k; ++i) {
    females += cells[i];
    males += cells[k + i];
    age[i] = cells[i] + cells[k + i];
  }
  return {sex: [females, males], age};
}
