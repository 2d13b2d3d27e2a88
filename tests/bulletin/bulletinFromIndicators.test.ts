import {describe, expect, test} from "vitest";
import {dataSource} from "../../loaders/publish/dataSource.ts";
import {bulletinFromIndicators} from "../../loaders/bulletin/bulletinFromIndicators.ts";
import type {BulletinDocument, BulletinTable, TargetCheckRow, VillageYearRow} from "../../loaders/bulletin/types.ts";
import {derivedRow, villageYearRow} from "./villageYearRow.ts";

// Two hand-made years of the town 青石镇 and three villages. Every expected figure is worked out by hand
// in the comments; the rows carry unrounded rates and shares, as the pipeline writes them.
const town2024 = derivedRow({
  year: 2024, village_code: "TOWN", village_name: "青石镇",
  pop_start: 24100, pop_end: 23996, births: 186, deaths: 272, births_male: 99, births_female: 87,
  pop_end_registered: 21010, pop_end_migrant: 2986, pop_end_male: 12100, pop_end_female: 11896,
  pop_0_14: 2700, pop_15_64: 16100, pop_65_plus: 5196, pop_15_59: 14500, pop_60_plus: 6796,
  in_migrants: 420, out_migrants: 438,
  births_policy_recorded: 180, births_policy_compliant: 166, births_multichild_out_of_policy: 4,
  prepregnancy_eligible: 220, prepregnancy_served: 170, funding_yuan: 198000
});
const town2025 = derivedRow({
  year: 2025, village_code: "TOWN", village_name: "青石镇",
  pop_start: 23996, pop_end: 23801, births: 174, deaths: 277, births_male: 96, births_female: 78,
  sex_ratio_at_birth_low: 95.1, sex_ratio_at_birth_high: 165.3,
  pop_end_registered: 20799, pop_end_migrant: 3002, pop_end_male: 12002, pop_end_female: 11799,
  pop_0_14: 2610, pop_15_64: 15890, pop_65_plus: 5301, pop_15_59: 14310, pop_60_plus: 6950,
  in_migrants: 400, out_migrants: 492,
  births_policy_recorded: 170, births_policy_compliant: 160, births_multichild_out_of_policy: 3,
  prepregnancy_eligible: 210, prepregnancy_served: 180, funding_yuan: 210000,
  women_15_49: 4500.5, gfr: (174 / 4500.5) * 1000, tfr: 1.3456
});
// Villages are given out of code order; 003 is small (pop_avg 795 < 1000).
const villages2025 = [
  derivedRow({year: 2025, village_code: "003", village_name: "小溪村", village_type: "village", pop_start: 800, pop_end: 790, births: 5, deaths: 9, pop_end_male: 400, pop_end_female: 390, pop_60_plus: 250, in_migrants: 10, out_migrants: 6}),
  derivedRow({year: 2025, village_code: "001", village_name: "青石社区", village_type: "community", pop_start: 12000, pop_end: 11980, births: 90, deaths: 130, pop_end_male: 6000, pop_end_female: 5980, pop_60_plus: 3400, in_migrants: 300, out_migrants: 250}),
  derivedRow({year: 2025, village_code: "002", village_name: "东岭村", village_type: "village", pop_start: 11196, pop_end: 11031, births: 79, deaths: 138, pop_end_male: 5602, pop_end_female: 5429, pop_60_plus: 3300, in_migrants: 150, out_migrants: 296})
];
const rows: VillageYearRow[] = [town2024, town2025, ...villages2025];

const target = (indicator: string, op: string, value: number, value_high: number | null, status: string, conclusive = true): TargetCheckRow => ({
  year: 2025, village_code: "TOWN", indicator, op, value, value_high, label: null, actual: null, status, conclusive
});
const targets: TargetCheckRow[] = [
  target("birth_rate", "<=", 15, null, "met"),
  target("natural_growth_rate", "<=", 8, null, "met"),
  target("sex_ratio_at_birth", "between", 103, 107, "not_met", false),
  target("policy_compliance_rate", ">=", 84.6, null, "met"),
  target("multichild_out_of_policy_rate", "<=", 2.4, null, "met"),
  target("prepregnancy_check_coverage_rate", ">=", 80, null, "met"),
  target("funding_per_capita", ">=", 8.5, null, "met"),
  // Another village's check must not leak into the town's text.
  {...target("birth_rate", "<=", 15, null, "not_met"), village_code: "003"}
];

