import {ageGroups} from "./ageGroups.ts";
import {errorAgeBand} from "./errorAgeBand.ts";
import {defaults as ageBandDefaults} from "./predictionIntervalsAgeBand.ts";
import {defaults as intervalDefaults} from "./predictionIntervalsEmpirical.ts";
import {defaults as projectionDefaults} from "./projectionsAtBase.ts";

/**
 * Definitions of the published projection datasets' columns, for data_dictionary.csv.
 * Methods and assumptions: loaders/projections/README.md.
 */
export interface ProjectionColumn {
  dataset: "projections" | "projection_accuracy" | "projection_births" | "projection_assumptions";
  name: string;
  label_zh: string;
  definition: string;
  unit: string;
  type: "INTEGER" | "DOUBLE" | "VARCHAR";
}

// The broad age bands of the intervals of age-group totals and cells, as errorAgeBand defines them.
const bands = [...new Set(ageGroups.map((_, i) => errorAgeBand(i)))].join("、");

// How the intervals pool the horizons when one has too few errors (predictionIntervalsEmpirical): the town, with one
// error per base year and horizon, does unless the register has 20 or more base years.
const horizonPooling = `某一预测年限的误差不足${intervalDefaults.minCount}个时(全镇每个基年只有一个误差,通常如此),各年限的误差e按e/h^γ折算后合并取分位数,再乘以h^γ换回该年限(h为预测年限,γ由平均绝对误差随年限的增长拟合,限在${intervalDefaults.minExponent}—${intervalDefaults.maxExponent}之间)`;

const bound = (level: 80 | 95, side: "lower" | "upper"): ProjectionColumn => ({
  dataset: "projections", name: `${side}_${level}`, label_zh: `${level}%预测区间${side === "lower" ? "下限" : "上限"}`,
  definition: `${level}%预测区间的${side === "lower" ? "下限" : "上限"}:由本登记历史回测中同一方法、同一规模组、同一预测年限、同类数值(总人口、分性别合计、分年龄组合计或性别×年龄组)的对数误差分位数得出(经验区间;某规模组的误差不足20个时用全部村居的);分年龄组合计和性别×年龄组只用同一宽年龄段(${bands}岁)的误差,因为低龄(预测期内出生)和迁移活跃年龄的误差远大于中年,该年龄段误差不足${ageBandDefaults.minBandErrors}个时用该规模组全部年龄的;${horizonPooling};基年无人的村居不计入回测误差(其预测总为0,之后新迁入的人是新设或安置,不是预测方法的误差);区间总包含预测值本身(历史误差偏向一侧时,预测值就是区间的一端),且不随预测年限变窄;低生育、高生育和零迁移方案沿用中方案的区间,区间不反映情景假设本身的不确定性;回测不足时为空`,
  unit: "人", type: "DOUBLE"
});

const coverage = (level: 80 | 95, scheme: "leave_one_out" | "prospective"): ProjectionColumn => scheme === "leave_one_out"
  ? {
    dataset: "projection_accuracy", name: `coverage_${level}`, label_zh: `${level}%区间覆盖率`,
    definition: `实际总人口落在${level}%预测区间内的比例,留一基年交叉验证:某基年的预测区间用其他所有基年的回测误差,包括该基年之后才可能知道的误差,所以偏乐观;只用当时已知误差的按时间顺序检验见 coverage_${level}_prospective`,
    unit: "比例", type: "DOUBLE"
  }
  : {
    dataset: "projection_accuracy", name: `coverage_${level}_prospective`, label_zh: `${level}%区间覆盖率(按时间顺序)`,
    definition: `按时间顺序(滚动起点)回测时实际总人口落在${level}%预测区间内的比例:从基年B出发的预测,其区间只用目标年份(基年+预测年限)不晚于B的回测误差,即当时已能知道的误差,其他规则同发布的区间(同一方法、规模组、预测年限);没有这样误差的预测不计入(个数见 n_prospective);无一可检验时为空。早期基年的区间只依据很少的误差`,
    unit: "比例", type: "DOUBLE"
  };

