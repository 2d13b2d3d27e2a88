import {birthsDeathsChart} from "./birthsDeathsChart.ts";
import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {fixedDecimals} from "./fixedDecimals.ts";
import {formatCount} from "./formatCount.ts";
import {formatPerMille} from "./formatPerMille.ts";
import {isSmallCount} from "./minReliableCount.ts";
import {noData} from "./noData.ts";
import type {SectionContext} from "./sectionContext.ts";
import {targetPhrase} from "./targetPhrase.ts";
import type {BulletinBlock, BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/**
 * 二、人口自然变动: births, deaths and natural growth with their rates, each against last year; fertility.
 * Rates resting on fewer than minReliableCount births or deaths (a village-sized register) are said to be
 * unstable in the text, as the tables flag them.
 */
export function sectionNaturalChange(context: SectionContext): BulletinSection {
  const {town, previous, targets, note} = context;
  const births = clauses(
    valueClause("全年出生人口", formatCount(town.births), ""),
    changePhrase(town.births, previous?.births, "flow"),
    valueClause("出生率", formatPerMille(town.birth_rate)),
    changePhrase(town.birth_rate, previous?.birth_rate, "perMille")
  );
  const deaths = clauses(
    valueClause("死亡人口", formatCount(town.deaths), ""),
    changePhrase(town.deaths, previous?.deaths, "flow"),
    valueClause("死亡率", formatPerMille(town.death_rate)),
    changePhrase(town.death_rate, previous?.death_rate, "perMille")
  );
  const increase = town.natural_increase;
  const naturalCount =
    increase == null
      ? undefined
      : increase > 0
        ? `全年人口自然增加${formatCount(increase)}`
        : increase < 0
          ? `全年人口自然减少${formatCount(-increase)}`
          : "全年出生人口与死亡人口相等";
  const growth = clauses(
    naturalCount,
    valueClause("人口自然增长率", formatPerMille(town.natural_growth_rate)),
    changePhrase(town.natural_growth_rate, previous?.natural_growth_rate, "perMille")
  );
  let text = `${births};${deaths}。${growth}。`;

  const birthTarget = targetPhrase(targets?.get("birth_rate"));
  const growthTarget = targetPhrase(targets?.get("natural_growth_rate"));
  const targetParts = [birthTarget && `出生率${birthTarget}`, growthTarget && `人口自然增长率${growthTarget}`].filter(Boolean);
  if (targetParts.length > 0) text += `${targetParts.join(";")}。`;

  const fewBirths = isSmallCount(town.births);
  const fewDeaths = isSmallCount(town.deaths);
  if (fewBirths || fewDeaths) {
    const few = (label: string, count: number | null) => (count === 0 ? `没有${label}` : `${label}仅${formatCount(count)}`);
    const counts = [fewBirths && few("出生人口", town.births), fewDeaths && few("死亡人口", town.deaths)];
    const rates = [fewBirths && town.birth_rate != null && "出生率", fewDeaths && town.death_rate != null && "死亡率", town.natural_growth_rate != null && "人口自然增长率"];
    const named = rates.filter(Boolean) as string[];
    if (named.length > 0) {
      const list = named.length > 1 ? `${named.slice(0, -1).join("、")}和${named.at(-1)}` : named[0];
      text += `由于全年${counts.filter(Boolean).join("、")},${list}受偶然因素影响较大,仅供参考,宜结合多年数据判断。`;
    }
  }

  const women = town.women_15_49;
  const fertility = clauses(
    women == null ? undefined : `育龄妇女(15—49岁)年平均${formatCount(women)}`,
    valueClause(`一般生育率${note("fertility")}`, formatPerMille(town.gfr)),
    valueClause("总和生育率", fixedDecimals(town.tfr) ?? noData)
  );
  const fertilityCaution =
    fewBirths && (town.gfr != null || town.tfr != null) ? "一般生育率和总和生育率同样依据上述出生人口计算,仅供参考。" : "";
  const blocks: BulletinBlock[] = [
    {kind: "paragraph", text},
    {kind: "paragraph", text: `${fertility}。${fertilityCaution}`},
    birthsDeathsChart(context)
  ];
  return {number: "二", heading: "人口自然变动", blocks};
}
