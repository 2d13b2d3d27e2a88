import {defaults as atBaseDefaults, type Method} from "./projectionsAtBase.ts";
import {defaults as rateDefaults, type BaseRates} from "./ratesAtBase.ts";

/** One assumption of the projection, for the dashboard (labels in zh-CN). */
export interface AssumptionRow {
  key: string;
  /** zh-CN label shown on the page. */
  label: string;
  value: number | string;
  /** zh-CN unit; empty when none. */
  unit: string;
}

const methodLabels: Record<Method, string> = {
  no_change: "不变法",
  linear_trend: "线性趋势法",
  exponential_trend: "指数趋势法",
  share_of_town: "占全镇比例法",
  hamilton_perry: "队列变动比法(Hamilton–Perry)",
  cohort_component: "队列要素法"
};

/**
 * Every assumption behind a projection from {@link BaseRates}: base year, pooled years of each rate, TFR of each
 * scenario, SRB, life expectancy at birth by sex, net migrants per year, methods and the backtest base years.
 * Numbers are rounded for display (TFR and SRB to 0.01, e0 to 0.1 years, migrants to 1). Labels use the half-width
 * punctuation and the — of age bands of the data dictionary and the pages.
 * `net_migrants_per_year` is the town's observed mean over the pooled migration years: the projection applies the
 * net migration rates by sex and age of those years to each group's population, so the migrants it implies differ
 * (sample, base year 2025: observed −138 a year, implied −131 a year over 2026–2030); the label says so.
 */
export function projectionAssumptionsFromRates(rates: BaseRates, {villageMethod, backtestBaseYears = []}: {villageMethod: Method; backtestBaseYears?: readonly number[]}): AssumptionRow[] {
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const span = ([a, b]: [number, number]) => (a === b ? `${a}` : `${a}—${b}`);
  const shift = atBaseDefaults.tfrShift;
  const tfr = rates.town.tfr;
  return [
    {key: "base_year", label: "预测基年(年末人口)", value: rates.baseYear, unit: "年"},
    {key: "horizon", label: "预测期", value: atBaseDefaults.horizon, unit: "年"},
    {key: "town_method", label: "全镇预测方法", value: methodLabels.cohort_component, unit: ""},
    {key: "village_method", label: "各村预测方法(回测误差最小)", value: methodLabels[villageMethod], unit: ""},
    {key: "village_method_code", label: "各村预测方法代码", value: villageMethod, unit: ""},
    {key: "mortality_years", label: "死亡率汇总年份", value: span(rates.pooled.mortality), unit: ""},
    {key: "fertility_years", label: "生育率汇总年份", value: span(rates.pooled.fertility), unit: ""},
    {key: "srb_years", label: "出生性别比汇总年份", value: span(rates.pooled.srb), unit: ""},
    {key: "migration_years", label: "净迁移率汇总年份", value: span(rates.pooled.migration), unit: ""},
    {key: "tfr_medium", label: "总和生育率(中方案)", value: r2(tfr), unit: "孩/妇女"},
    {key: "tfr_low_fertility", label: "总和生育率(低生育方案,减0.5孩)", value: r2(Math.max(0, tfr - shift)), unit: "孩/妇女"},
    {key: "tfr_high_fertility", label: "总和生育率(高生育方案,加0.5孩)", value: r2(tfr + shift), unit: "孩/妇女"},
    {key: "srb", label: "出生性别比", value: Math.round(rates.town.srb * 10000) / 100, unit: "男婴/100女婴"},
    {key: "e0_male", label: "男性出生时预期寿命", value: Math.round(rates.town.e0.M * 10) / 10, unit: "岁"},
    {key: "e0_female", label: "女性出生时预期寿命", value: Math.round(rates.town.e0.F * 10) / 10, unit: "岁"},
    {key: "net_migrants_per_year", label: "全镇年均净迁移人数(汇总年份的实际数;预测按同期分性别、年龄的净迁移率推算,不直接用此数;零迁移方案为0)", value: Math.round(rates.town.netMigrantsPerYear), unit: "人/年"},
    {key: "village_fertility_credibility", label: "村生育水平向全镇收缩的权重", value: rateDefaults.fertilityCredibility, unit: "个出生"},
    {key: "village_ccr_credibility", label: "村队列变动比和儿童妇女比向全镇收缩的权重(队列变动比法;队列只有几个人时主要用全镇的比)", value: atBaseDefaults.hamiltonPerryCredibility, unit: "人"},
    {key: "old_age_mortality", label: "高龄死亡率", value: "80—84岁及85岁以上死亡数不足30时用50—79岁Gompertz拟合值", unit: ""},
    {key: "backtest_base_years", label: "回测基年", value: backtestBaseYears.length ? `${backtestBaseYears[0]}—${backtestBaseYears[backtestBaseYears.length - 1]}` : "无", unit: ""}
  ];
}
