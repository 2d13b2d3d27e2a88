import {csvParse} from "d3";
import {readFileSync} from "node:fs";
import {join} from "node:path";

type Equation = [string, number][];

/**
 * determinedBlanks(full, published): the blanks of a folder written with --min-cell (cells empty there
 * that have a value in `full`, the same register without it) that a reader can work out by solving the
 * linear identities of village_year and age_sex together, as a system of equations (Gauss–Jordan
 * elimination over the blanks, the published values moved to the right-hand side): a blank is
 * determined when the reduced system has a row with that blank alone. Throws when an identity does not
 * hold on `full` (then it is not one). Keys "vy|year|code|column" and "as|year|code|sex|age_group".
 */
export function determinedBlanks(full: string, published: string): string[] {
  const read = (dir: string, name: string) => csvParse(readFileSync(join(dir, `${name}.csv`), "utf8").replace(/^\uFEFF/, ""));
  const value = new Map<string, number>();
  const blank = new Set<string>();
  const cell = (key: string, whole: string | undefined, shown: string | undefined) => {
    if (!whole) return;
    value.set(key, Number(whole));
    if (!shown) blank.add(key);
  };
  const columns = ["pop_start", "pop_end", "pop_end_registered", "pop_end_migrant", "pop_end_male", "pop_end_female", "pop_avg", "births", "births_male",
    "births_female", "deaths", "natural_increase", "in_migrants", "out_migrants", "births_policy_recorded", "births_policy_compliant",
    "births_multichild_out_of_policy", "pop_0_14", "pop_15_64", "pop_65_plus", "pop_15_59", "pop_60_plus", "prepregnancy_eligible", "prepregnancy_served"];
  const [villageYear, villageYearShown] = [read(full, "village_year"), read(published, "village_year")];
  villageYear.forEach((row, i) => columns.forEach((c) => cell(`vy|${row.year}|${row.village_code}|${c}`, row[c], villageYearShown[i]![c])));
  const [ageSex, ageSexShown] = [read(full, "age_sex"), read(published, "age_sex")];
  ageSex.forEach((row, i) => cell(`as|${row.year}|${row.village_code}|${row.sex}|${row.age_group}`, row.population, ageSexShown[i]!.population));

  const equations: Equation[] = [];
  const add = (terms: Equation) => equations.push(terms.filter(([key]) => value.has(key)));
  const years = [...new Set(villageYear.map((r) => r.year!))];
  const codes = [...new Set(villageYear.map((r) => r.village_code!))];
  const ages = [...new Set(ageSex.map((r) => r.age_group!))];
  const broad: [string, number, number][] = [["pop_0_14", 0, 14], ["pop_15_64", 15, 64], ["pop_65_plus", 65, 999], ["pop_15_59", 15, 59], ["pop_60_plus", 60, 999]];
  for (const year of years) {
    for (const code of codes) {
      const v = (c: string): string => `vy|${year}|${code}|${c}`;
      const a = (sex: string, age: string): string => `as|${year}|${code}|${sex}|${age}`;
      add([[v("pop_end"), 1], [v("pop_start"), -1], [v("births"), -1], [v("deaths"), 1], [v("in_migrants"), -1], [v("out_migrants"), 1]]);
      add([[v("natural_increase"), 1], [v("births"), -1], [v("deaths"), 1]]);
      add([[v("pop_avg"), 2], [v("pop_start"), -1], [v("pop_end"), -1]]);
      add([[v("pop_end"), 1], [v("pop_end_male"), -1], [v("pop_end_female"), -1]]);
      add([[v("pop_end"), 1], [v("pop_end_registered"), -1], [v("pop_end_migrant"), -1]]);
      add([[v("births"), 1], [v("births_male"), -1], [v("births_female"), -1]]);
      add([[v("pop_end"), 1], [v("pop_0_14"), -1], [v("pop_15_64"), -1], [v("pop_65_plus"), -1]]);
      add([[v("pop_end"), 1], [v("pop_0_14"), -1], [v("pop_15_59"), -1], [v("pop_60_plus"), -1]]);
      if (years.includes(String(Number(year) + 1))) add([[`vy|${Number(year) + 1}|${code}|pop_start`, 1], [v("pop_end"), -1]]);
      add([[v("pop_end"), -1], ...ages.flatMap((age): Equation => [[a("M", age), 1], [a("F", age), 1]])]);
      for (const [sex, column] of [["M", "pop_end_male"], ["F", "pop_end_female"]]) add([[v(column!), -1], ...ages.map((age): [string, number] => [a(sex!, age), 1])]);
      for (const [column, from, to] of broad) {
        add([[v(column), -1], ...ages.filter((age) => parseInt(age) >= from && parseInt(age) <= to).flatMap((age): Equation => [[a("M", age), 1], [a("F", age), 1]])]);
      }
    }
    for (const column of columns.filter((c) => !c.endsWith("_migrants"))) add(codes.map((code) => [`vy|${year}|${code}|${column}`, code === "TOWN" ? 1 : -1]));
    add(codes.flatMap((code): Equation => [[`vy|${year}|${code}|in_migrants`, code === "TOWN" ? 1 : -1], [`vy|${year}|${code}|out_migrants`, code === "TOWN" ? -1 : 1]]));
    for (const sex of ["M", "F"]) for (const age of ages) add(codes.map((code) => [`as|${year}|${code}|${sex}|${age}`, code === "TOWN" ? 1 : -1]));
  }
  for (const terms of equations) {
    const residual = terms.reduce((sum, [key, coef]) => sum + coef * value.get(key)!, 0);
    if (Math.abs(residual) > 1e-6) throw new Error(`not an identity: ${JSON.stringify(terms)} (residual ${residual})`);
  }
  const unknowns = [...blank].sort();
  const index = new Map(unknowns.map((key, i) => [key, i]));
  const rows = equations
    .filter((terms) => terms.some(([key]) => blank.has(key)))
    .map((terms) => {
      const row = new Float64Array(unknowns.length);
      for (const [key, coef] of terms) if (blank.has(key)) row[index.get(key)!]! += coef;
      return row;
    });
  const epsilon = 1e-9;
  const pivots: number[] = [];
  for (let column = 0, rank = 0; column < unknowns.length && rank < rows.length; column++) {
    const p = rows.findIndex((row, i) => i >= rank && Math.abs(row[column]!) > epsilon);
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p]!, rows[rank]!];
    const pivot = rows[rank]!;
    const scale = pivot[column]!;
    for (let j = 0; j < unknowns.length; j++) pivot[j]! /= scale;
    for (let i = 0; i < rows.length; i++) {
      const factor = rows[i]![column]!;
      if (i !== rank && Math.abs(factor) > epsilon) for (let j = 0; j < unknowns.length; j++) rows[i]![j]! -= factor * pivot[j]!;
    }
    pivots.push(column);
    rank++;
  }
  return pivots.flatMap((column, i) => (rows[i]!.every((x, j) => j === column || Math.abs(x) <= epsilon) ? [unknowns[column]!] : []));
}
