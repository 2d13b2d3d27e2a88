import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {formatCount} from "./formatCount.ts";
import {formatSexRatio} from "./formatSexRatio.ts";
import {groupClause} from "./groupClause.ts";
import {noData} from "./noData.ts";
import type {SectionContext} from "./sectionContext.ts";
import {targetPhrase} from "./targetPhrase.ts";
import type {BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/** A share of the year-end total in %, or null when it cannot be computed. */
function shareOf(part: number | null, total: number | null): number | null {
  return part != null && total != null && total > 0 ? (part / total) * 100 : null;
}

/**
 * 五、性别构成: men and women with shares and the sex ratio; births by sex, the sex ratio at birth with
 * its 95% interval, its target, and a caution when the year had fewer than `fewBirths` births.
 */
export function sectionSex(context: SectionContext): BulletinSection {
  const {year, town, previous, targets, fewBirths, note} = context;
  const people = [
    groupClause("男性", town.pop_end_male, shareOf(town.pop_end_male, town.pop_end)),
    groupClause("女性", town.pop_end_female, shareOf(town.pop_end_female, town.pop_end))
  ].join(";");
  const ratio = formatSexRatio(town.sex_ratio);
  const overall = clauses(
    ratio === noData ? `总人口性别比${note("sexRatio")}${noData}` : `总人口性别比${note("sexRatio")}为${ratio}(以女性为100,男性对女性的比例)`,
    changePhrase(town.sex_ratio, previous?.sex_ratio, "ratio")
  );
  let text = `${year}年末常住人口中,${people};${overall}。`;

  const srb = formatSexRatio(town.sex_ratio_at_birth);
  let interval = "";
  if (srb !== noData && town.sex_ratio_at_birth_low != null) {
    interval =
      town.sex_ratio_at_birth_high != null
        ? `(95%置信区间${note("sexRatioInterval")}为${formatSexRatio(town.sex_ratio_at_birth_low)}—${formatSexRatio(town.sex_ratio_at_birth_high)})`
        : `(95%置信区间${note("sexRatioInterval")}为${formatSexRatio(town.sex_ratio_at_birth_low)}以上)`;
  }
  const byBirth = clauses(
    town.births_male != null && town.births_female != null
      ? `全年出生人口中,男婴${formatCount(town.births_male)},女婴${formatCount(town.births_female)}`
      : undefined,
    `${valueClause("出生人口性别比", srb)}${interval}`,
    changePhrase(town.sex_ratio_at_birth, previous?.sex_ratio_at_birth, "ratio"),
    targetPhrase(targets?.get("sex_ratio_at_birth"))
  );
  text += `${byBirth}。`;
  // Only about a ratio the text gives: a year without births (or with no girl born) has none to caution about.
  if (srb !== noData && town.births != null && town.births < fewBirths) {
    text += `由于全年出生人口仅${formatCount(town.births)},出生人口性别比受偶然因素影响较大,置信区间较宽,宜结合多年数据判断。`;
  }
  return {number: "五", heading: "性别构成", blocks: [{kind: "paragraph", text}]};
}
