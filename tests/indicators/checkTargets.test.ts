import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {checkTargets} from "../../loaders/indicators/checkTargets.ts";
import {defaultTargets} from "../../loaders/indicators/defaultTargets.ts";
import {targetRowSchema} from "../../loaders/indicators/targetRow.ts";
import {unknownIndicatorMessage} from "../../loaders/indicators/unknownIndicatorMessage.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {villageYearRows, wilson, type Person, type Register} from "./register.ts";

const z = 1.959964;
/** Byar's approximate 95% Poisson bounds, written out independently of the SQL. */
const poissonLow = (x: number) => (x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3);

// V1: 100 adults all year, 400 boys (policy 是) and 100 girls (policy not recorded) born in 2020.
// V2: 10 adults all year, 1 boy born in 2020 (policy 否).
function register(): Register {
  const persons: Person[] = [];
  const spells: Register["spells"] = [];
  const add = (id: string, village: string, person: Omit<Person, "id">, start: string, reason: string) => {
    persons.push({id, ...person});
    spells.push([id, village, start, reason]);
  };
  for (let i = 0; i < 100; i++) add(`a${i}`, "V1", {sex: i % 2 ? "M" : "F", birth: "1960-01-01"}, "2020-01-01", "initial");
  for (let i = 0; i < 400; i++) add(`b${i}`, "V1", {sex: "M", birth: "2020-06-01", policy: true}, "2020-06-01", "birth");
  for (let i = 0; i < 100; i++) add(`g${i}`, "V1", {sex: "F", birth: "2020-06-01"}, "2020-06-01", "birth");
  for (let i = 0; i < 10; i++) add(`c${i}`, "V2", {sex: i % 2 ? "M" : "F", birth: "1960-01-01"}, "2020-01-01", "initial");
  add("d0", "V2", {sex: "M", birth: "2020-07-01", policy: false}, "2020-07-01", "birth");
  return {meta: {register_start: "2020-01-01", extract_date: "2020-12-31"}, villages: [["V1"], ["V2"]], persons, spells};
}

type Check = {year: number; village_code: string; indicator: string; op: string; value: number; value_high: number | null;
  label: string; actual: number | null; status: string; conclusive: boolean | null; inconclusive_reason: string | null};

async function checks(targets: Parameters<typeof checkTargets>[1], data: Register = register()): Promise<Check[]> {
  return withDatabase(async (connection) => {
    await villageYearRows(connection, data);
    await checkTargets(connection, targets);
    return rowsFromTable<Check>(connection, "SELECT * FROM target_checks");
  });
}

const find = (rows: Check[], code: string, indicator: string) => rows.find((r) => r.village_code === code && r.indicator === indicator)!;

