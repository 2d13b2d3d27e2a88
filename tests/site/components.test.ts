import {describe, expect, test} from "vitest";
import {defaults} from "../../loaders/indicators/defaults.ts";
import {villageYear} from "../../loaders/indicators/villageYear.ts";
// The site's components are plain JS modules (no types); vitest loads them as they are (an npm:
// import is the package from node_modules, vitest.config.ts). Imported by a computed path, so TypeScript takes them as untyped.
const component = (name: string): Promise<any> => import(`../../src/components/${name}.js`);
const {indicators} = await component("indicators");
const {urlList} = await component("readUrlList");
const {isSmallCount, minReliableCount, smallBase, smallBaseNote, smallBaseReason, smallBaseRse, smallShareHalfWidth, smallShareStep, withSmallBase} = await component("smallBase");
const {targetVerdict} = await component("targetVerdict");
const {targetFill} = await component("targetFill");
const {withVerdict} = await component("withVerdict");
const {verdictParts} = await component("verdictParts");
const {indicatorColumnLabel} = await component("indicatorColumnLabel");
const {intervalText} = await component("intervalText");
const {targetGap} = await component("targetGap");
const {formatValue, formatIndicatorValue} = await component("formatValue");
const {formatChange} = await component("formatChange");
const {hrefWithParams} = await component("hrefWithParams");
const {villageHref} = await component("villageHref");
const {wrapLabel} = await component("wrapLabel");
const {trendDomain} = await component("trendDomain");
const {sizeClassesInOrder} = await component("sizeClassesInOrder");
const {headerWords} = await component("headerWords");
const {allWithinTarget} = await component("allWithinTarget");
const {urlParamNotice} = await component("urlParamNotice");
const {urlListNotice} = await component("urlListNotice");
const {changedSinceLoad} = await component("changedSinceLoad");
const {maxTrendVillages, trendSelection} = await component("trendSelection");
const {urlWithParams} = await component("writeUrlParams");
const {setUrlParams} = await component("setUrlParams");
const {cellLabelsShown} = await component("cellLabelsShown");
const {coverageCaption} = await component("coverageCaption");
const {fundingText} = await component("fundingText");
const {fundingCaption} = await component("fundingCaption");
const {townFundingNote} = await component("townFundingNote");

type Indicator = {key: string; label: string; unit: string; count?: string | string[]};
const indicator = (key: string): Indicator => (indicators as Indicator[]).find((d) => d.key === key)!;

