/**
 * rowsFromAgeSexView(view, pyramid) gives the rows of age_sex of one pyramid of 人口结构's view
 * (loaders/site/ageSexView.ts), as typeRows gives them from the download, in its order; [] when
 * `pyramid` is undefined (an area or year the data does not have).
 *
 * rowsFromAgeSexView({cells: [["M", "0-4"]]}, {year: 2025, village_code: "TOWN", population: [12]})
 * // [{year: 2025, village_code: "TOWN", sex: "M", age_group: "0-4", population: 12}]
 */
export function rowsFromAgeSexView(view, pyramid) {
  if (!pyramid) return [];
  const {year, village_code, population} = pyramid;
  return view.cells.map(([sex, age_group], i) => ({year, village_code, sex, age_group, population: population[i]}));
}