describe("checkTargets", () => {
  test("defaultTargets are the bulletin's seven targets", () => {
    expect(defaultTargets.map((t) => [t.indicator, t.op, t.value, t.value_high])).toEqual([
      ["birth_rate", "<=", 15, undefined],
      ["natural_growth_rate", "<=", 8, undefined],
      ["sex_ratio_at_birth", "between", 103, 107],
      ["policy_compliance_rate", ">=", 84.6, undefined],
      ["multichild_out_of_policy_rate", "<=", 2.4, undefined],
      ["prepregnancy_check_coverage_rate", ">=", 80, undefined],
      ["funding_per_capita", ">=", 8.5, undefined]
    ]);
    for (const target of defaultTargets) expect(target.label).toMatch(/\p{Script=Han}/u);
  });

  test("defaultTargets are listed in README.md as they are in the code", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const rows = defaultTargets.map((t) => `| \`${t.indicator}\` | ${t.label} | \`${t.op}\` | ${t.value_high === undefined ? t.value : `${t.value}, ${t.value_high}`} |`);
    expect(readme).toContain(["| indicator | default target | `op` | `value`, `value_high` |", "| --- | --- | --- | --- |", ...rows].join("\n") + "\n\n");
  });

  test("checkTargets(connection, defaultTargets) checks every target on every row, in order, no_data where the value is empty", async () => {
    const rows = await checks(defaultTargets);
    // 3 rows of village_year (TOWN, V1, V2) × 7 targets, TOWN first, targets in their order.
    expect(rows.length).toBe(21);
    expect(rows.slice(0, 7).map((r) => [r.village_code, r.indicator])).toEqual(defaultTargets.map((t) => ["TOWN", t.indicator]));
    // No services and no funding rows → coverage and funding per capita have no value → no_data, conclusive NULL.
    for (const code of ["TOWN", "V1", "V2"]) {
      for (const indicator of ["prepregnancy_check_coverage_rate", "funding_per_capita"]) {
        expect([find(rows, code, indicator).status, find(rows, code, indicator).conclusive]).toEqual(["no_data", null]);
      }
    }
    // V2: one boy and no girl → SRB has no value, but there was a birth: judged as unbounded → not_met,
    // and one birth cannot tell (Wilson low of 1/1 = 1 / (1 + z²) → a ratio of about 26 < 103).
    const srb = find(rows, "V2", "sex_ratio_at_birth");
    expect([srb.actual, srb.status, srb.conclusive, srb.inconclusive_reason]).toEqual([null, "not_met", false, "small_numbers"]);
  });

  test("checkTargets(connection, targets) judges a sex ratio at birth with boys and no girl as unbounded, conclusive when the boys are many", async () => {
    const persons: Person[] = [{id: "a", sex: "F", birth: "1990-01-01"}];
    const spells: Register["spells"] = [["a", "V1", "2020-01-01", "initial"]];
    for (let i = 0; i < 20; i++) {
      persons.push({id: `b${i}`, sex: "M", birth: "2020-06-01"});
      spells.push([`b${i}`, "V1", "2020-06-01", "birth"]);
    }
    const rows = await checks([{indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107}], {
      meta: {register_start: "2020-01-01", extract_date: "2020-12-31"}, villages: [["V1"]], persons, spells
    });
    // 20 boys, 0 girls: Wilson low of 20/20 = 20 / (20 + z²) → a ratio of about 521, wholly above the band.
    const [pLow] = wilson(20, 20);
    expect((pLow / (1 - pLow)) * 100).toBeGreaterThan(107);
    const srb = find(rows, "V1", "sex_ratio_at_birth");
    expect([srb.actual, srb.status, srb.conclusive, srb.inconclusive_reason]).toEqual([null, "not_met", true, null]);
  });

  test("checkTargets(connection, targets) never calls a coverage above 100% conclusive: more served than eligible is a data error", async () => {
    const rows = await checks([{indicator: "prepregnancy_check_coverage_rate", op: ">=", value: 80}], {
      ...register(),
      services: [[2020, "V1", "免费孕前优生健康检查", 5, 6], [2020, "V2", "免费孕前优生健康检查", 400, 399]]
    });
    const v1 = find(rows, "V1", "prepregnancy_check_coverage_rate");
    expect([v1.actual, v1.status, v1.conclusive, v1.inconclusive_reason]).toEqual([120, "met", false, "served_exceeds_eligible"]);
    // The town adds the counts up: 405 served of 405 eligible → 100%, a share again → Wilson, conclusive.
    const town = find(rows, "TOWN", "prepregnancy_check_coverage_rate");
    expect([town.actual, town.status, town.conclusive, town.inconclusive_reason]).toEqual([100, "met", true, null]);
    const v2 = find(rows, "V2", "prepregnancy_check_coverage_rate");
    expect([v2.status, v2.conclusive, v2.inconclusive_reason]).toEqual(["met", true, null]);
  });

  test("checkTargets(connection, targets) marks a rate conclusive only when its Poisson interval lies on one side of the target", async () => {
    const rows = await checks([{indicator: "birth_rate", op: "<=", value: 15}]);
    // V1: pop_start 100, pop_end 600, pop_avg 350; 500 births → 1428.6‰ > 15 → not_met;
    // Byar low(500) / 350 × 1000 ≫ 15 → the whole interval is above the target → conclusive.
    const v1 = find(rows, "V1", "birth_rate");
    assertInDelta(v1.actual!, (500 / 350) * 1000, 1e-9);
    expect([v1.status, v1.conclusive]).toEqual(["not_met", true]);
    expect((poissonLow(500) / 350) * 1000).toBeGreaterThan(15);
    // V2: pop_avg 10.5, 1 birth → 95.2‰ > 15 → not_met; Byar low(1) = (1 − 1/9 − z/3)³ = 0.235568³ = 0.013072
    // → 1.245‰ ≤ 15: a rate that low is possible with one birth → not conclusive.
    const v2 = find(rows, "V2", "birth_rate");
    expect([v2.status, v2.conclusive, v2.inconclusive_reason]).toEqual(["not_met", false, "small_numbers"]);
    expect(v1.inconclusive_reason).toBeNull();
    assertInDelta((poissonLow(1) / 10.5) * 1000, 1.245, 1e-3);
  });

  test("checkTargets(connection, targets) checks between inclusively and uses the Wilson interval of the sex ratio at birth", async () => {
    const rows = await checks([
      {indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107},
      {indicator: "pop_end", op: "between", value: 11, value_high: 11, label: "年末人口恰为11人"}
    ]);
    // V1: 400 / 100 × 100 = 400 → not_met. Wilson p = 0.8, n = 500 → pL / (1 − pL) × 100 is about 322 > 107:
    // the whole interval lies above the band → conclusive.
    const srb = find(rows, "V1", "sex_ratio_at_birth");
    expect([srb.actual, srb.status, srb.conclusive]).toEqual([400, "not_met", true]);
    // No label given: the range is written with the bulletin's dash, as the default targets write it.
    expect(srb.label).toBe("出生人口性别比在103—107之间");
    const [pLow] = wilson(400, 500);
    expect((pLow / (1 - pLow)) * 100).toBeGreaterThan(107);
    // V2: pop_end = 10 adults + 1 boy = 11 → between 11 and 11 (bounds included) → met; a count is exact → conclusive.
    const pop = find(rows, "V2", "pop_end");
    expect([pop.actual, pop.status, pop.conclusive, pop.label]).toEqual([11, "met", true, "年末人口恰为11人"]);
    expect(find(rows, "V1", "pop_end").status).toBe("not_met");
  });

  test("checkTargets(connection, targets) uses the Wilson interval for shares", async () => {
    const rows = await checks([{indicator: "policy_compliance_rate", op: ">=", value: 84.6}]);
    // V1: 400 recorded, all 是 → 100% ≥ 84.6 → met; Wilson low of 400/400 = 400 / (400 + z²) = 99.05% ≥ 84.6 → conclusive.
    const v1 = find(rows, "V1", "policy_compliance_rate");
    expect([v1.actual, v1.status, v1.conclusive]).toEqual([100, "met", true]);
    expect(wilson(400, 400)[0] * 100).toBeGreaterThan(84.6);
    // V2: 1 recorded, 否 → 0% → not_met; Wilson high of 0/1 = z² / (1 + z²) = 79.34% < 84.6 → conclusive.
    const v2 = find(rows, "V2", "policy_compliance_rate");
    expect([v2.actual, v2.status, v2.conclusive]).toEqual([0, "not_met", true]);
    assertInDelta(wilson(0, 1)[1] * 100, (100 * z * z) / (1 + z * z), 1e-9);
  });

  test("checkTargets(connection, targets) leaves conclusive NULL for tfr, which has no interval model", async () => {
    const rows = await checks([{indicator: "tfr", op: ">=", value: 1.8}], {
      meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
      villages: [["V1"]],
      persons: [{id: "m", sex: "F", birth: "1990-01-01"}, {id: "k", sex: "M", birth: "2020-05-01", mother: "m"}],
      spells: [["m", "V1", "2020-01-01", "initial"], ["k", "V1", "2020-05-01", "birth"]]
    });
    // m is 30 all year → 30–34 averages 1 woman, 1 birth → tfr = 5 × 1 / 1 = 5 ≥ 1.8 → met, conclusive NULL.
    expect(rows.map((r) => [r.village_code, r.actual, r.status, r.conclusive])).toEqual([["TOWN", 5, "met", null], ["V1", 5, "met", null]]);
  });

  test("checkTargets(connection, targets) builds a Chinese label when none is given and rejects an unknown indicator", async () => {
    const rows = await checks([{indicator: "death_rate", op: "<=", value: 7}]);
    expect(rows[0].label).toBe("死亡率不高于7‰");
    await expect(withDatabase(async (connection) => {
      await villageYearRows(connection, register());
      await checkTargets(connection, [{indicator: "village_name", op: "<=", value: 1}]);
    })).rejects.toThrow(new Error(unknownIndicatorMessage("village_name")));
    // Word for word what a row of the targets file naming it is told.
    expect(targetRowSchema.safeParse({indicator: "village_name", op: "<=", value: 1}).error?.issues.map((i) => i.message)).toEqual([
      unknownIndicatorMessage("village_name")
    ]);
    expect(unknownIndicatorMessage("village_name")).toMatch(/^指标“village_name”不是 village_year 的数值列\(unknown indicator\);可用的指标:[a-z_0-9、]+\(含义见数据字典 village_year\)$/);
  });
});
