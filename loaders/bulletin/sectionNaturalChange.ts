import {birthsDeathsChart} from "./birthsDeathsChart.ts";
import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {fixedDecimals} from "./fixedDecimals.ts";
import {formatCount} from "./formatCount.ts";
import {formatPerMille} from "./formatPerMille.ts";
import {noData} from "./noData.ts";
import type {SectionContext} from "./sectionContext.ts";
import {targetPhrase} from "./targetPhrase.ts";
import type {BulletinBlock, BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/** 二、人口自然变动: births, deaths and natural growth with their rates, each against last year; fertility. */
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

  const women = town.women_15_49;
  const fertility = clauses(
    women == null ? undefined : `育龄妇女(15—49岁)年平均${formatCount(women)}`,
    valueClause(`一般生育率${note("fertility")}`, formatPerMille(town.gfr)),
    valueClause("总和生育率", fixedDecimals(town.tfr) ?? noData)
  );
  const blocks: BulletinBlock[] = [
    {kind: "paragraph", text},
    {kind: "paragraph", text: `${fertility}。`},
    birthsDeathsChart(context)
  ];
  return {number: "二", heading: "人口自然变动", blocks};
}