function paragraphs(doc: BulletinDocument, heading: string): string[] {
  const section = doc.sections.find((s) => s.heading === heading);
  if (!section) throw new Error(`no section ${heading}`);
  return section.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
}
function table(doc: BulletinDocument, id: string): BulletinTable {
  const found = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table" && b.id === id);
  if (!found || found.kind !== "table") throw new Error(`no table ${id}`);
  return found;
}

describe("bulletinFromIndicators on two hand-made years", () => {
  const doc = bulletinFromIndicators(rows, {year: 2025, targets});

  test("bulletinFromIndicators(rows, {year}) has the default issuer, the title and seven numbered sections", () => {
    expect(doc.title).toBe("青石镇2025年人口发展统计公报");
    expect(doc.issuer).toBe("青石镇统计站");
    expect(doc.releaseLine).toBe("青石镇统计站");
    expect(doc).not.toHaveProperty("releaseDate");
    expect(doc.firstYear).toBe(false);
    expect(doc.sections.map((s) => `${s.number}、${s.heading}`)).toEqual([
      "一、常住人口", "二、人口自然变动", "三、地区分布", "四、年龄构成", "五、性别构成", "六、户籍与流动人口", "七、计划生育"
    ]);
  });

  test("bulletinFromIndicators(rows, {year}) states the data basis and the 标准时点 in the lead", () => {
    expect(doc.lead).toContain("以2025年12月31日24时为标准时点");
    expect(doc.lead).toContain(`根据青石镇${dataSource},`);
    expect(doc.lead.endsWith("公布如下:")).toBe(true);
  });

  test("bulletinFromIndicators(rows, {year}) writes the town's headline sentences exactly", () => {
    // 23996 → 23801: −195, 195/23996 = 0.8126% → 下降0.81%; 户籍 21010 → 20799: −211.
    expect(paragraphs(doc, "常住人口")).toEqual([
      "2025年末,全镇常住人口23801人,比上年末减少195人,下降0.81%。年末户籍人口20799人,比上年末减少211人。"
    ]);
    // pop_avg 2024 = 24048, 2025 = 23898.5.
    // birth rate 186/24048 = 7.7345‰ → 174/23898.5 = 7.2808‰: 7.28‰, −0.4537 → 下降0.45个千分点;
    // death rate 272/24048 = 11.3107‰ → 277/23898.5 = 11.5907‰: 11.59‰, +0.2800 → 上升0.28个千分点;
    // natural growth −86/24048 = −3.5762‰ → −103/23898.5 = −4.3099‰: -4.31‰, −0.7337 → 下降0.73个千分点.
    expect(paragraphs(doc, "人口自然变动")[0]).toBe(
      "全年出生人口174人,比上年减少12人,出生率为7.28‰,比上年下降0.45个千分点;" +
        "死亡人口277人,比上年增加5人,死亡率为11.59‰,比上年上升0.28个千分点。" +
        "全年人口自然减少103人,人口自然增长率为-4.31‰,比上年下降0.73个千分点。" +
        "出生率达到不高于15‰的目标;人口自然增长率达到不高于8‰的目标。"
    );
  });

  test("bulletinFromIndicators(rows, {year}) gives fertility with the women's average and a note marker", () => {
    // 4500.5 → 4501人 (rounded once for display); 174/4500.5 = 38.662‰; TFR 1.3456 → 1.35.
    expect(paragraphs(doc, "人口自然变动")[1]).toMatch(/^育龄妇女\(15—49岁\)年平均4501人,一般生育率\[\d+\]为38\.66‰,总和生育率为1\.35。$/);
  });

  test("bulletinFromIndicators(rows, {year}) gives age groups in the style guide's order: 0—14, 15—64 (其中15—59), 65+, 60+, each as count, share and change in 个百分点", () => {
    const [text] = paragraphs(doc, "年龄构成");
    // 2610/23801 = 10.966% → 10.97% (2024: 2700/23996 = 11.252% → 11.25%; published 10.97 − 11.25 → 下降0.28);
    // 15890/23801 = 66.762% → 66.76% (2024: 16100/23996 = 67.094% → 67.09%; 66.76 − 67.09 → 下降0.33);
    // 其中 14310/23801 = 60.124% → 60.12% (2024: 14500/23996 = 60.427% → 60.43%; 60.12 − 60.43 → 下降0.31);
    // 5301/23801 = 22.272% → 22.27% (2024: 5196/23996 = 21.654% → 21.65%; 22.27 − 21.65 → 上升0.62);
    // 6950/23801 = 29.200% → 29.20% (2024: 6796/23996 = 28.321% → 28.32%; 29.20 − 28.32 → 上升0.88).
    expect(text).toMatch(
      new RegExp(
        "^2025年末常住人口中\\[\\d+\\],0—14岁人口2610人,占10.97%,比重比上年下降0.28个百分点;" +
          "15—64岁人口15890人,占66.76%,比重比上年下降0.33个百分点,其中15—59岁人口14310人,占60.12%,比重比上年下降0.31个百分点;" +
          "65岁及以上人口5301人,占22.27%,比重比上年上升0.62个百分点;" +
          "60岁及以上人口6950人,占29.20%,比重比上年上升0.88个百分点。总抚养比"
      )
    );
    // (2610+5301)/15890 = 49.786% → 49.79%; 2024: (2700+5196)/16100 = 49.043% → 49.04%; 49.79 − 49.04 → 上升0.75.
    expect(text).toMatch(/总抚养比\[\d+\]为49\.79%,比上年上升0\.75个百分点,其中少儿抚养比为16\.43%,老年抚养比为33\.36%。/);
    expect(text).toMatch(/65岁及以上人口比重在20%以上,按国际通行标准已属超老龄社会\[\d+\]。$/);
  });

  test("bulletinFromIndicators(rows, {year}) gives sex structure, the sex ratio at birth with its interval and a caution", () => {
    const [text] = paragraphs(doc, "性别构成");
    // 12002/23801 = 50.426%, 11799/23801 = 49.574%; 12002/11799 = 101.7205 (2024: 101.7149, +0.0056 → 0.01).
    expect(text).toContain("男性12002人,占50.43%;女性11799人,占49.57%;");
    expect(text).toMatch(/总人口性别比\[\d+\]为101\.72\(以女性为100,男性对女性的比例\),比上年上升0\.01。/);
    // 96/78 = 123.077 → 123.08 (2024: 99/87 = 113.793 → 113.79; 123.08 − 113.79 = +9.29).
    expect(text).toMatch(
      /出生人口性别比为123\.08\(95%置信区间\[\d+\]为95\.10—165\.30\),比上年上升9\.29,未达到103—107之间的目标\(受样本量限制,尚不能确定\)。/
    );
    expect(text).toContain("由于全年出生人口仅174人,出生人口性别比受偶然因素影响较大");
  });

  test("bulletinFromIndicators(rows, {year}) splits residents into 户籍 and 流动 and gives net migration", () => {
    const [text] = paragraphs(doc, "户籍与流动人口");
    // 20799/23801 = 87.387%, 3002/23801 = 12.613%; 流动 2986 → 3002: +16; moves 400 in, 492 out: net −92.
    expect(text).toMatch(/^2025年末常住人口中,户籍人口20799人,占87\.39%,比上年末减少211人;流动人口\[\d+\]为3002人,占12\.61%,比上年末增加16人。/);
    expect(text).toContain("全年迁入人口400人,比上年减少20人;迁出人口492人,比上年增加54人,净迁出92人");
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.kind === "paragraph" && /城镇|乡村|城镇化/.test(b.text))).toBe(false);
  });

  test("bulletinFromIndicators(rows, {year, targets}) compares family-planning indicators with their targets", () => {
    const text = paragraphs(doc, "计划生育").join("");
    // 160/170 = 94.118% (2024: 166/180 = 92.222%, +1.895 → 上升1.90).
    expect(text).toMatch(/符合政策生育率\[\d+\]为94\.12%,比上年上升1\.90个百分点,达到不低于84\.6%的目标。/);
    // 3/174 = 1.724% (2024: 4/186 = 2.151%, −0.426 → 下降0.43).
    expect(text).toContain("政策外多孩出生3人,政策外多孩率为1.72%,比上年下降0.43个百分点,达到不高于2.4%的目标。");
    // 180/210 = 85.714% (2024: 170/220 = 77.273%, +8.44).
    expect(text).toContain("免费孕前优生健康检查覆盖率为85.71%,比上年上升8.44个百分点,达到不低于80%的目标。");
    // 210000/23898.5 = 8.787 → 8.79元 (2024: 198000/24048 = 8.234 → 8.23元; 8.79 − 8.23 = +0.56).
    expect(text).toMatch(/全年经费投入21\.00万元,按年平均常住人口计算,人均经费投入\[\d+\]为8\.79元,比上年增加0\.56元,达到不低于8\.5元的目标。/);
  });

  test("bulletinFromIndicators(rows, {year}) builds 表1 with the town first, then villages in code order, flagging tiny bases", () => {
    const t = table(doc, "villagePopulation");
    expect(t.title).toBe("表1 2025年末各村(社区)人口情况");
    expect(t.unit).toBe("单位:人、%");
    expect(t.columns).toEqual(["地区", "人口", "男", "女", "性别比(女=100)", "60岁及以上", "60岁及以上比重"]);
    expect(t.rows.map((r) => r[0])).toEqual(["全镇", "青石社区", "东岭村", "小溪村"]);
    // 小溪村: 400/390 = 102.564, 250/790 = 31.646%, on 790 < 1000 persons → flagged.
    expect(t.rows[3]).toEqual(["小溪村", "790", "400", "390", "102.56*", "250", "31.65*"]);
    // 青石社区: 6000/5980 = 100.334, 3400/11980 = 28.381%.
    expect(t.rows[1]).toEqual(["青石社区", "11980", "6000", "5980", "100.33", "3400", "28.38"]);
    // The rule and its reason: 200/√1000 = 6.32 (sex ratio near 100); 100·√(0.3·0.7/1000) = 1.45 points (a 30% share).
    expect(t.footnotes).toContain("带“*”的比率所依据的年末人口不足1000人,受偶然因素影响较大,仅供参考:人口少时,个别人的出生、死亡或迁移就会使比率明显变动,按二项分布估算,1000人时性别比的标准误约为6.3,比重(按30%计)的标准误约为1.4个百分点,人口越少误差越大。");
  });

  test("bulletinFromIndicators(rows, {year}) builds 表2 of vital events with rates flagged on tiny bases", () => {
    const t = table(doc, "villageEvents");
    // 小溪村: pop_avg 795; 5/795 = 6.289‰, 9/795 = 11.321‰, −4/795 = −5.031‰.
    expect(t.rows[3]).toEqual(["小溪村", "5", "9", "-4", "10", "6", "6.29*", "11.32*", "-5.03*"]);
    // 全镇 row: no flag.
    expect(t.rows[0]).toEqual(["全镇", "174", "277", "-103", "400", "492", "7.28", "11.59", "-4.31"]);
  });

  test("bulletinFromIndicators(rows, {year}) says under a table what a blank means only when the table has a blank cell", () => {
    // Every cell of the hand-made year has a value: neither table explains blanks.
    for (const id of ["villagePopulation", "villageEvents"]) expect(table(doc, id).footnotes.filter((note) => note.startsWith("空白表示")), id).toEqual([]);
    // 小溪村's people aged 60 and over not known: 表1 has two blanks (the count and its share) and says so; 表2 has none.
    const unknown60 = rows.map((r) => (r.village_code === "003" ? {...r, pop_60_plus: null, share_60_plus: null} : r));
    const blank = bulletinFromIndicators(unknown60, {year: 2025, targets});
    expect(table(blank, "villagePopulation").rows[3]).toEqual(["小溪村", "790", "400", "390", "102.56*", "", ""]);
    expect(table(blank, "villagePopulation").footnotes).toContain("空白表示无数据。");
    expect(table(blank, "villageEvents").footnotes.filter((note) => note.startsWith("空白表示"))).toEqual([]);
    // Outputs written with --min-cell: a blank may be withheld, and the note says so, still only under a table with a blank.
    const withheld = bulletinFromIndicators(unknown60, {year: 2025, targets, minCell: 5});
    expect(table(withheld, "villagePopulation").footnotes).toContain("空白表示无数据或不公布(人数少于5人,或为使其无法由合计推算而一并不公布)。");
    expect(table(withheld, "villagePopulation").footnotes).not.toContain("空白表示无数据。");
    expect(table(withheld, "villageEvents").footnotes.filter((note) => note.startsWith("空白表示"))).toEqual([]);
  });

  test("bulletinFromIndicators(rows, {year, smallBase}) states the small-population rule with the errors at its own threshold", () => {
    // 小溪村 (790 people) is below 1000 but not below 500: nothing flagged at smallBase 500.
    expect(table(bulletinFromIndicators(rows, {year: 2025, smallBase: 500}), "villagePopulation").rows[3]).toEqual(["小溪村", "790", "400", "390", "102.56", "250", "31.65"]);
    // At 800: 200/√800 = 7.07; 100·√(0.3·0.7/800) = 1.62 points.
    const note = table(bulletinFromIndicators(rows, {year: 2025, smallBase: 800}), "villagePopulation").footnotes.at(-1);
    expect(note).toMatch(/^带“\*”的比率所依据的年末人口不足800人,.*800人时性别比的标准误约为7\.1,比重\(按30%计\)的标准误约为1\.6个百分点,人口越少误差越大。$/);
  });

  test("bulletinFromIndicators(rows, {year}) flags a village rate resting on fewer than 20 births or deaths, as the site does", () => {
    // 后山村 of the sample's 2025: 1281 people, 6 births and 23 deaths. Its population is not small, but
    // a birth rate on 6 births (relative standard error about 41%) is: the site flags it "基数6".
    const village = derivedRow({
      year: 2025, village_code: "004", village_name: "后山村", village_type: "village",
      pop_start: 1289, pop_end: 1281, births: 6, deaths: 23, pop_end_male: 640, pop_end_female: 641, pop_60_plus: 457, in_migrants: 34, out_migrants: 27
    });
    // A hamlet with only 12 people aged 60 and over: its share rests on 12 persons.
    const hamlet = derivedRow({
      year: 2025, village_code: "005", village_name: "新村", village_type: "village",
      pop_start: 1500, pop_end: 1520, births: 25, deaths: 21, pop_end_male: 760, pop_end_female: 760, pop_60_plus: 12, in_migrants: 10, out_migrants: 0
    });
    const flagged = bulletinFromIndicators([town2024, town2025, village, hamlet], {year: 2025});
    const events = table(flagged, "villageEvents");
    // pop_avg 1285: 6/1285 = 4.669‰ (6 births: flagged), 23/1285 = 17.899‰ (23 deaths: not), −17/1285 = −13.230‰ (flagged).
    expect(events.rows[1]).toEqual(["后山村", "6", "23", "-17", "34", "27", "4.67*", "17.90", "-13.23*"]);
    // pop_avg 1510: 25 births and 21 deaths, nothing flagged.
    expect(events.rows[2]).toEqual(["新村", "25", "21", "4", "10", "0", "16.56", "13.91", "2.65"]);
    // 1/√19 = 22.9% → 23%.
    expect(events.footnotes).toContain("带“*”的比率所依据的出生或死亡人数不足20人,受偶然因素影响较大,仅供参考:人数为n时比率的相对标准误约为1/√n,不足20人时在23%以上。");
    const population = table(flagged, "villagePopulation");
    expect(population.rows[1]).toEqual(["后山村", "1281", "640", "641", "99.84", "457", "35.68"]);
    // 12/1520 = 0.789%, on 12 persons.
    expect(population.rows[2]).toEqual(["新村", "1520", "760", "760", "100.00", "12", "0.79*"]);
    expect(population.footnotes).toContain("带“*”的比率所依据的60岁及以上人口不足20人,受偶然因素影响较大,仅供参考:人数为n时比率的相对标准误约为1/√n,不足20人时在23%以上。");
    // Both reasons when both occur (小溪村: 790 people, 5 births, 9 deaths).
    expect(table(doc, "villageEvents").footnotes).toContain("带“*”的比率所依据的出生或死亡人数不足20人或年平均人口不足1000人,受偶然因素影响较大,仅供参考:人数为n时比率的相对标准误约为1/√n,不足20人时在23%以上。");
  });

  test("bulletinFromIndicators(rows, {year}) names the largest and smallest village", () => {
    expect(paragraphs(doc, "地区分布")[0]).toBe(
      "2025年末,全镇共有3个村(社区),其中村2个、社区1个。常住人口最多的是青石社区(11980人),最少的是小溪村(790人)。各村(社区)人口情况见表1,人口变动情况见表2。"
    );
  });

  test("bulletinFromIndicators(rows, {year}) numbers the notes in order of first reference", () => {
    const text = [doc.lead, ...doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])))].join("");
    const markers = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const firstSeen = markers.filter((n, i) => markers.indexOf(n) === i);
    expect(firstSeen).toEqual(doc.notes.map((_, i) => i + 1));
    expect(doc.notes[0]).toContain("常住人口");
    expect(doc.notes.some((n) => n.includes("初步统计数"))).toBe(true);
    expect(doc.notes.some((n) => n.includes("四舍五入"))).toBe(true);
    expect(doc.notes.some((n) => n.includes("年平均人口为年初人口与年末人口的平均数"))).toBe(true);
  });

  test("bulletinFromIndicators(rows, {year}) is deterministic and never writes NaN, undefined or null", () => {
    const again = bulletinFromIndicators([...rows].reverse(), {year: 2025, targets: [...targets].reverse()});
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
    expect(JSON.stringify(doc)).not.toMatch(/NaN|undefined|null|Infinity/);
  });
});

