import {fundingText} from "./fundingText.js";
import {indicatorByKey} from "./indicatorByKey.js";

/**
 * fundingCaption(rows, {year, names, check}) is the funding chart's caption: every bar of the year in
 * order, as fundingText words it, "2025年人均经费投入:全镇10.12元(达标),青石社区8.31元(未达标,低于目标0.19元)。".
 */
export function fundingCaption(rows, {year, names = new Map(), check = () => undefined} = {}) {
  return `${year}年${indicatorByKey("funding_per_capita").label}:${rows.map((d) => fundingText(d, {names, check})).join(",")}。`;
}
