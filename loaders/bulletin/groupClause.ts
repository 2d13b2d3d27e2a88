import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {formatCount} from "./formatCount.ts";
import {formatPercent} from "./formatPercent.ts";
import {noData} from "./noData.ts";
import {valueClause} from "./valueClause.ts";

/**
 * groupClause("0—14岁人口", 2650, 10.9, 10.5) → "0—14岁人口2650人,占10.90%,比重比上年上升0.40个百分点".
 * A missing count → "0—14岁人口无数据"; a missing share is left out; no previous share → no change.
 */
export function groupClause(
  label: string,
  count: number | null | undefined,
  share: number | null | undefined,
  previousShare?: number | null
): string {
  const counted = formatCount(count);
  if (counted === noData) return `${label}${noData}`;
  const shared = formatPercent(share);
  if (shared === noData) return valueClause(label, counted, "");
  const change = changePhrase(share, previousShare, "percent");
  return clauses(valueClause(label, counted, ""), `占${shared}`, change && `比重${change}`);
}