describe("bulletinFromIndicators edge cases", () => {
  test("bulletinFromIndicators(rows, {year: first year}) gives no change phrases and says why in a note", () => {
    const doc = bulletinFromIndicators(rows, {year: 2024});
    expect(doc.firstYear).toBe(true);
    const text = JSON.stringify(doc.sections);
    expect(text).not.toMatch(/比上年|上年末/);
    expect(doc.lead).toMatch(/2024年为本资料的第一个统计年度,各项指标不作与上年的比较\[\d+\]。/);
    expect(doc.notes.some((n) => n.startsWith("2024年为本资料的第一个统计年度"))).toBe(true);
    expect(paragraphs(doc, "常住人口")[0]).toBe("2024年末,全镇常住人口23996人。年末户籍人口21010人。");
    // One year of births and deaths: the chart's text does not speak of "every year".
    const chart = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === "chart" && b.id === "birthsDeaths") as {alt: string; data: unknown[]};
    expect(chart.data.length).toBe(1);
    expect(chart.alt).toMatch(/^图中为2024年全镇的出生人口和死亡人口。2024年出生/);
  });

  test("bulletinFromIndicators(rows, {year}) states no most, fewest or 'every year' of births and deaths with years blanked", () => {
    // --min-cell 5 blanks the years with fewer than 5 deaths: the fewest known (5) is not the fewest.
    const year = (y: number, births: number, deaths: number | null) =>
      ({...derivedRow({year: y, village_code: "TOWN", village_name: "青石镇", pop_start: 320, pop_end: 320, births, deaths: deaths ?? 0}), deaths});
    const doc = bulletinFromIndicators([year(2023, 6, null), year(2024, 5, 5), year(2025, 7, null)], {year: 2025});
    const chart = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === "chart" && b.id === "birthsDeaths") as {alt: string};
    expect(chart.alt).toContain("出生人口最多的是2025年(7人),最少的是2024年(5人)。");
    expect(chart.alt).not.toMatch(/死亡人口最多|死亡人口最少|各年出生人口均不少于死亡人口/);
    expect(chart.alt).toMatch(/有2个年份的出生或死亡人口无数据。$/);
  });

  test("bulletinFromIndicators(rows, {year}) without targets says nothing about targets", () => {
    const doc = bulletinFromIndicators(rows, {year: 2025});
    expect(JSON.stringify(doc)).not.toMatch(/的目标/);
  });

  test("bulletinFromIndicators(rows, {year}) says 无数据 for a missing rate, never NaN‰", () => {
    const empty = villageYearRow({year: 2025, village_code: "TOWN", village_name: "青石镇", pop_end: 0, births: 0, deaths: 0});
    const doc = bulletinFromIndicators([town2024, empty], {year: 2025});
    const natural = paragraphs(doc, "人口自然变动")[0];
    expect(natural).toContain("出生率无数据");
    expect(natural).toContain("死亡率无数据");
    expect(natural).toContain("人口自然增长率无数据");
    // births 186 → 0 is a real change; a rate with no value gives no comparison.
    expect(natural).toContain("全年出生人口0人,比上年减少186人,出生率无数据;");
    expect(paragraphs(doc, "计划生育").join("")).toContain("符合政策生育率[");
    expect(paragraphs(doc, "计划生育").join("")).toMatch(/符合政策生育率\[\d+\]无数据/);
    expect(JSON.stringify(doc)).not.toMatch(/NaN|undefined|null|Infinity/);
  });

  test("bulletinFromIndicators(rows, {year}) writes 自然增加 for a positive natural increase and 持平 for equal rates", () => {
    const a = derivedRow({year: 2024, village_code: "TOWN", village_name: "青石镇", pop_start: 10000, pop_end: 10000, births: 120, deaths: 80});
    const b = derivedRow({year: 2025, village_code: "TOWN", village_name: "青石镇", pop_start: 10000, pop_end: 10000, births: 120, deaths: 80});
    const doc = bulletinFromIndicators([a, b], {year: 2025});
    expect(paragraphs(doc, "常住人口")[0]).toMatch(/^2025年末,全镇常住人口10000人,与上年末持平。/);
    // 120/10000 = 12.00‰, 80/10000 = 8.00‰, 40/10000 = 4.00‰, same as last year.
    expect(paragraphs(doc, "人口自然变动")[0]).toBe(
      "全年出生人口120人,与上年持平,出生率为12.00‰,与上年持平;死亡人口80人,与上年持平,死亡率为8.00‰,与上年持平。" +
        "全年人口自然增加40人,人口自然增长率为4.00‰,与上年持平。"
    );
  });

  test("bulletinFromIndicators(rows, {year}) of a village-sized register says its rates rest on few births and deaths", () => {
    // The small register's 2024 and 2025 (npm run sample -- --people 600 --villages 2): 7 births and 5 deaths.
    const a = derivedRow({year: 2024, village_code: "TOWN", village_name: "青石镇", pop_start: 666, pop_end: 667, births: 10, deaths: 4, women_15_49: 159, gfr: 63.09, tfr: 2.08});
    const b = derivedRow({year: 2025, village_code: "TOWN", village_name: "青石镇", pop_start: 667, pop_end: 659, births: 7, deaths: 5, women_15_49: 158, gfr: 44.3, tfr: 1.45});
    const doc = bulletinFromIndicators([a, b], {year: 2025});
    const [rates, fertility] = paragraphs(doc, "人口自然变动");
    // 7/663 = 10.558‰, 5/663 = 7.541‰, 2/663 = 3.017‰.
    expect(rates).toBe(
      "全年出生人口7人,比上年减少3人,出生率为10.56‰,比上年下降4.44个千分点;死亡人口5人,比上年增加1人,死亡率为7.54‰,比上年上升1.54个千分点。" +
        "全年人口自然增加2人,人口自然增长率为3.02‰,比上年下降5.98个千分点。" +
        "由于全年出生人口仅7人、死亡人口仅5人,出生率、死亡率和人口自然增长率受偶然因素影响较大,仅供参考,宜结合多年数据判断。"
    );
    expect(fertility).toMatch(/总和生育率为1\.45。一般生育率和总和生育率同样依据上述出生人口计算,仅供参考。$/);
    // Only the deaths few: the birth rate and fertility are not qualified.
    const c = derivedRow({year: 2025, village_code: "TOWN", village_name: "青石镇", pop_start: 3000, pop_end: 3010, births: 31, deaths: 12});
    const [ratesFewDeaths, fertilityFewDeaths] = paragraphs(bulletinFromIndicators([c], {year: 2025}), "人口自然变动");
    expect(ratesFewDeaths).toMatch(/由于全年死亡人口仅12人,死亡率和人口自然增长率受偶然因素影响较大,仅供参考,宜结合多年数据判断。$/);
    expect(fertilityFewDeaths).not.toContain("仅供参考");
  });

  test("bulletinFromIndicators(rows, {year, targets}) gives no verdict on a value it cannot print, and says 无数据 once", () => {
    // A year without births: no sex ratio at birth, no compliance rate; and a birth rate blanked by --min-cell,
    // whose check keeps the pipeline's verdict ("met") while its actual is blanked.
    const blanked = {...derivedRow({year: 2025, village_code: "TOWN", village_name: "青石镇", pop_start: 300, pop_end: 300, births: 0, deaths: 2, births_male: 0, births_female: 0, births_policy_recorded: 0, births_policy_compliant: 0}), birth_rate: null, sex_ratio_at_birth: null, policy_compliance_rate: null};
    const check = (indicator: string, op: string, value: number, value_high: number | null, status: string): TargetCheckRow => ({
      year: 2025, village_code: "TOWN", indicator, op, value, value_high, label: null, actual: null, status, conclusive: false, inconclusive_reason: "small_numbers"
    });
    const doc = bulletinFromIndicators([blanked], {
      year: 2025,
      targets: [check("birth_rate", "<=", 15, null, "met"), check("sex_ratio_at_birth", "between", 103, 107, "not_met"), check("policy_compliance_rate", ">=", 84.6, null, "no_data")]
    });
    expect(paragraphs(doc, "人口自然变动")[0]).toContain("出生率无数据;");
    expect(paragraphs(doc, "人口自然变动")[0]).toContain("出生率无法对照不高于15‰的目标。");
    expect(paragraphs(doc, "性别构成")[0]).toContain("出生人口性别比无数据,无法对照103—107之间的目标。");
    expect(paragraphs(doc, "计划生育")[0]).toMatch(/符合政策生育率\[\d+\]无数据,无法对照不低于84\.6%的目标。/);
    expect(JSON.stringify(doc)).not.toMatch(/无数据,无数据|达到不高于15‰|未达到103/);
  });

  test("bulletinFromIndicators(rows, {year}) of a year without births says so, never '仅0人'", () => {
    const none = {...derivedRow({year: 2025, village_code: "TOWN", village_name: "青石镇", pop_start: 300, pop_end: 298, births: 0, deaths: 2, births_male: 0, births_female: 0}), sex_ratio_at_birth: null};
    const doc = bulletinFromIndicators([none], {year: 2025});
    // 0/299 = 0.00‰, 2/299 = 6.689‰, −2/299 = −6.689‰.
    expect(paragraphs(doc, "人口自然变动")[0]).toContain("由于全年没有出生人口、死亡人口仅2人,出生率、死亡率和人口自然增长率受偶然因素影响较大");
    // No sex ratio at birth, so no caution about one.
    expect(paragraphs(doc, "性别构成")[0]).toMatch(/出生人口性别比无数据。$/);
    expect(JSON.stringify(doc)).not.toContain("仅0人");
  });

  test("bulletinFromIndicators(rows, {year}) keeps a village name with markup as plain text", () => {
    const odd = derivedRow({year: 2025, village_code: "009", village_name: "<script>alert(1)</script>村", pop_start: 100, pop_end: 100, births: 1, deaths: 1});
    const doc = bulletinFromIndicators([...rows, odd], {year: 2025});
    expect(table(doc, "villagePopulation").rows.at(-1)?.[0]).toBe("<script>alert(1)</script>村");
  });

  test("bulletinFromIndicators(rows, {year}) throws when the year has no TOWN row", () => {
    expect(() => bulletinFromIndicators(rows, {year: 2030})).toThrow("village_year 中没有 2030 年的全镇(TOWN)数据");
  });

  test("bulletinFromIndicators(rows, {year, issuer, releaseDate}) prints the issuer and the date written 2026年3月20日 in the release line", () => {
    const doc = bulletinFromIndicators(rows, {year: 2025, issuer: "青石镇人口和计划生育办公室", releaseDate: "2026-03-20"});
    expect(doc.issuer).toBe("青石镇人口和计划生育办公室");
    expect(doc.releaseDate).toBe("2026年3月20日");
    expect(doc.releaseLine).toBe("青石镇人口和计划生育办公室 2026年3月20日");
    // No leading zeros in month or day; the date does not move with the machine's time zone (read as a UTC day).
    expect(bulletinFromIndicators(rows, {year: 2025, releaseDate: "2027-01-05"}).releaseLine).toBe("青石镇统计站 2027年1月5日");
    expect(bulletinFromIndicators(rows, {year: 2025, releaseDate: "2026-12-31"}).releaseDate).toBe("2026年12月31日");
  });

  test("bulletinFromIndicators(rows, {year, issuer}) keeps an issuer with markup as plain text", () => {
    const doc = bulletinFromIndicators(rows, {year: 2025, issuer: "<img src=x onerror=alert(1)>办公室"});
    expect(doc.releaseLine).toBe("<img src=x onerror=alert(1)>办公室");
  });

  test("bulletinFromIndicators(rows, {year, releaseDate}) throws on a release date that is not a real date", () => {
    expect(() => bulletinFromIndicators(rows, {year: 2025, releaseDate: "2026年3月20日"})).toThrow("not a valid date YYYY-MM-DD: 2026年3月20日");
    expect(() => bulletinFromIndicators(rows, {year: 2025, releaseDate: "2026-02-30"})).toThrow("not a valid date YYYY-MM-DD: 2026-02-30");
  });
});
