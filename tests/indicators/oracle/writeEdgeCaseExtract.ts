import {csvFormatRows} from "d3";
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";

// A tiny town for the boundaries the sample does not reach. Years 2019 and 2020 are reported
// (extract_date 2021-06-30 leaves 2021 out). Each row says which boundary it is there for.
const villages = [
  ["village_code", "village_name", "village_type"],
  ["A", "甲社区", "社区"],
  ["B", "乙村", "村"],
  ["C", "丙村", "村"], // nobody lives here: every rate empty, funding per head empty
  ["D", "丁村", ""] // no type; only twin girls
];

const persons = [
  ["person_id", "name", "id_number", "sex", "birth_date", "hukou_type", "mother_id", "birth_order", "policy_compliant"],
  ["W1", "", "", "女", "1990-05-05", "户籍", "", "", ""],
  ["W2", "", "", "女", "2004-02-29", "流动", "", "", ""], // 15 on 28 Feb or on 1 Mar 2019?
  ["W3", "", "", "女", "2006-06-01", "户籍", "", "", ""], // mother at 13: link kept, outside 15–49
  ["W4", "", "", "女", "1966-03-01", "户籍", "", "", ""], // mother at 53: link kept, outside 15–49
  ["W5", "", "", "女", "1960-01-01", "户籍", "", "", ""], // mother at 59: link dropped
  ["M1", "", "", "男", "1985-01-01", "户籍", "", "", ""], // a man named as mother: link dropped
  ["W6", "", "", "女", "2004-01-01", "户籍", "", "", ""], // 15 on 1 January 2019, her birthday
  ["W7", "", "", "女", "1969-12-31", "流动", "", "", ""], // 49 on 1 January 2019, 50 on 31 December
  ["W8", "", "", "女", "1970-01-01", "户籍", "", "", ""], // 49 on 31 December 2019, 50 on 1 January 2020
  ["O1", "", "", "男", "1954-12-31", "户籍", "", "", ""], // 65 on 31 December 2019
  ["O2", "", "", "女", "1959-12-31", "户籍", "", "", ""], // 60 on 31 December 2019
  ["O3", "", "", "男", "1934-06-01", "户籍", "", "", ""], // 85+
  ["X1", "", "", "X", "1980-01-01", "户籍", "", "", ""], // rejected (sex): takes her spell and her mother links with her
  ["K1", "", "", "男", "2019-03-10", "户籍", "W1", "3", "否"], // multi-child out of policy
  ["K2", "", "", "女", "2019-02-28", "户籍", "W2", "1", "是"],
  ["K3", "", "", "男", "2019-07-01", "户籍", "W3", "1", ""], // policy not recorded
  ["K4", "", "", "男", "2019-08-01", "户籍", "W4", "2", "是"],
  ["K5", "", "", "女", "2019-09-01", "户籍", "W5", "", "否"], // out of policy, order not recorded
  ["K6", "", "", "男", "2019-10-01", "户籍", "M1", "", ""],
  ["K7", "", "", "女", "2019-11-01", "流动", "NOBODY", "", ""], // unknown mother
  ["K8", "", "", "男", "2019-01-01", "户籍", "W6", "1", "是"], // born on 1 January, mother on her 15th birthday
  ["K9", "", "", "男", "2020-12-31", "户籍", "W1", "3", ""], // born and died on 31 December; order 3, policy not recorded
  ["K10", "", "", "男", "2020-06-01", "户籍", "W8", "2", "否"], // the only birth of B in 2020: a boy
  ["K11", "", "", "女", "2019-05-05", "户籍", "X1", "1", "是"], // mother rejected
  ["K12", "", "", "女", "2020-04-04", "户籍", "", "1", "是"], // twin girls in D
  ["K13", "", "", "女", "2020-04-04", "户籍", "", "2", "是"],
  ["K14", "", "", "男", "2020-05-05", "户籍", "W1", "4", "否"], // born in A, moved to B the same day
  ["P1", "", "", "男", "1980-01-01", "户籍", "", "", ""],
  ["P2", "", "", "女", "1981-01-01", "户籍", "", "", ""],
  ["P3", "", "", "男", "1975-01-01", "流动", "", "", ""],
  ["P4", "", "", "女", "1990-01-01", "流动", "", "", ""],
  ["P5", "", "", "男", "1990-01-01", "流动", "", "", ""],
  ["P6", "", "", "男", "1950-01-01", "户籍", "", "", ""],
  ["P7", "", "", "男", "1950-01-01", "户籍", "", "", ""],
  ["P8", "", "", "女", "1985-01-01", "户籍", "", "", ""],
  ["P9", "", "", "男", "1985-01-01", "流动", "", "", ""]
];