export const projectionColumns: readonly ProjectionColumn[] = [
  {dataset: "projections", name: "base_year", label_zh: "预测基年", definition: "预测起点:最后一个完整登记年份,以其年末人口为起点", unit: "年", type: "INTEGER"},
  {dataset: "projections", name: "year", label_zh: "年份", definition: "预测年份(年末,12月31日);等于基年的行为实际观测值(与 age_sex、village_year 的年末人口相同,用 --min-cell 时随之留空)", unit: "年", type: "INTEGER"},
  {dataset: "projections", name: "village_code", label_zh: "村居代码", definition: "村居代码;TOWN 为全镇", unit: "—", type: "VARCHAR"},
  {dataset: "projections", name: "scenario", label_zh: "情景", definition: "medium 中方案;low_fertility / high_fertility 总和生育率减/加0.5;zero_migration 零净迁移(同联合国《世界人口展望》的变体)。全镇(分要素法)直接改变生育率或去掉净迁移;各村用其他方法时,情景主要通过调整到全镇合计起作用(队列变动比法另按同一比例调整儿童妇女比):零迁移方案下各村仍按其过去(含迁移)的变动分配全镇的零迁移预测,并不是该村自身的零迁移预测", unit: "—", type: "VARCHAR"},
  {dataset: "projections", name: "method", label_zh: "预测方法", definition: `全镇为分要素(队列要素)法 cohort_component;各村采用回测误差(MAPE,只比较各方法都做了的预测)最小的非基准方法,并调整到与全镇合计一致;该方法不能从基年起算时(队列变动比法需要基年前5年的人口)用队列要素法。队列变动比法中,村的每个队列变动比(及儿童妇女比)按所依据的人数向全镇的比收缩:(该村到达人数 + c × 全镇比) / (该村原有人数 + c),c 为${projectionDefaults.hamiltonPerryCredibility}人(见 projection_assumptions 的 village_ccr_credibility),所以一两个人的队列不会把一户迁入放大成几倍的增长;基年前5年无人的村(新设)直接用全镇的队列变动比`, unit: "—", type: "VARCHAR"},
  {dataset: "projections", name: "sex", label_zh: "性别", definition: "M 男;F 女;all 合计", unit: "—", type: "VARCHAR"},
  {dataset: "projections", name: "age_group", label_zh: "年龄组", definition: "0-4 … 80-84, 85+(周岁);all 合计", unit: "—", type: "VARCHAR"},
  {dataset: "projections", name: "population", label_zh: "预测人口", definition: "年末人口的预测值(保留一位小数,不代表该精度)。预测以五年为一步:基年后第5年为预测值,第1—4年为基年实际值与第5年预测值之间逐格(性别×年龄组)的线性插值。基年无人的村居(已迁空)各方法均预测为0,其区间上限仍可大于0", unit: "人", type: "DOUBLE"},
  bound(80, "lower"), bound(80, "upper"), bound(95, "lower"), bound(95, "upper"),
  {dataset: "projection_accuracy", name: "method", label_zh: "方法", definition: "被回测的方法或基准(no_change 不变、linear_trend 线性趋势)", unit: "—", type: "VARCHAR"},
  {dataset: "projection_accuracy", name: "horizon", label_zh: "预测年限", definition: "基年之后的年数(1—5)", unit: "年", type: "INTEGER"},
  {dataset: "projection_accuracy", name: "size_class", label_zh: "规模组", definition: "按基年人口分组:<500、500-1999、2000+、all_villages 全部村居、TOWN 全镇", unit: "—", type: "VARCHAR"},
  {dataset: "projection_accuracy", name: "n", label_zh: "比较次数", definition: "参与比较的(基年, 村居)预测个数;基年无人的村居不计入", unit: "个", type: "INTEGER"},
  {dataset: "projection_accuracy", name: "mape", label_zh: "平均绝对百分比误差", definition: "MAPE = 平均 |预测−实际|/实际 × 100,预测与实际均为村居(或全镇)的总人口", unit: "%", type: "DOUBLE"},
  {dataset: "projection_accuracy", name: "median_ape", label_zh: "绝对百分比误差中位数", definition: "|预测−实际|/实际 × 100 的中位数(总人口)", unit: "%", type: "DOUBLE"},
  {dataset: "projection_accuracy", name: "malpe", label_zh: "平均百分比误差(偏差)", definition: "MALPE = 平均 (预测−实际)/实际 × 100(总人口);正值表示偏高", unit: "%", type: "DOUBLE"},
  coverage(80, "leave_one_out"), coverage(95, "leave_one_out"), coverage(80, "prospective"), coverage(95, "prospective"),
  {dataset: "projection_accuracy", name: "n_prospective", label_zh: "按时间顺序检验次数", definition: "按时间顺序回测时能够检验的预测个数(见 coverage_80_prospective):从基年B出发、已有目标年份不晚于B的回测误差可用的(基年, 村居)预测;n − n_prospective 为当时尚无误差可用、未计入的预测(最早的基年总是如此)", unit: "个", type: "INTEGER"},
  {dataset: "projection_births", name: "base_year", label_zh: "预测基年", definition: "同 projections.base_year", unit: "年", type: "INTEGER"},
  {dataset: "projection_births", name: "village_code", label_zh: "村居代码", definition: "村居代码;TOWN 为全镇", unit: "—", type: "VARCHAR"},
  {dataset: "projection_births", name: "scenario", label_zh: "情景", definition: "同 projections.scenario", unit: "—", type: "VARCHAR"},
  {dataset: "projection_births", name: "births_per_year", label_zh: "年均出生人数", definition: "预测期五年内预计的年均出生人数(分要素法):Σ 各年龄组(15—19 … 45—49岁)生育率 × 该组期初(加上五年净迁移的一半)与期末妇女人数的平均数;各村按各自的生育水平算出后调整到与全镇一致。各村人口用队列变动比法等其他方法时,出生仍由分要素法算出,与该村0—4岁预测人口不完全对应", unit: "人", type: "DOUBLE"},
  {dataset: "projection_assumptions", name: "key", label_zh: "假设", definition: "预测假设的代码", unit: "—", type: "VARCHAR"},
  {dataset: "projection_assumptions", name: "label", label_zh: "说明", definition: "假设的中文说明", unit: "—", type: "VARCHAR"},
  {dataset: "projection_assumptions", name: "value", label_zh: "取值", definition: "假设的取值", unit: "见 unit", type: "VARCHAR"},
  {dataset: "projection_assumptions", name: "unit", label_zh: "单位", definition: "取值的单位", unit: "—", type: "VARCHAR"}
];
