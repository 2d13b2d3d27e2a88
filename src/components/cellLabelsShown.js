/**
 * cellLabelsShown(villageCount) is true when the coverage heat map prints each cell's value (and the
 * verdict's ✓/✗): up to 60 villages. A county's 300 villages get no number in each cell (its value
 * stays in the tooltip and the table view); thousands of text labels made choosing a year slow.
 */
export function cellLabelsShown(villageCount) {
  return villageCount <= 60;
}