const initial = (id: string, village: string, end = "", reason = ""): string[] => [id, village, "2019-01-01", "期初", end, reason];

const residence = [
  ["person_id", "village_code", "start_date", "start_reason", "end_date", "end_reason"],
  ...["W1", "W2", "W3", "W4", "W5", "M1", "W6", "W7", "O1", "O2", "O3"].map((id) => initial(id, "A")),
  initial("W8", "B"),
  initial("X1", "B"),
  ...persons.slice(1).filter((p) => p[0].startsWith("K") && !["K9", "K10", "K11", "K12", "K13", "K14"].includes(p[0])).map((p) => [p[0], "A", p[4], "出生", "", ""]),
  ["K9", "A", "2020-12-31", "出生", "2020-12-31", "死亡"],
  ["K10", "B", "2020-06-01", "出生", "", ""],
  ["K11", "B", "2019-05-05", "出生", "", ""],
  ["K12", "D", "2020-04-04", "出生", "", ""],
  ["K13", "D", "2020-04-04", "出生", "", ""],
  ["K14", "A", "2020-05-05", "出生", "2020-05-05", "迁出"],
  ["K14", "B", "2020-05-05", "迁入", "", ""],
  initial("P1", "A", "2019-06-30", "迁出"), ["P1", "B", "2019-06-30", "迁入", "", ""], // move A → B
  initial("P2", "A", "2019-07-01", "迁出"), ["P2", "A", "2019-07-01", "迁入", "", ""], // out of A and back in, same day
  ["P3", "A", "2020-12-31", "迁入", "2020-12-31", "迁出"], // through A in one day
  initial("P4", "B", "2019-12-31", "迁出"), // leaves the town on 31 December
  ["P5", "B", "2020-01-01", "迁入", "", ""], // arrives on 1 January
  initial("P6", "A", "2019-01-01", "死亡"), // dies on 1 January
  initial("P7", "B", "2019-01-01", "迁出"), ["P7", "A", "2019-01-01", "迁入", "", ""], // move B → A on 1 January
  initial("P8", "A", "2020-03-03", "迁出"), ["P8", "B", "2020-03-04", "迁入", "", ""], // out, and back a day later: not a move within the town
  ["P9", "A", "2021-03-01", "迁入", "", ""] // in a year not reported
];

const services = [
  ["year", "village_code", "project", "eligible", "served"],
  ["2019", "A", "免费孕前优生健康检查", "10", "8"],
  ["2019", "A", "免费孕前优生健康检查", "2", "1"], // added up
  ["2019", "B", "免费孕前优生健康检查", "0", "0"], // coverage empty
  ["2020", "A", "免费孕前优生健康检查", "5", "6"], // more served than eligible
  ["2020", "B", "0-6岁儿童健康管理", "4", "4"], // another project only
  ["2021", "A", "免费孕前优生健康检查", "3", "3"] // a year not reported
];

const funding = [
  ["year", "village_code", "source", "item", "amount_yuan"],
  ["2019", "A", "县级财政", "服务", "1000"],
  ["2019", "", "镇级财政", "服务", "500"], // the town's own money: TOWN only
  ["2020", "B", "县级财政", "服务", "300.5"],
  ["2020", "C", "县级财政", "服务", "100"] // nobody lives in C
];

/** writeEdgeCaseExtract(folder) writes the tiny edge-case town as a CSV extract in `folder`. */
export function writeEdgeCaseExtract(folder: string): void {
  mkdirSync(folder, {recursive: true});
  const files: [string, string[][]][] = [["villages.csv", villages], ["persons.csv", persons], ["residence.csv", residence], ["services.csv", services], ["funding.csv", funding]];
  for (const [file, rows] of files) writeFileSync(join(folder, file), csvFormatRows(rows) + "\n");
  writeFileSync(join(folder, "extract.json"), JSON.stringify({register_start: "2019-01-01", extract_date: "2021-06-30"}));
}
