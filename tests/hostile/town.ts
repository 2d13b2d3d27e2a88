import {idNumberCheckDigit} from "../../loaders/validate/idNumberCheckDigit.ts";
import type {ExtractFixture, Rows} from "../support/writeExtract.ts";

/** An 18-digit ID number with a correct GB 11643 check digit (area 330781, sequence 00s, odd = male). */
export function idNumber(birthDate: string, sex: "男" | "女", sequence: number): string {
  const seq = String(sequence * 2 + (sex === "男" ? 1 : 0)).padStart(3, "0");
  const first17 = `330781${birthDate.replaceAll("-", "")}${seq}`;
  return first17 + idNumberCheckDigit(first17)!;
}

/**
 * A small town whose numbers are worked out by hand:
 *   V1 东村: P1 (woman, 期初), P2 (man, 期初), P5 (born 2021-03-03 to P1), P7 (期初, moved out 2021-08-08)
 *   V2 西社区: P3 (woman, 流动, 期初), P4 (man, 期初, died 2021-06-01), P6 (man, 流动, moved in 2022-04-01)
 * pop_end of TOWN: 2020 = P1 P2 P3 P4 P7 = 5; 2021 = P1 P2 P3 P5 = 4; 2022 = + P6 = 5.
 * pop_end 2022: V1 = P1 P2 P5 = 3; V2 = P3 P6 = 2.
 */
export function town(): ExtractFixture & {villages: Rows; persons: Rows; residence: Rows; services: Rows; funding: Rows} {
  const people: [string, string, "男" | "女", string, string][] = [
    ["P1", "王丽", "女", "1990-05-01", "户籍"],
    ["P2", "陈鹏", "男", "1988-02-03", "户籍"],
    ["P3", "李娜", "女", "1995-07-08", "流动"],
    ["P4", "赵大山", "男", "1940-01-01", "户籍"],
    ["P5", "王小雨", "女", "2021-03-03", "户籍"],
    ["P6", "孙强", "男", "1975-11-11", "流动"],
    ["P7", "周敏", "女", "2000-01-01", "户籍"]
  ];
  return {
    villages: [
      {village_code: "V1", village_name: "东村", village_type: "村"},
      {village_code: "V2", village_name: "西社区", village_type: "社区"}
    ],
    persons: people.map(([person_id, name, sex, birth_date, hukou_type], i) => ({
      person_id, name, id_number: idNumber(birth_date, sex, i + 1), sex, birth_date, hukou_type,
      mother_id: person_id === "P5" ? "P1" : "", birth_order: person_id === "P5" ? 1 : "", policy_compliant: person_id === "P5" ? "是" : ""
    })),
    residence: [
      {person_id: "P1", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "", end_reason: ""},
      {person_id: "P2", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "", end_reason: ""},
      {person_id: "P3", village_code: "V2", start_date: "2020-01-01", start_reason: "期初", end_date: "", end_reason: ""},
      {person_id: "P4", village_code: "V2", start_date: "2020-01-01", start_reason: "期初", end_date: "2021-06-01", end_reason: "死亡"},
      {person_id: "P5", village_code: "V1", start_date: "2021-03-03", start_reason: "出生", end_date: "", end_reason: ""},
      {person_id: "P6", village_code: "V2", start_date: "2022-04-01", start_reason: "迁入", end_date: "", end_reason: ""},
      {person_id: "P7", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2021-08-08", end_reason: "迁出"}
    ],
    services: [
      {year: 2021, village_code: "V1", project: "免费孕前优生健康检查", eligible: 10, served: 8},
      {year: 2022, village_code: "V2", project: "孕产妇健康管理", eligible: 4, served: 4}
    ],
    funding: [
      {year: 2021, village_code: "V1", source: "县级财政", item: "奖励扶助", amount_yuan: 1200},
      {year: 2022, village_code: "", source: "镇级财政", item: "宣传", amount_yuan: 800}
    ],
    meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2022-12-31"}
  };
}

/** pop_end of the town() fixture, worked out by hand above. */
export const townPopEnd = {TOWN: {2020: 5, 2021: 4, 2022: 5}, V1: {2022: 3}, V2: {2022: 2}} as const;
