// Test helper: a folder shaped like the pipeline's outputs (village_year.csv, target_checks.csv,
// age_sex.csv) for a made-up town of three villages over `years`, so the page and the PDF can be
// exercised without running the pipeline. Deterministic: the numbers follow simple formulas.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormat} from "d3";
import type {AgeSexRow, TargetCheckRow, VillageYearRow} from "../../loaders/bulletin/types.ts";
import {derivedRow} from "./villageYearRow.ts";

const villages = [
  {code: "001", name: "青石社区", type: "community", size: 9000},
  {code: "002", name: "东岭村", type: "village", size: 6000},
  {code: "003", name: "<b>小溪</b>村", type: "village", size: 600}
];

export function writeFixtureOutputs(dir: string, {years = [2023, 2024, 2025], region = "青石镇"} = {}): void {
  mkdirSync(dir, {recursive: true});
  const rows: VillageYearRow[] = [];
  const ageSex: AgeSexRow[] = [];
  for (const [i, year] of years.entries()) {
    const parts = villages.map((v, k) => {
      const popStart = v.size - i * (20 + k * 5);
      const popEnd = popStart - (20 + k * 5);
      const births = Math.round(v.size * 0.007) - i;
      const deaths = Math.round(v.size * 0.011) + i;
      return derivedRow({
        year, village_code: v.code, village_name: v.name, village_type: v.type,
        pop_start: popStart, pop_end: popEnd, births, deaths,
        births_male: Math.ceil(births * 0.53), births_female: births - Math.ceil(births * 0.53),
        pop_end_male: Math.round(popEnd * 0.505), pop_end_female: popEnd - Math.round(popEnd * 0.505),
        pop_end_registered: Math.round(popEnd * 0.88), pop_end_migrant: popEnd - Math.round(popEnd * 0.88),
        pop_0_14: Math.round(popEnd * 0.11), pop_15_64: Math.round(popEnd * 0.67), pop_65_plus: popEnd - Math.round(popEnd * 0.11) - Math.round(popEnd * 0.67),
        pop_15_59: Math.round(popEnd * 0.6), pop_60_plus: popEnd - Math.round(popEnd * 0.11) - Math.round(popEnd * 0.6),
        in_migrants: 30 + k, out_migrants: 30 + k + (20 + k * 5) - (deaths - births) * 0,
        births_policy_recorded: births, births_policy_compliant: births - 1, births_multichild_out_of_policy: k === 2 ? 1 : 0,
        prepregnancy_eligible: Math.round(v.size / 50), prepregnancy_served: Math.round(v.size / 60), funding_yuan: v.size * 8.6
      });
    });
    const sum = (key: keyof VillageYearRow) => parts.reduce((s, r) => s + ((r[key] as number | null) ?? 0), 0);
    const keys = ["pop_start", "pop_end", "births", "deaths", "births_male", "births_female", "pop_end_male", "pop_end_female",
      "pop_end_registered", "pop_end_migrant", "pop_0_14", "pop_15_64", "pop_65_plus", "pop_15_59", "pop_60_plus", "in_migrants",
      "out_migrants", "births_policy_recorded", "births_policy_compliant", "births_multichild_out_of_policy",
      "prepregnancy_eligible", "prepregnancy_served", "funding_yuan"] as const;
    const town = Object.fromEntries(keys.map((k) => [k, sum(k)])) as Record<(typeof keys)[number], number>;
    rows.push(derivedRow({year, village_code: "TOWN", village_name: region, ...town, sex_ratio_at_birth_low: 80, sex_ratio_at_birth_high: 150, women_15_49: town.pop_end * 0.2, gfr: (town.births / (town.pop_end * 0.2)) * 1000, tfr: 1.4 - i * 0.05}));
    rows.push(...parts);
    for (let a = 0; a <= 85; a += 5) {
      const group = a === 85 ? "85+" : `${a}-${a + 4}`;
      const base = Math.round(town.pop_end / 18 * (a < 40 ? 0.8 + a / 100 : 1.6 - a / 100));
      ageSex.push({year, village_code: "TOWN", sex: "M", age_group: group, population: base});
      ageSex.push({year, village_code: "TOWN", sex: "F", age_group: group, population: base + (a > 60 ? 20 : -10)});
    }
  }
  const targets: TargetCheckRow[] = rows
    .filter((r) => r.village_code === "TOWN")
    .flatMap((r) => [
      {year: r.year, village_code: "TOWN", indicator: "birth_rate", op: "<=", value: 15, value_high: null, label: "出生率", actual: r.birth_rate, status: "met", conclusive: true},
      {year: r.year, village_code: "TOWN", indicator: "policy_compliance_rate", op: ">=", value: 84.6, value_high: null, label: "符合政策生育率", actual: r.policy_compliance_rate, status: "met", conclusive: true}
    ]);
  // Each begins with the UTF-8 byte-order mark, as the pipeline writes its CSVs (withUtf8Bom).
  writeFileSync(join(dir, "village_year.csv"), "\uFEFF" + csvFormat(rows as unknown as object[]));
  writeFileSync(join(dir, "age_sex.csv"), "\uFEFF" + csvFormat(ageSex as unknown as object[]));
  writeFileSync(join(dir, "target_checks.csv"), "\uFEFF" + csvFormat(targets as unknown as object[]));
}
