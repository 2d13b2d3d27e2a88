import type {ExtractFixture} from "../../support/writeExtract.ts";

/** Over 200 characters: too long for any text field. */
export const longText = (character: string) => character.repeat(201);

/**
 * A small register whose optional fields hold typos (soft fields, loaders/validate/README.md), with
 * one person whose required field is wrong too and one duplicate row. Row numbers in the comments
 * are 1-based data rows, header excluded. Every value is plain, so CSV files of it take the fast path.
 */
export const typoRegister: ExtractFixture = {
  meta: {region: "测试镇", register_start: "2014-01-01", extract_date: "2025-12-31"},
  villages: [
    {village_code: "V1", village_name: "东村", village_type: "村"},
    {village_code: "V2", village_name: "西村", village_type: "镇"}, // 2: type blanked
    {village_code: "V3", village_name: "南社区", village_type: "社区"}
  ],
  persons: [
    {person_id: "P1", sex: "女", birth_date: "1980-05-01", hukou_type: "户籍"},
    {person_id: "K1", sex: "女", birth_date: "2016-03-08", hukou_type: "户籍", mother_id: "P1", birth_order: "二", policy_compliant: "是"}, // 2
    {person_id: "K2", sex: "男", birth_date: "2017-04-01", hukou_type: "户籍", mother_id: "P1", birth_order: "-1", policy_compliant: "符合"}, // 3
    {person_id: "K3", sex: "女", birth_date: "2018-05-01", hukou_type: "流动", birth_order: "1.5", policy_compliant: "?"}, // 4: 1.5 is left to zod
    {person_id: "K4", sex: "男", birth_date: "2019-01-01", hukou_type: "户籍", name: longText("王"), birth_order: "3", policy_compliant: "否"}, // 5
    {person_id: "K5", sex: "X", birth_date: "2019-02-01", hukou_type: "户籍", policy_compliant: "符合"}, // 6: rejected for its sex only
    {person_id: "K1", sex: "女", birth_date: "2016-03-08", hukou_type: "户籍", policy_compliant: "??"}, // 7: duplicate, rejected
    {person_id: "K6", sex: "女", birth_date: "2019-03-01", hukou_type: "户籍", mother_id: longText("M"), birth_order: "0"} // 8
  ],
  residence: [
    {person_id: "P1", village_code: "V1", start_date: "2014-01-01", start_reason: "期初"},
    {person_id: "K1", village_code: "V1", start_date: "2016-03-08", start_reason: "出生"},
    {person_id: "K2", village_code: "V2", start_date: "2017-04-01", start_reason: "出生"},
    {person_id: "K3", village_code: "V1", start_date: "2018-05-01", start_reason: "出生"},
    {person_id: "K4", village_code: "V3", start_date: "2019-01-01", start_reason: "出生"},
    {person_id: "K5", village_code: "V1", start_date: "2019-02-01", start_reason: "出生"}, // 6: person_rejected
    {person_id: "K6", village_code: "V2", start_date: "2019-03-01", start_reason: "出生"}
  ],
  funding: [
    {year: 2020, village_code: "V1", source: longText("财"), item: "宣传", amount_yuan: 100}, // 1: source blanked
    {year: 2020, village_code: "", source: "镇级财政", item: longText("用"), amount_yuan: 50} // 2: item blanked
  ]
};
