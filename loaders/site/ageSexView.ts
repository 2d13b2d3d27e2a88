type Row = Record<string, string | number | boolean | null>;

/**
 * age_sex in 人口结构's view: one pyramid per area and year, its populations in the order of `cells`
 * (every sex × age group, as the download lists them within an area's year). The names of the cells
 * once, not once a row: a county's age_sex has 130,000 rows (3.8 MB of CSV), the view a fifth of it.
 */
export interface AgeSexView {
  /** [sex, age_group] of each population of a pyramid, in the download's order (the same in every area and year). */
  cells: [string, string][];
  pyramids: {year: number; village_code: string; population: (number | null)[]}[];
}

/**
 * ageSexView(ageSex) folds the typed rows of age_sex (typeRows of the download, so a count withheld by
 * --min-cell stays null) into one pyramid per year × village_code, in the download's order, copying
 * every population as it is. src/components/rowsFromAgeSexView.js unfolds them to the same rows. The
 * pipeline lists every sex × age group of every area and year in one order (ageSex.sql); rows that
 * do not (an area's year in two places, another set or order of cells) throw, naming the area and
 * year, rather than give a page other rows than the download.
 */
export function ageSexView(ageSex: readonly Row[]): AgeSexView {
  const pyramids: AgeSexView["pyramids"] = [];
  const cellsOf: string[][] = [];
  const seen = new Set<string>();
  let key = "";
  for (const row of ageSex) {
    const rowKey = `${row.year}|${row.village_code}`;
    if (rowKey !== key) {
      if (seen.has(rowKey)) throw new Error(`age_sex 中 ${row.village_code} ${row.year} 年的行不相连 / rows of ${row.village_code} ${row.year} are not together`);
      seen.add(rowKey);
      key = rowKey;
      pyramids.push({year: row.year as number, village_code: row.village_code as string, population: []});
      cellsOf.push([]);
    }
    pyramids.at(-1)!.population.push(row.population as number | null);
    cellsOf.at(-1)!.push(`${row.sex}|${row.age_group}`);
  }
  const cells = cellsOf[0] ?? [];
  cellsOf.forEach((list, i) => {
    if (list.join(",") !== cells.join(",")) throw new Error(`age_sex 中 ${pyramids[i]!.village_code} ${pyramids[i]!.year} 年的性别年龄组与第一组不同 / other sex × age cells than the first area's`);
  });
  return {cells: cells.map((cell) => cell.split("|") as [string, string]), pyramids};
}
