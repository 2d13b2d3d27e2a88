/**
 * The additive identities (and rate relations) a reader of a pipeline output folder can use to work a
 * blanked cell out, written independently of loaders/publish/suppressionIdentities.sql, as SQL over
 * the views `<prefix>village_year`, `<prefix>age_sex`, `<prefix>services`, `<prefix>projections` and
 * `<prefix>target_checks`. Each row is one term: family, instance (the identity's key), term (the
 * cell's key within it), coef and value. A linear family's terms add up, with their coefs, to 0 on
 * unsuppressed outputs; a relation (a rate and what it is computed from) is not linear, but with one
 * of its terms unknown and the others published it still gives that term back.
 */
export function publishedIdentityTerms(prefix: string): string {
  const vy = `${prefix}village_year`;
  const rows: Record<string, [string, number][]> = {
    balance: [["pop_end", 1], ["pop_start", -1], ["births", -1], ["deaths", 1], ["in_migrants", -1], ["out_migrants", 1]],
    balance_natural_increase: [["pop_end", 1], ["pop_start", -1], ["natural_increase", -1], ["in_migrants", -1], ["out_migrants", 1]],
    natural_increase: [["natural_increase", 1], ["births", -1], ["deaths", 1]],
    pop_avg: [["pop_avg", 2], ["pop_start", -1], ["pop_end", -1]],
    sex: [["pop_end", 1], ["pop_end_male", -1], ["pop_end_female", -1]],
    hukou: [["pop_end", 1], ["pop_end_registered", -1], ["pop_end_migrant", -1]],
    births_by_sex: [["births", 1], ["births_male", -1], ["births_female", -1]],
    broad_ages_65: [["pop_end", 1], ["pop_0_14", -1], ["pop_15_64", -1], ["pop_65_plus", -1]],
    broad_ages_60: [["pop_end", 1], ["pop_0_14", -1], ["pop_15_59", -1], ["pop_60_plus", -1]],
    broad_ages_both: [["pop_15_64", 1], ["pop_65_plus", 1], ["pop_15_59", -1], ["pop_60_plus", -1]]
  };
  const relations: Record<string, string[]> = {
    birth_rate: ["births", "pop_avg"], death_rate: ["deaths", "pop_avg"], natural_growth_rate: ["natural_increase", "pop_avg"],
    sex_ratio: ["pop_end_male", "pop_end_female"], sex_ratio_at_birth: ["births_male", "births_female"],
    sex_ratio_at_birth_low: ["births_male", "births"], sex_ratio_at_birth_high: ["births_male", "births"],
    policy_compliance_rate: ["births_policy_compliant", "births_policy_recorded"], multichild_out_of_policy_rate: ["births_multichild_out_of_policy", "births"],
    gfr: ["births"], share_0_14: ["pop_0_14", "pop_end"], share_15_64: ["pop_15_64", "pop_end"], share_65_plus: ["pop_65_plus", "pop_end"],
    share_60_plus: ["pop_60_plus", "pop_end"], dependency_ratio: ["pop_0_14", "pop_65_plus", "pop_15_64"], child_dependency_ratio: ["pop_0_14", "pop_15_64"],
    old_dependency_ratio: ["pop_65_plus", "pop_15_64"], prepregnancy_check_coverage_rate: ["prepregnancy_served", "prepregnancy_eligible"],
    funding_per_capita: ["pop_avg"]
  };
  const townColumns = ["pop_start", "pop_end", "pop_end_registered", "pop_end_migrant", "pop_end_male", "pop_end_female", "pop_avg", "births", "births_male",
    "births_female", "deaths", "natural_increase", "births_policy_recorded", "births_policy_compliant", "births_multichild_out_of_policy",
    "pop_0_14", "pop_15_64", "pop_65_plus", "pop_15_59", "pop_60_plus", "prepregnancy_eligible", "prepregnancy_served"];
  const broadAges: [string, number, number][] = [["pop_0_14", 0, 14], ["pop_15_64", 15, 64], ["pop_65_plus", 65, 999], ["pop_15_59", 15, 59], ["pop_60_plus", 60, 999]];
  const struct = (term: string, coef: number, value: string) => `{'term': '${term}', 'coef': ${coef}, 'value': (${value})::DOUBLE}`;
  const start = (group: string) => `TRY_CAST(regexp_extract(${group}, '^\\d+') AS INTEGER)`;
  const parts: string[] = [];
  const unnested = (family: string, instance: string, terms: string[], from: string, linear: boolean) =>
    `SELECT '${family}' AS family, ${instance} AS instance, t.term, t.coef, t.value, ${linear} AS linear FROM (SELECT *, unnest([${terms.join(", ")}]) AS t FROM ${from})`;
  for (const [family, terms] of Object.entries(rows)) {
    parts.push(unnested(`row ${family}`, `concat_ws('|', year, village_code)`, terms.map(([c, k]) => struct(c, k, c)), vy, true));
  }
  for (const [rate, inputs] of Object.entries(relations)) {
    parts.push(unnested(`rate ${rate}`, `concat_ws('|', year, village_code)`, [rate, ...inputs].map((c) => struct(c, 0, c)), vy, false));
  }
  parts.push(`SELECT 'continuity', concat_ws('|', b.year, b.village_code), unnest(['pop_start', 'pop_end']), unnest([1, -1]), unnest([b.pop_start, a.pop_end])::DOUBLE, TRUE
    FROM ${vy} AS a JOIN ${vy} AS b ON b.year = a.year + 1 AND b.village_code = a.village_code`);
  for (const column of townColumns) {
    parts.push(`SELECT 'town ${column}', year::VARCHAR, village_code, CASE WHEN village_code = 'TOWN' THEN 1 ELSE -1 END, ${column}::DOUBLE, TRUE FROM ${vy}`);
  }
  parts.push(unnested("town net migration", "year::VARCHAR",
    [`{'term': village_code || ' in', 'coef': CASE WHEN village_code = 'TOWN' THEN 1 ELSE -1 END, 'value': in_migrants::DOUBLE}`,
     `{'term': village_code || ' out', 'coef': CASE WHEN village_code = 'TOWN' THEN -1 ELSE 1 END, 'value': out_migrants::DOUBLE}`], vy, true));
  // age_sex: a village-year's cells add up to pop_end, to each sex's total and to the broad age groups; TOWN = sum of villages
  const as = `${prefix}age_sex`;
  parts.push(`SELECT 'age_sex total', concat_ws('|', year, village_code), concat_ws(' ', sex, age_group), 1, population::DOUBLE, TRUE FROM ${as}
    UNION ALL SELECT 'age_sex total', concat_ws('|', year, village_code), 'pop_end', -1, pop_end::DOUBLE, TRUE FROM ${vy}`);
  parts.push(`SELECT 'age_sex sex', concat_ws('|', year, village_code, sex), age_group, 1, population::DOUBLE, TRUE FROM ${as}
    UNION ALL SELECT 'age_sex sex', concat_ws('|', year, village_code, s.sex), 'total', -1, (CASE s.sex WHEN 'M' THEN pop_end_male ELSE pop_end_female END)::DOUBLE, TRUE
    FROM ${vy}, (VALUES ('M'), ('F')) AS s(sex)`);
  for (const [column, from, to] of broadAges) {
    parts.push(`SELECT 'age_sex ${column}', concat_ws('|', year, village_code), concat_ws(' ', sex, age_group), 1, population::DOUBLE, TRUE FROM ${as}
      WHERE ${start("age_group")} BETWEEN ${from} AND ${to}
      UNION ALL SELECT 'age_sex ${column}', concat_ws('|', year, village_code), '${column}', -1, ${column}::DOUBLE, TRUE FROM ${vy}`);
  }
  // the 60–64 group is the difference of two broad groups
  for (const [a, b] of [["pop_15_64", "pop_15_59"], ["pop_60_plus", "pop_65_plus"]]) {
    parts.push(`SELECT 'age_sex 60-64 ${a}', concat_ws('|', year, village_code), sex, 1, population::DOUBLE, TRUE FROM ${as} WHERE age_group = '60-64'
      UNION ALL SELECT 'age_sex 60-64 ${a}', concat_ws('|', year, village_code), unnest(['${a}', '${b}']), unnest([-1, 1]), unnest([${a}, ${b}])::DOUBLE, TRUE FROM ${vy}`);
  }
  parts.push(`SELECT 'age_sex town', concat_ws('|', year, sex, age_group), village_code, CASE WHEN village_code = 'TOWN' THEN 1 ELSE -1 END, population::DOUBLE, TRUE FROM ${as}`);
  // services: TOWN = sum of villages; village_year's prepregnancy counts are its project's row; the coverage rate
  const sv = `${prefix}services`;
  for (const column of ["eligible", "served"]) {
    parts.push(`SELECT 'services town ${column}', concat_ws('|', year, project), village_code, CASE WHEN village_code = 'TOWN' THEN 1 ELSE -1 END, ${column}::DOUBLE, TRUE FROM ${sv}`);
    parts.push(`SELECT 'services prepregnancy ${column}', concat_ws('|', year, village_code), unnest(['services', 'village_year']), unnest([1, -1]), unnest([s.${column}, v.prepregnancy_${column}])::DOUBLE, TRUE
      FROM ${sv} AS s JOIN ${vy} AS v USING (year, village_code) WHERE s.project = '免费孕前优生健康检查'`);
  }
  parts.push(unnested("services coverage_rate", "concat_ws('|', year, village_code, project)", ["coverage_rate", "served", "eligible"].map((c) => struct(c, 0, c)), sv, false));
  // projections' base year: the observed counts, per scenario
  const pj = `(SELECT * FROM ${prefix}projections WHERE year = base_year)`;
  parts.push(`SELECT 'projections observed', concat_ws('|', p.scenario, p.village_code, p.sex, p.age_group), unnest(['projections', 'age_sex']), unnest([1, -1]), unnest([p.population, a.population])::DOUBLE, TRUE
    FROM ${pj} AS p JOIN ${as} AS a USING (year, village_code, sex, age_group)`);
  parts.push(`SELECT 'projections observed', concat_ws('|', p.scenario, p.village_code, p.sex, p.age_group), unnest(['projections', 'village_year']), unnest([1, -1]),
      unnest([p.population, CASE p.sex WHEN 'M' THEN v.pop_end_male WHEN 'F' THEN v.pop_end_female ELSE v.pop_end END])::DOUBLE, TRUE
    FROM ${pj} AS p JOIN ${vy} AS v USING (year, village_code) WHERE p.age_group = 'all'`);
  parts.push(`SELECT 'projections both sexes', concat_ws('|', scenario, village_code, age_group), sex, CASE sex WHEN 'all' THEN 1 ELSE -1 END, population, TRUE FROM ${pj} WHERE age_group <> 'all'`);
  parts.push(`SELECT 'projections age groups', concat_ws('|', scenario, village_code, sex), age_group, CASE age_group WHEN 'all' THEN 1 ELSE -1 END, population, TRUE FROM ${pj}`);
  parts.push(`SELECT 'projections town', concat_ws('|', scenario, sex, age_group), village_code, CASE WHEN village_code = 'TOWN' THEN 1 ELSE -1 END, population, TRUE FROM ${pj}`);
  for (const [column, from, to] of broadAges) {
    parts.push(`SELECT 'projections ${column}', concat_ws('|', scenario, village_code), age_group, 1, population, TRUE FROM ${pj} WHERE sex = 'all' AND ${start("age_group")} BETWEEN ${from} AND ${to}
      UNION ALL SELECT 'projections ${column}', concat_ws('|', p.scenario, v.village_code), '${column}', -1, ${column}::DOUBLE, TRUE
      FROM (SELECT DISTINCT scenario, year, village_code FROM ${pj}) AS p JOIN ${vy} AS v USING (year, village_code)`);
  }
  for (const interval of ["lower_80", "upper_80", "lower_95", "upper_95"]) {
    parts.push(`SELECT 'projections ${interval}', concat_ws('|', scenario, village_code, sex, age_group), unnest(['${interval}', 'population']), 0, unnest([${interval}, population]), FALSE FROM ${pj}`);
  }
  // target_checks: the actual value is village_year's cell of the checked indicator
  parts.push(`SELECT 'target actual', concat_ws('|', t.year, t.village_code, t.indicator), unnest(['actual', 'village_year']), 0, unnest([t.actual, v.value]), FALSE
    FROM ${prefix}target_checks AS t
    JOIN (SELECT * FROM (SELECT * EXCLUDE (village_name, village_type) FROM ${vy}) UNPIVOT INCLUDE NULLS (value FOR indicator IN (COLUMNS(* EXCLUDE (year, village_code))))) AS v
      USING (year, village_code, indicator)`);
  return parts.map((p) => `(${p})`).join("\nUNION ALL\n");
}
