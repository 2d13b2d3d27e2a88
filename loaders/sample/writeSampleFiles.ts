import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {randomLcg} from "d3";
import {tableSpec, extractMetaFile, type TableName} from "../read/extractFormat.ts";
import {chineseName} from "./chineseName.ts";
import {csvWriter, type CsvWriter} from "./csvWriter.ts";
import {idNumberCheckDigit} from "../validate/idNumberCheckDigit.ts";
import {isoDateFromDay} from "./isoDateFromDay.ts";
import {serviceProjects, type FlawPlan} from "./plantFlaws.ts";
import {sampleRates as R} from "./sampleRates.ts";
import {areaCodes, endReason, flag, openEnd, type TownState} from "./simulateTown.ts";

/** One deliberately flawed row of the written sample. */
export interface PlantedFlaw {
  file: string;
  /** 1-based data row (header excluded). */
  row: number;
  column: string;
  /** Stable code of the flaw. */
  kind: "id_check_digit" | "id_birth_date" | "duplicate_person" | "mother_not_female" | "end_without_reason" | "unknown_village" | "duplicate_service";
  /** What is wrong, zh-CN. */
  what: string;
}

const startReasons = ["期初", "出生", "迁入"];
const endReasons = ["", "死亡", "迁出"];

/** Columns in the order the rows below are built; checked against the extract format. */
const columns: Partial<Record<TableName, string[]>> = {
  villages: ["village_code", "village_name", "village_type"],
  persons: ["person_id", "name", "id_number", "sex", "birth_date", "hukou_type", "mother_id", "birth_order", "policy_compliant"],
  residence: ["person_id", "village_code", "start_date", "start_reason", "end_date", "end_reason"],
  services: ["year", "village_code", "project", "eligible", "served"],
  funding: ["year", "village_code", "source", "item", "amount_yuan"]
};

function open(out: string, table: TableName): CsvWriter {
  const header = columns[table]!;
  const spec = tableSpec(table).columns.map((c) => c.name);
  if (spec.join() !== header.join()) throw new Error(`${table}: the generator writes ${header.join()}, the extract format has ${spec.join()}`);
  return csvWriter(join(out, `${table}.csv`), header);
}

/**
 * Writes the extract (format v1, English headers) of a simulated town to `out`, streaming each
 * file in row order (persons by person_id, residence by person_id then start date), with the
 * planted flaws of `plan`. Returns the flaws with their file, row and column.
 */