describe("smallBase: rates resting on fewer than 20 events are flagged", () => {
  test("minReliableCount is 20 (NCHS), and each justification the legend gives is true for every base below it: a count's Poisson relative standard error, a share's step per person and its 95% interval", () => {
    expect(minReliableCount).toBe(20);
    const wilsonHalfWidth = (p: number, n: number, z = 1.959964) => (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    for (let n = 1; n < minReliableCount; n++) {
      // "比率的相对标准误在X%以上": 1/√n of a count of n events.
      expect(100 / Math.sqrt(n), `n = ${n}`).toBeGreaterThan(smallBaseRse);
      // "一人之差就使比例变动X个百分点以上".
      expect(100 / n, `n = ${n}`).toBeGreaterThan(smallShareStep);
    }
    // "95%区间可宽达±X个百分点": reached at 19 (a share of one half), and wider below.
    expect(wilsonHalfWidth(0.5, minReliableCount - 1) * 100).toBeGreaterThanOrEqual(smallShareHalfWidth);
    expect([smallBaseRse, smallShareStep, smallShareHalfWidth]).toEqual([Math.floor(100 / Math.sqrt(20)), Math.floor(100 / 19), Math.floor(wilsonHalfWidth(0.5, 19) * 100)]);
    expect(smallBaseReason).toContain(`比率的相对标准误在${smallBaseRse}%以上`);
    expect(smallBaseReason).toContain(`一人之差就使比例变动${smallShareStep}个百分点以上,95%区间可宽达±${smallShareHalfWidth}个百分点`);
    expect(smallBaseNote).toContain(smallBaseReason);
  });

  test("smallBaseReason does not claim a relative error of 22% or more for a share: a coverage of 90% of 19 people has about 7.6%", () => {
    const relativeError = Math.sqrt((0.9 * 0.1) / 19) / 0.9;
    expect(relativeError * 100).toBeCloseTo(7.6, 1);
    const [events, shares] = smallBaseReason.split(";");
    expect(events).toContain("相对标准误");
    expect(shares).toContain("覆盖率");
    expect(shares).not.toMatch(/相对(标准)?误差?/);
  });

  test("smallBase(row, indicator) flags only a base below 20: 214 or 46 births are not a small base, whatever a target check says (its doubt is the verdict's, 尚不能确定)", () => {
    expect(smallBase({multichild_out_of_policy_rate: 0.47, births: 214}, indicator("multichild_out_of_policy_rate"), {conclusive: false, inconclusive_reason: "small_numbers"})).toBeUndefined();
    expect(smallBase({sex_ratio_at_birth: 109.09, births: 46}, indicator("sex_ratio_at_birth"), {conclusive: false, inconclusive_reason: "small_numbers"})).toBeUndefined();
    expect(smallBaseNote).not.toContain("95%区间跨越目标");
  });

  test("isSmallCount(n) is true below 20 only, and false for a missing count", () => {
    expect([0, 6, 19].map(isSmallCount)).toEqual([true, true, true]);
    expect([20, 23, 4622.5].map(isSmallCount)).toEqual([false, false, false]);
    expect([null, undefined, "", Number.NaN].map(isSmallCount)).toEqual([false, false, false, false]);
  });

  test("smallBase(birth_rate) flags 10 births with no target check or a conclusive one, and not 20 births", () => {
    const birthRate = indicator("birth_rate");
    expect(smallBase({birth_rate: 7.29, births: 10}, birthRate, undefined)).toBe("基数10");
    expect(smallBase({birth_rate: 7.29, births: 10}, birthRate, {conclusive: true, status: "met"})).toBe("基数10");
    expect(smallBase({birth_rate: 4.67, births: 6}, birthRate, {conclusive: true, status: "met"})).toBe("基数6");
    expect(smallBase({birth_rate: 9.95, births: 20}, birthRate, {conclusive: true, status: "met"})).toBeUndefined();
  });

  test("rates with no target are flagged by their counts: tfr and gfr on births, the death rate on deaths", () => {
    expect(smallBase({tfr: 0.9, births: 6}, indicator("tfr"), undefined)).toBe("基数6");
    expect(smallBase({gfr: 25.1, births: 6}, indicator("gfr"), undefined)).toBe("基数6");
    expect(smallBase({death_rate: 17.9, deaths: 19}, indicator("death_rate"), undefined)).toBe("基数19");
    expect(smallBase({death_rate: 17.9, deaths: 23}, indicator("death_rate"), undefined)).toBeUndefined();
  });

  test("the natural growth rate rests on births and deaths: flagged when either is below 20, labelled with both", () => {
    const ngr = indicator("natural_growth_rate");
    expect(smallBase({natural_growth_rate: -13, births: 6, deaths: 23}, ngr, undefined)).toBe("出生6、死亡23");
    expect(smallBase({natural_growth_rate: 2, births: 46, deaths: 42}, ngr, undefined)).toBeUndefined();
  });

  test("no flag without a value, without counts, for a count blanked by suppression, or for a count column such as births", () => {
    const birthRate = indicator("birth_rate");
    expect(smallBase({birth_rate: null, births: 0}, birthRate, undefined)).toBeUndefined();
    expect(smallBase({birth_rate: 3.1, births: null}, birthRate, undefined)).toBeUndefined();
    expect(smallBase({births: 6}, indicator("births"), undefined)).toBeUndefined();
  });

  test("every rate, share and ratio of a few events names the counts it rests on, and each count column is a column of village_year", () => {
    for (const key of ["birth_rate", "death_rate", "natural_growth_rate", "sex_ratio_at_birth", "gfr", "tfr", "policy_compliance_rate", "multichild_out_of_policy_rate", "prepregnancy_check_coverage_rate", "share_65_plus", "old_dependency_ratio"]) {
      expect(indicator(key).count, key).toBeDefined();
    }
    const columns = new Set(villageYear.columns.map((c) => c.name));
    for (const d of indicators as Indicator[]) for (const key of [d.count ?? []].flat()) expect(columns.has(key), `${d.key}: ${key}`).toBe(true);
  });

  test("withSmallBase(text, base) adds the label in brackets only when there is one", () => {
    expect(withSmallBase("后山村4.67‰", "基数6")).toBe("后山村4.67‰(基数6)");
    expect(withSmallBase("青石社区9.95‰", undefined)).toBe("青石社区9.95‰");
  });
});

describe("indicators: the display metadata of village_year's columns", () => {
  test("the one indicator with a services project names the project the pipeline computes it from (defaults.prepregnancyProject)", () => {
    const withProject = (indicators as (Indicator & {project?: string})[]).filter((d) => d.project);
    expect(withProject.map((d) => [d.key, d.project])).toEqual([["prepregnancy_check_coverage_rate", defaults.prepregnancyProject]]);
  });
});

describe("trendDomain: the y axis spans the values, the target and the ends it is given (the town's interval), not every interval end", () => {
  test("a sex ratio at birth near 100 with the 103–107 band gets a domain around them, without 0 or the 2000 of an interval", () => {
    const [low, high] = trendDomain([95, 107, 124, 111], {op: "between", value: 103, value_high: 107}, {zero: false});
    expect(low).toBeGreaterThan(85);
    expect(low).toBeLessThan(95);
    expect(high).toBeGreaterThan(124);
    expect(high).toBeLessThan(135);
  });

  test("rates reach 0; a negative rate keeps 0 inside the domain; a target beyond the values widens it", () => {
    expect(trendDomain([5, 10], undefined)).toEqual([0, 10.5]);
    const [low, high] = trendDomain([-3, -1], undefined);
    expect(low).toBeLessThan(-3);
    expect(high).toBe(0);
    expect(trendDomain([5, 10], {op: ">=", value: 20})[1]).toBeGreaterThan(20);
  });

  test("trendDomain(values, check) leaves 15% of the span beyond a target bound that lies beyond every value, so the band does not fill the plot (birth rates 4–12 against ≤ 15)", () => {
    const [low, high] = trendDomain([4.2, 7.8, 11.9], {op: "<=", value: 15});
    expect(low).toBe(0);
    expect(high).toBeCloseTo(15 + 0.15 * 15, 9);
    // A bound inside the values keeps the usual 5%.
    expect(trendDomain([4, 20], {op: "<=", value: 15})[1]).toBeCloseTo(21, 9);
    expect(trendDomain([95, 101], {op: ">=", value: 90}, {zero: false})[0]).toBeCloseTo(90 - 0.15 * 11, 9);
  });

  test("trendDomain(values, check, {within}) takes in the town's interval ends, so the town's interval is drawn whole; infinite or missing ends are skipped", () => {
    const check = {op: "between", value: 103, value_high: 107};
    // The sample's town in 2014: 106.5 on 221 births, 95% interval 81.9–138.6.
    const [low, high] = trendDomain([106.5, 111.2], check, {zero: false, within: [81.9, 138.6]});
    expect(low).toBeLessThan(81.9);
    expect(high).toBeGreaterThan(138.6);
    expect(low).toBeGreaterThan(75);
    expect(high).toBeLessThan(145);
    // No girls born: the upper end is missing (or infinite); the lower end still counts, the domain stays finite.
    for (const missing of [null, undefined, Infinity, NaN]) {
      const domain = trendDomain([106.5], check, {zero: false, within: [81.9, missing]});
      expect(domain[0]).toBeLessThan(81.9);
      expect(domain.every(Number.isFinite)).toBe(true);
    }
    // The town has no interval (no births): the domain is the values' and the target's, as without `within`.
    expect(trendDomain([106.5, 111.2], check, {zero: false, within: [null, null]})).toEqual(trendDomain([106.5, 111.2], check, {zero: false}));
  });

  test("no value gives [0, 1]; one value gives a domain of some height", () => {
    expect(trendDomain([], undefined)).toEqual([0, 1]);
    const [low, high] = trendDomain([105], undefined, {zero: false});
    expect(low).toBeLessThan(105);
    expect(high).toBeGreaterThan(105);
  });
});

describe("trendSelection: at most 6 villages on the trend chart", () => {
  test("the first 6 of 10 are shown, the other 4 listed as left out; 3 are all shown", () => {
    const codes = Array.from({length: 10}, (_, i) => `00${i}`);
    expect(maxTrendVillages).toBe(6);
    expect(trendSelection(codes)).toEqual({shown: codes.slice(0, 6), hidden: codes.slice(6)});
    expect(trendSelection(codes.slice(0, 3))).toEqual({shown: codes.slice(0, 3), hidden: []});
  });
});

describe("an empty list in the URL is kept and read back as empty", () => {
  test("setUrlParams(searchParams, params) sets text, joins arrays (an empty one kept), removes null, undefined and \"\", and returns the same object", () => {
    const searchParams = new URLSearchParams("year=2020&village=001&scenario=medium");
    const result = setUrlParams(searchParams, {year: 2021, village: null, scenario: "", villages: [], indicator: undefined, ids: ["001", "002"]});
    expect(result).toBe(searchParams);
    expect(result.toString()).toBe("year=2021&villages=&ids=001%2C002");
  });

  test("urlWithParams writes an empty array as ?villages= and removes null and \"\"", () => {
    expect(urlWithParams("http://127.0.0.1/trends.html?villages=001,002", {villages: []})).toBe("http://127.0.0.1/trends.html?villages=");
    expect(urlWithParams("http://127.0.0.1/trends.html", {villages: ["001", "002"], indicator: "tfr"})).toBe("http://127.0.0.1/trends.html?villages=001%2C002&indicator=tfr");
    expect(urlWithParams("http://127.0.0.1/index.html?year=2020", {year: null})).toBe("http://127.0.0.1/index.html");
    expect(urlWithParams("http://127.0.0.1/index.html?year=2020", {year: ""})).toBe("http://127.0.0.1/index.html");
  });

  test("urlList reads an empty parameter as [], an absent or unknown one as the fallback", () => {
    const allowed = ["001", "002", "003"];
    expect(urlList("", allowed, ["001"])).toEqual([]);
    expect(urlList(null, allowed, ["001"])).toEqual(["001"]);
    expect(urlList("999", allowed, ["001"])).toEqual(["001"]);
    expect(urlList("003,002", allowed, ["001"])).toEqual(["002", "003"]);
  });
});

describe("targetVerdict: a target check in words", () => {
  test("met, not met, no data, and a doubt with its reason", () => {
    expect(targetVerdict({status: "met", conclusive: true, label: "出生率不高于15‰"})).toEqual({status: "met", mark: "✓", word: "达标", doubt: "", text: "✓ 达标", why: undefined, title: "出生率不高于15‰", inconclusive: false});
    expect(targetVerdict({status: "not_met", conclusive: false, inconclusive_reason: "small_numbers", label: "L"}).text).toBe("✗ 未达标(尚不能确定)");
    expect(targetVerdict({status: "met", conclusive: false, inconclusive_reason: "served_exceeds_eligible", label: "L"}).title).toBe("L;已服务人数多于应服务人数,数据待核实");
    expect(targetVerdict({status: "no_data", conclusive: null, label: "L"}).text).toBe("— 无数据");
  });

  test("targetVerdict(check) of an interval crossing the target (small_numbers, e.g. the town's coverage 84.77% of 256 against 80%) says 尚不能确定 and why, never 样本小 or 基数", () => {
    const verdict = targetVerdict({status: "met", conclusive: false, inconclusive_reason: "small_numbers", actual: 84.765625, label: "免费孕前优生健康检查覆盖率不低于80%"});
    expect(verdict.text).toBe("✓ 达标(尚不能确定)");
    expect(verdict.why).toBe("95%区间跨越目标两侧:与目标之差在随机波动范围内,达标与否尚不能确定");
    expect(verdict.title).toBe(`免费孕前优生健康检查覆盖率不低于80%;${verdict.why}`);
    expect(`${verdict.text}${verdict.title}`).not.toMatch(/样本小|基数/);
    expect(targetVerdict({status: "met", conclusive: false, inconclusive_reason: "served_exceeds_eligible"}).why).toBe("已服务人数多于应服务人数,数据待核实");
  });

  test("a blank status (withheld with its value by --min-cell) reads 不公布, never 'null', and claims no doubt", () => {
    const verdict = targetVerdict({status: null, conclusive: null, inconclusive_reason: null, actual: null, label: "出生率不高于15‰"});
    expect(verdict).toEqual({status: "withheld", mark: "—", word: "不公布", doubt: "", text: "— 不公布", why: undefined, title: "出生率不高于15‰;人数过少或可用于推算过少的人数,不予公布", inconclusive: false});
  });
});

describe("intervalText: the interval given with a value", () => {
  test("intervalText(row, indicator) is the sex ratio at birth's interval as a cell writes it; nothing for an indicator without one or a row without it", () => {
    const srb = indicator("sex_ratio_at_birth");
    expect(intervalText({sex_ratio_at_birth: 105, sex_ratio_at_birth_low: 101.2, sex_ratio_at_birth_high: 110.349}, srb)).toBe(" [101.20—110.35]");
    expect(intervalText({sex_ratio_at_birth: null, sex_ratio_at_birth_low: null, sex_ratio_at_birth_high: null}, srb)).toBe("");
    expect(intervalText({birth_rate: 7.6}, indicator("birth_rate"))).toBe("");
  });
});

describe("verdictParts: a target check printed, read without colour", () => {
  test("verdictParts(check) is the mark, the doubt and the words, with the gap of a conclusive miss; no check is undefined", () => {
    expect(verdictParts({indicator: "funding_per_capita", op: ">=", value: 8.5, actual: 8.3137, status: "not_met", conclusive: true})).toEqual({mark: "✗", doubt: "", text: "✗ 未达标,低于目标0.19元"});
    expect(verdictParts({status: "met", conclusive: true})).toEqual({mark: "✓", doubt: "", text: "✓ 达标"});
    expect(verdictParts(undefined)).toBeUndefined();
  });

  test("verdictParts(check) keeps the reason of an uncertain verdict (尚不能确定, 数据待核), and a verdict without data or withheld has no doubt", () => {
    expect(verdictParts({indicator: "birth_rate", op: "<=", value: 15, actual: 17.3, status: "not_met", conclusive: false, inconclusive_reason: "small_numbers"})).toEqual({mark: "✗", doubt: "尚不能确定", text: "✗ 未达标(尚不能确定)"});
    expect(verdictParts({status: "met", conclusive: false, inconclusive_reason: "served_exceeds_eligible"})).toEqual({mark: "✓", doubt: "数据待核", text: "✓ 达标(数据待核)"});
    expect(verdictParts({status: "no_data", conclusive: false})).toEqual({mark: "—", doubt: "", text: "— 无数据"});
    expect(verdictParts({status: null, conclusive: null})).toEqual({mark: "—", doubt: "", text: "— 不公布"});
  });

  test("indicatorColumnLabel(indicator) adds the unit the column's values leave out, none for a ratio", () => {
    expect(indicatorColumnLabel(indicator("birth_rate"))).toBe("出生率(‰)");
    expect(indicatorColumnLabel(indicator("funding_per_capita"))).toBe("人均经费投入(元)");
    expect(indicatorColumnLabel(indicator("sex_ratio_at_birth"))).toBe("出生人口性别比");
    expect(indicatorColumnLabel(indicator("tfr"))).toBe("总和生育率");
  });
});

describe("links between pages keep the year and indicator the reader chose", () => {
  test("hrefWithParams(path, params) writes each given value, leaves out null, undefined and \"\", and no params give the path", () => {
    expect(hrefWithParams("../villages.html", {year: 2020, indicator: "death_rate"})).toBe("../villages.html?year=2020&indicator=death_rate");
    expect(hrefWithParams("../villages.html", {year: null, indicator: "", village: undefined})).toBe("../villages.html");
    expect(hrefWithParams("../villages.html")).toBe("../villages.html");
  });

  test("villageHref(code, {params}) links the village page on the same year and indicator, from the root and from a village page", () => {
    expect(villageHref("330781101002", {params: {year: 2020, indicator: "funding_per_capita"}})).toBe("./villages/330781101002.html?year=2020&indicator=funding_per_capita");
    expect(villageHref("330781101002", {from: "village", params: {year: 2021}})).toBe("./330781101002.html?year=2021");
    expect(villageHref("330781101002")).toBe("./villages/330781101002.html");
    expect(villageHref("TOWN", {params: {year: 2020}})).toBeNull();
  });
});

describe("a chart's marks say whether their target is met, by colour and in words", () => {
  test("targetFill(check, fallback) is the badges' green when met, vermillion when not, the fallback otherwise", () => {
    expect(targetFill({status: "met"})).toBe("#009E73");
    expect(targetFill({status: "not_met"})).toBe("#D55E00");
    expect(targetFill({status: "no_data"}, "#0072B2")).toBe("#0072B2");
    expect(targetFill(undefined, "#000")).toBe("#000");
    expect(targetFill({status: null})).toBe("#777");
  });

  test("withVerdict(text, check) adds the verdict in words, or with short its symbol; no check leaves the text", () => {
    expect(withVerdict("青石社区8.31元", {status: "not_met", conclusive: true})).toBe("青石社区8.31元(未达标)");
    // A check with its value and target also says by how much it was missed (targetGap); a doubtful one does not.
    expect(withVerdict("青石社区8.31元", {indicator: "funding_per_capita", op: ">=", value: 8.5, actual: 8.3137, status: "not_met", conclusive: true})).toBe("青石社区8.31元(未达标,低于目标0.19元)");
    expect(withVerdict("新城社区", {indicator: "birth_rate", op: "<=", value: 15, actual: 17.3, status: "not_met", conclusive: false, inconclusive_reason: "small_numbers"})).toBe("新城社区(未达标,尚不能确定)");
    expect(withVerdict("新城社区8.51元", {status: "met", conclusive: true})).toBe("新城社区8.51元(达标)");
    expect(withVerdict("新城社区", {status: "not_met", conclusive: false, inconclusive_reason: "small_numbers"})).toBe("新城社区(未达标,尚不能确定)");
    expect(withVerdict("青石社区", {status: "not_met", conclusive: true}, {short: true})).toBe("青石社区 ✗");
    expect(withVerdict("上塘村", {status: "met", conclusive: true}, {short: true})).toBe("上塘村 ✓");
    expect(withVerdict("后山村", undefined, {short: true})).toBe("后山村");
  });
});

describe("targetGap: by how much a target was missed, from the level as published", () => {
  const miss = {status: "not_met", conclusive: true};
  test("targetGap(check) words a miss with the indicator's unit as formatChange words a change: ‰ in 千分点, % in 百分点, yuan in 元", () => {
    expect(targetGap({...miss, indicator: "birth_rate", op: "<=", value: 15, actual: 17.304})).toBe("高于目标2.30个千分点");
    expect(targetGap({...miss, indicator: "natural_growth_rate", op: "<=", value: 8, actual: 9.1})).toBe("高于目标1.10个千分点");
    expect(targetGap({...miss, indicator: "policy_compliance_rate", op: ">=", value: 84.6, actual: 72.39819004524887})).toBe("低于目标12.20个百分点");
    expect(targetGap({...miss, indicator: "prepregnancy_check_coverage_rate", op: ">=", value: 80, actual: 76.5})).toBe("低于目标3.50个百分点");
    expect(targetGap({...miss, indicator: "funding_per_capita", op: ">=", value: 8.5, actual: 7.462796590647316})).toBe("低于目标1.04元");
  });

  test("targetGap(check) of a range target (sex ratio at birth 103–107) is the distance to the nearer bound", () => {
    const range = {...miss, indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107};
    expect(targetGap({...range, actual: 112.5})).toBe("高于目标上限5.50");
    expect(targetGap({...range, actual: 98.76})).toBe("低于目标下限4.24");
  });

  test("targetGap(check) is taken from the published level, so the reader's subtraction checks out; a miss too small to show reads 略", () => {
    // 8.125 is published 8.13 (formatValue): 8.5 − 8.13 = 0.37, where 8.5 − 8.125 = 0.375 would round to 0.38.
    expect(formatValue(8.125, "元")).toBe("8.13元");
    expect(targetGap({...miss, indicator: "funding_per_capita", op: ">=", value: 8.5, actual: 8.125})).toBe("低于目标0.37元");
    expect(targetGap({...miss, indicator: "natural_growth_rate", op: "<=", value: 8, actual: 8.004})).toBe("略高于目标");
    expect(targetGap({...miss, indicator: "pop_end", op: ">=", value: 1000, actual: 912.4})).toBe("低于目标88人");
  });

  test("targetGap(check, indicator) takes the unit from the indicator given, else from the check's", () => {
    expect(targetGap({...miss, indicator: "x", op: "<=", value: 2, actual: 2.5}, {key: "x", label: "x", unit: "%"})).toBe("高于目标0.50个百分点");
    expect(targetGap({...miss, indicator: "x", op: "<=", value: 2, actual: 2.5})).toBe("高于目标0.50");
  });

  test("targetGap(check) invents no gap: met, no data, withheld (--min-cell blanks actual), inconclusive, unbounded, or no check", () => {
    const base = {indicator: "birth_rate", op: "<=", value: 15};
    expect(targetGap({...base, status: "met", conclusive: true, actual: 7.1})).toBe("");
    expect(targetGap({...base, status: "no_data", conclusive: null, actual: null})).toBe("");
    expect(targetGap({...base, status: null, conclusive: null, actual: null})).toBe("");
    expect(targetGap({...base, status: "not_met", conclusive: false, inconclusive_reason: "small_numbers", actual: 17.3})).toBe("");
    expect(targetGap({indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107, status: "not_met", conclusive: true, actual: null})).toBe("");
    expect(targetGap(undefined)).toBe("");
  });
});

describe("wrapLabel: an axis label broken to its column's width", () => {
  test("wrapLabel(text, width) keeps a label that fits on one line and breaks a longer one every width/11 characters", () => {
    expect(wrapLabel("免费孕前优生健康检查", 200)).toBe("免费孕前优生健康检查");
    expect(wrapLabel("免费孕前优生健康检查", 44)).toBe("免费孕前\n优生健康\n检查");
    expect(wrapLabel("0-6岁儿童健康管理", 55)).toBe("0-6岁儿\n童健康管理");
  });

  test("wrapLabel keeps at least two characters a line, and a missing label is empty", () => {
    expect(wrapLabel("孕产妇健康管理", 5)).toBe("孕产\n妇健\n康管\n理");
    expect(wrapLabel(undefined, 100)).toBe("");
  });
});

describe("the services page's charts in words: captions of the coverage heat map and the funding chart", () => {
  const project = "免费孕前优生健康检查";
  const coverageTarget = {indicator: "prepregnancy_check_coverage_rate", op: ">=", value: 80, label: "≥ 80%"};
  // services.csv rows of one year, with the village_label the page adds; checks keyed by village_code (the targeted project only).
  const services = [
    {village_code: "TOWN", village_label: "全镇", project, coverage_rate: 76.5},
    {village_code: "101", village_label: "青石社区", project, coverage_rate: 70},
    {village_code: "102", village_label: "上塘村", project, coverage_rate: 91.2},
    {village_code: "103", village_label: "新村(103)", project, coverage_rate: 60},
    {village_code: "101", village_label: "青石社区", project: "孕产妇健康管理", coverage_rate: 50}
  ];
  const coverageChecks = new Map([
    ["TOWN", {...coverageTarget, actual: 76.5, status: "not_met", conclusive: true}],
    ["101", {...coverageTarget, actual: 70, status: "not_met", conclusive: true}],
    ["102", {...coverageTarget, actual: 91.2, status: "met", conclusive: true}],
    ["103", {...coverageTarget, actual: 60, status: "not_met", conclusive: false, inconclusive_reason: "small_numbers"}]
  ]);
  const check = (d: {village_code: string; project: string}) => (d.project === project ? coverageChecks.get(d.village_code) : undefined);

  test("cellLabelsShown(villageCount) prints the cells' values up to 60 villages, not beyond", () => {
    expect([0, 10, 60].map(cellLabelsShown)).toEqual([true, true, true]);
    expect([61, 300].map(cellLabelsShown)).toEqual([false, false]);
  });

  test("coverageCaption(rows, {year, target, check}) names the target and every village that missed it, with its coverage and verdict; not the town, a met village or another project", () => {
    expect(coverageCaption(services, {year: 2025, target: coverageChecks.get("TOWN"), check})).toBe(
      `2025年各村(社区)各服务项目覆盖率。目标≥ 80%,未达标的有:青石社区${formatValue(70, "%")}(未达标,低于目标10.00个百分点),新村(103)${formatValue(60, "%")}(未达标,尚不能确定)。`
    );
  });

  test("coverageCaption says no village missed the target when none did, and names no target when the year has none", () => {
    const met = () => ({...coverageTarget, status: "met", conclusive: true});
    expect(coverageCaption(services, {year: 2025, target: coverageTarget, check: met})).toBe("2025年各村(社区)各服务项目覆盖率。目标≥ 80%,无未达标的村(社区)。");
    expect(coverageCaption(services, {year: 2025, target: undefined, check})).toBe("2025年各村(社区)各服务项目覆盖率。");
    expect(coverageCaption(services, {year: 2025, target: {...coverageTarget, label: ""}, check})).toBe("2025年各村(社区)各服务项目覆盖率。");
  });

  const fundingTarget = {indicator: "funding_per_capita", op: ">=", value: 8.5};
  const names = new Map([["TOWN", "全镇"], ["101", "青石社区"], ["102", "上塘村"]]);
  const funding = [
    {village_code: "TOWN", funding_per_capita: 9.1},
    {village_code: "101", funding_per_capita: 8.3137},
    {village_code: "102", funding_per_capita: 10}
  ];
  const fundingChecks = new Map([
    ["TOWN", {...fundingTarget, actual: 9.1, status: "met", conclusive: true}],
    ["101", {...fundingTarget, actual: 8.3137, status: "not_met", conclusive: true}]
  ]);
  const fundingCheck = (d: {village_code: string}) => fundingChecks.get(d.village_code);

  test("fundingText(row, {names, check}) is the village's name, its funding per person and the verdict with the gap of a miss; no check, no verdict", () => {
    expect(fundingText(funding[1], {names, check: fundingCheck})).toBe("青石社区8.31元(未达标,低于目标0.19元)");
    expect(fundingText(funding[0], {names, check: fundingCheck})).toBe(`全镇${formatValue(9.1, "元")}(达标)`);
    expect(fundingText(funding[2], {names, check: fundingCheck})).toBe(`上塘村${formatValue(10, "元")}`);
    expect(fundingText(funding[2], {names})).toBe(`上塘村${formatValue(10, "元")}`);
  });

  test("fundingCaption(rows, {year, names, check}) lists every bar in the order given, as fundingText words it", () => {
    const caption = fundingCaption(funding, {year: 2025, names, check: fundingCheck});
    expect(caption).toBe(`2025年人均经费投入:${funding.map((d) => fundingText(d, {names, check: fundingCheck})).join(",")}。`);
    expect(caption.indexOf("全镇")).toBeLessThan(caption.indexOf("青石社区"));
    expect(caption).toContain("青石社区8.31元(未达标,低于目标0.19元)");
  });
});

describe("townFundingNote: the town's funding per person includes town-level money", () => {
  // The sample's 2025: the town 278,134 元, its villages 230,760 元; 6 of 10 villages miss the target the town meets.
  const villages = [60000, 50000, 40000, 30000, 20000, 10000, 8000, 6000, 4000, 2760].map((funding_yuan, i) => ({village_code: String(101 + i), funding_yuan}));
  const rows = [{village_code: "TOWN", funding_yuan: 278134}, ...villages];
  const check = (d: {village_code: string}) => ({status: d.village_code === "TOWN" || Number(d.village_code) < 105 ? "met" : "not_met"});

  test("townFundingNote(rows, {check}) names the town-level money, its share, and how many villages missed a target the town met", () => {
    expect(townFundingNote(rows, {check})).toBe("全镇人均经费含未落到村(社区)的镇级经费47374元(占17.03%);全镇达标,10个村(社区)中有6个未达标。");
    expect(townFundingNote(rows)).toBe("全镇人均经费含未落到村(社区)的镇级经费47374元(占17.03%)。");
  });

  test("townFundingNote(rows) says nothing when the town has no more than its villages, or a figure is missing", () => {
    expect(townFundingNote([{village_code: "TOWN", funding_yuan: 230760}, ...villages])).toBe("");
    expect(townFundingNote([{village_code: "TOWN", funding_yuan: 0.3}, {village_code: "1", funding_yuan: 0.1}, {village_code: "2", funding_yuan: 0.2}])).toBe("");
    expect(townFundingNote([{village_code: "TOWN", funding_yuan: null}, ...villages])).toBe("");
    expect(townFundingNote([{village_code: "TOWN", funding_yuan: 278134}, {village_code: "1", funding_yuan: null}])).toBe("");
    expect(townFundingNote(villages)).toBe("");
  });

  test("formatValue(value, '元', {sum}) writes a sum of money exactly without '.00', and per-person money with two decimals", () => {
    expect([278134, 1520.5, 12.25, 0, -707].map((v) => formatValue(v, "元", {sum: true}))).toEqual(["278134元", "1520.5元", "12.25元", "0元", "-707元"]);
    expect(formatValue(278134, "元")).toBe("278134.00元");
    expect(formatValue(10.17, "元", {withUnit: false})).toBe("10.17");
    expect(formatChange(278134, 278841, "元", {sum: true})).toBe("比上年减少707元");
    expect(formatChange(10.17, 10.25, "元")).toBe("比上年减少0.08元");
  });

  test("formatIndicatorValue(value, indicator) writes a value by its indicator's rules (indicators.js): 经费投入 exactly, 人均经费投入 to the fen, 年平均人口 with its half", () => {
    const by = (key: string) => indicators.find((d: {key: string}) => d.key === key);
    expect(formatIndicatorValue(278134, by("funding_yuan"))).toBe("278134元");
    expect(formatIndicatorValue(10.17, by("funding_per_capita"), {withUnit: false})).toBe("10.17");
    expect(formatIndicatorValue(27341.5, by("pop_avg"))).toBe("27341.5人");
    expect(formatIndicatorValue(7.6, by("birth_rate"))).toBe("7.60‰");
    expect(formatIndicatorValue(null, by("birth_rate"))).toBe("—");
  });
});

describe("allWithinTarget: a trend chart's caption says when its target band covers every point", () => {
  test("allWithinTarget(values, check) is true when every value meets the target, for each op; false otherwise", () => {
    expect(allWithinTarget([4.7, null, 11.9, 15], {op: "<=", value: 15})).toBe(true);
    expect(allWithinTarget([4.7, 15.01], {op: "<=", value: 15})).toBe(false);
    expect(allWithinTarget([85, 90], {op: ">=", value: 80})).toBe(true);
    expect(allWithinTarget([104, 106.9], {op: "between", value: 103, value_high: 107})).toBe(true);
    expect(allWithinTarget([104, 108], {op: "between", value: 103, value_high: 107})).toBe(false);
  });

  test("allWithinTarget(values, check) is false without a check, a known op, or a value", () => {
    expect(allWithinTarget([5], undefined)).toBe(false);
    expect(allWithinTarget([5], {op: "~", value: 15})).toBe(false);
    expect(allWithinTarget([null], {op: "<=", value: 15})).toBe(false);
  });
});

describe("urlParamNotice: a link's value the data does not have is named, not silently replaced", () => {
  test("urlParamNotice(name, allowed, {label, shown, range, search}) names the value, what may be chosen and what is shown; nothing for a valid or absent value", () => {
    expect(urlParamNotice("year", [2025, 2014], {label: "年份", shown: "2025年", range: "2014—2025年", search: "?year=2013"})).toBe("链接中的年份“2013”不在数据中(可选2014—2025年),已显示2025年。");
    expect(urlParamNotice("village", ["TOWN", "330781101001"], {label: "范围", shown: "全镇", search: "?village=bad&scenario=medium"})).toBe("链接中的范围“bad”不在数据中,已显示全镇。");
    expect(urlParamNotice("year", [2025, 2014], {label: "年份", shown: "2025年", search: "?year=2014"})).toBe("");
    expect(urlParamNotice("year", [2025], {label: "年份", shown: "2025年", search: "?indicator=birth_rate"})).toBe("");
    expect(urlParamNotice("year", [2025], {search: ""})).toBe("");
  });

  test("urlParamNotice(name, [], {label, search}) with nothing to show instead ends after naming the value", () => {
    expect(urlParamNotice("size", [], {label: "人口规模", search: "?size=2000%2B"})).toBe("链接中的人口规模“2000+”不在数据中。");
  });
});

describe("changedSinceLoad: a control changed once stays changed", () => {
  test("changedSinceLoad(name, unchanged) is false while every call for name says unchanged, then true for good, each name apart", () => {
    expect(changedSinceLoad("test-a", true)).toBe(false);
    expect(changedSinceLoad("test-a", true)).toBe(false);
    expect(changedSinceLoad("test-b", true)).toBe(false);
    expect(changedSinceLoad("test-a", false)).toBe(true);
    // Back to the value shown at first: still changed (the link's notice does not come back).
    expect(changedSinceLoad("test-a", true)).toBe(true);
    expect(changedSinceLoad("test-b", true)).toBe(false);
  });
});

describe("urlListNotice: a link's list entries the data does not have are named, with what is shown instead", () => {
  const allowed = ["001", "002", "003", "004"];
  const names = new Map([["001", "东山村"], ["002", "西山村"], ["003", "南山村"], ["004", "北山村"]]);
  const options = {label: "对比村(社区)", fallback: ["001", "002", "003"], format: (code: string) => names.get(code)};
  test("urlListNotice(name, allowed, {label, fallback, format, search}) names the entries dropped and says the rest are shown, as urlList reads them", () => {
    const search = "?villages=004,999,002,abc";
    expect(urlList("004,999,002,abc", allowed, options.fallback)).toEqual(["002", "004"]);
    expect(urlListNotice("villages", allowed, {...options, search})).toBe("链接中的对比村(社区)“999”、“abc”不在数据中,已略去,显示其余的西山村、北山村。");
  });

  test("urlListNotice(name, allowed, {fallback, search}) with no valid entry names them and the fallback shown instead; each once", () => {
    expect(urlListNotice("villages", allowed, {...options, search: "?villages=999,998,999"})).toBe("链接中的对比村(社区)“999”、“998”不在数据中,已显示东山村、西山村、南山村。");
    expect(urlListNotice("villages", allowed, {...options, fallback: [], search: "?villages=999"})).toBe("链接中的对比村(社区)“999”不在数据中,已略去。");
  });

  test("urlListNotice(name, allowed, {search}) says nothing for an absent, empty or valid list, nor for an empty entry (a trailing comma)", () => {
    for (const search of ["", "?indicator=birth_rate", "?villages=", "?villages=001,003", "?villages=001,", "?villages=001,001"]) {
      expect(urlListNotice("villages", allowed, {...options, search}), search).toBe("");
    }
  });
});

describe("sizeClassesInOrder: the 人口规模 control's order", () => {
  test("sizeClassesInOrder(classes in the file's order) puts 全镇 and 全部村居 first, then the size classes from small to large", () => {
    expect(sizeClassesInOrder(["2000+", "500-1999", "TOWN", "all_villages"])).toEqual(["TOWN", "all_villages", "500-1999", "2000+"]);
    expect(sizeClassesInOrder(["2000+", "500-1999", "<500", "TOWN", "all_villages"])).toEqual(["TOWN", "all_villages", "<500", "500-1999", "2000+"]);
    expect(sizeClassesInOrder([])).toEqual([]);
  });
});

describe("headerWords: where a bulletin table's header may break", () => {
  test("headerWords(header) cuts before 增长, 及以上, 比重 and a bracket, and leaves every other header whole", () => {
    expect(headerWords("自然增长率")).toEqual(["自然", "增长率"]);
    expect(headerWords("60岁及以上比重")).toEqual(["60岁", "及以上", "比重"]);
    expect(headerWords("性别比(女=100)")).toEqual(["性别比", "(女=100)"]);
    expect(["地区", "人口", "出生率", "迁出"].map(headerWords)).toEqual([["地区"], ["人口"], ["出生率"], ["迁出"]]);
  });
});