export async function writeSampleFiles(state: TownState, plan: FlawPlan, out: string, region: string, seed: number): Promise<PlantedFlaw[]> {
  await mkdir(out, {recursive: true});
  const flaws: PlantedFlaw[] = [];
  const {villages} = state;
  const dateCache = new Map<number, string>();
  const date = (day: number): string => {
    let s = dateCache.get(day);
    if (s === undefined) dateCache.set(day, (s = isoDateFromDay(day)));
    return s;
  };
  const personId = (i: number): string => "P" + String(i + 1).padStart(8, "0");

  // villages.csv
  const vw = open(out, "villages");
  for (const v of villages) vw.row([v.code, v.name, v.type]);
  await vw.close();

  // persons.csv
  const pw = open(out, "persons");
  for (let i = 0; i < state.n; i++) {
    const f = state.flags[i];
    const male = (f & flag.male) !== 0;
    const birth = date(state.birth[i]);
    let first17 = areaCodes[state.area[i]] + birth.replaceAll("-", "") + String(state.seq[i]).padStart(3, "0");
    const flaw = plan.persons.get(i);
    let check = idNumberCheckDigit(first17)!;
    if (flaw?.kind === "checkDigit") {
      check = "0123456789X"[("0123456789X".indexOf(check) + 1 + (i % 9)) % 11];
      flaws.push({file: "persons.csv", row: pw.rows + 1, column: "id_number", kind: "id_check_digit", what: "身份证号校验码错误"});
    } else if (flaw?.kind === "birthDate") {
      first17 = first17.slice(0, 6) + date(state.birth[i] + 40).replaceAll("-", "") + first17.slice(14);
      check = idNumberCheckDigit(first17)!;
      flaws.push({file: "persons.csv", row: pw.rows + 1, column: "id_number", kind: "id_birth_date", what: "身份证号中的出生日期与出生日期不一致"});
    }
    const born = (f & flag.bornInPeriod) !== 0;
    let mother = born && f & flag.motherLinked ? personId(state.mother[i]) : "";
    if (flaw?.kind === "motherMale") {
      mother = personId(flaw.male);
      flaws.push({file: "persons.csv", row: pw.rows + 1, column: "mother_id", kind: "mother_not_female", what: "母亲编号指向男性"});
    }
    const row = [
      personId(i),
      chineseName(state.surname[i], state.given1[i], state.given2[i], male),
      first17 + check,
      male ? "男" : "女",
      birth,
      f & flag.migrant ? "流动" : "户籍",
      mother,
      born ? String(state.birthOrder[i]) : "",
      born ? (state.compliant[i] === 1 ? "是" : "否") : ""
    ];
    let full = pw.row(row);
    if (flaw?.kind === "duplicate") {
      full = pw.row(row);
      flaws.push({file: "persons.csv", row: pw.rows, column: "person_id", kind: "duplicate_person", what: "人员记录重复(与上一行完全相同)"});
    }
    if (full) await pw.flush();
  }
  await pw.close();

  // residence.csv
  const rw = open(out, "residence");
  for (let i = 0; i < state.n; i++) {
    const id = personId(i);
    for (let s = state.firstSpell[i]; s >= 0; s = state.spNext[s]) {
      const flaw = plan.spells.get(s);
      const code = villages[state.spVillage[s]].code;
      const ended = state.spEnd[s] !== openEnd;
      const reason = state.spReason[s];
      const row = [
        id,
        flaw?.kind === "unknownVillage" ? code.slice(0, 9) + "299" : code,
        date(state.spStart[s]),
        startReasons[reason & 3],
        ended ? date(state.spEnd[s]) : "",
        ended && flaw?.kind !== "noEndReason" ? endReasons[reason >> 2] : ""
      ];
      if (ended && (reason >> 2) === endReason.none) throw new Error(`spell ${s} of ${id} ends without a reason`);
      if (flaw?.kind === "unknownVillage") flaws.push({file: "residence.csv", row: rw.rows + 1, column: "village_code", kind: "unknown_village", what: "村居代码不在村居表中"});
      if (flaw?.kind === "noEndReason") flaws.push({file: "residence.csv", row: rw.rows + 1, column: "end_reason", kind: "end_without_reason", what: "有终止日期但缺终止原因"});
      if (rw.row(row)) await rw.flush();
    }
  }
  await rw.close();

  // services.csv and funding.csv: yearly per village, from the simulated counts.
  const rng = randomLcg((Math.abs(seed) + 2_000_003) % 2_147_483_647);
  const between = ([a, b]: number[]): number => a + rng() * (b - a);
  const pv = state.perVillageYear;
  const nYears = state.endYear - state.startYear + 1;
  const sw = open(out, "services");
  for (let yi = 0; yi < nYears; yi++) {
    for (let v = 0; v < villages.length; v++) {
      const k = v * nYears + yi;
      const nextBirths = pv.births[yi + 1 < nYears ? k + 1 : k];
      const checkEligible = Math.round(nextBirths * between(R.services.checkPerBirth));
      const coverage = Math.min(0.99, villages[v].checkCoverage + (rng() - 0.5) * 0.07);
      const eligible = [checkEligible, pv.births[k], Math.round(pv.hukou60plus[k] * R.services.rewardShareOf60 * between([0.9, 1.1])), pv.children0to6[k]];
      const served = [
        Math.round(checkEligible * coverage),
        Math.round(eligible[1] * between(R.services.maternal)),
        Math.round(eligible[2] * between(R.services.reward)),
        Math.round(eligible[3] * between(R.services.child))
      ];
      for (let p = 0; p < serviceProjects.length; p++) {
        if (sw.row([String(state.startYear + yi), villages[v].code, serviceProjects[p], String(eligible[p]), String(served[p])])) await sw.flush();
        const d = plan.servicesDuplicate;
        if (d.yearIndex === yi && d.village === v && d.project === p) {
          sw.row([String(state.startYear + yi), villages[v].code, serviceProjects[p], "3", "2"]);
          flaws.push({file: "services.csv", row: sw.rows, column: "project", kind: "duplicate_service", what: "同一年份、村居、项目重复上报(补报 3 人、已服务 2 人)"});
        }
      }
    }
  }
  await sw.close();

  const fw = open(out, "funding");
  for (let yi = 0; yi < nYears; yi++) {
    const year = String(state.startYear + yi);
    let total = 0;
    for (let v = 0; v < villages.length; v++) {
      const pop = pv.population[v * nYears + yi];
      total += pop;
      const amount = pop * villages[v].fundingPerHead * (1 + 0.01 * yi) * (0.95 + rng() * 0.1);
      const county = Math.round(amount * R.funding.countyShare);
      fw.row([year, villages[v].code, "县级财政", "计划生育服务与奖励扶助", String(county)]);
      if (fw.row([year, villages[v].code, "镇级财政", "基层人口健康服务", String(Math.round(amount) - county)])) await fw.flush();
    }
    fw.row([year, "", "上级转移支付", "人口监测与信息化", String(Math.round(total * R.funding.townLevelPerHead * (0.9 + rng() * 0.2)))]);
    fw.row([year, "", "镇级财政", "人口健康宣传教育", String(Math.round(total * 0.4 * (0.9 + rng() * 0.2)))]);
  }
  await fw.close();

  const meta = {region, register_start: isoDateFromDay(state.registerStart), extract_date: isoDateFromDay(state.extractDay)};
  await writeFile(join(out, extractMetaFile), JSON.stringify(meta, null, 2) + "\n");
  return flaws;
}
