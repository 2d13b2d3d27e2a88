import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {formatCount} from "./formatCount.ts";
import {formatPercent} from "./formatPercent.ts";
import {noData} from "./noData.ts";
import type {SectionContext} from "./sectionContext.ts";
import type {BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/**
 * "户籍人口25000人,占…%,比上年末减少211人" from a year-end count, the total and last year's count;
 * a label with a note marker takes "为" (流动人口[1]为4306人), never a marker glued to the number.
 */
function partClause(label: string, count: number | null, total: number | null, previousCount: number | null | undefined): string {
  const counted = formatCount(count);
  if (counted === noData) return `${label}${noData}`;
  const share = count != null && total != null && total > 0 ? formatPercent((count / total) * 100) : undefined;
  return clauses(valueClause(label, counted, ""), share && `占${share}`, changePhrase(count, previousCount, "stockCount"));
}

/**
 * 六、户籍与流动人口: the register's split of the year-end residents by hukou type, and the year's moves
 * in and out of the whole area (moves between its villages excluded). The data has no urban/rural split,
 * so nothing is said about one.
 */
export function sectionRegistration(context: SectionContext): BulletinSection {
  const {year, self, town, previous, note} = context;
  const split = [
    partClause("户籍人口", town.pop_end_registered, town.pop_end, previous?.pop_end_registered),
    partClause(`流动人口${note("resident")}`, town.pop_end_migrant, town.pop_end, previous?.pop_end_migrant)
  ].join(";");
  let text = `${year}年末常住人口中,${split}。`;
  const moves = [
    clauses(`全年迁入人口${formatCount(town.in_migrants)}`, changePhrase(town.in_migrants, previous?.in_migrants, "flow")),
    clauses(`迁出人口${formatCount(town.out_migrants)}`, changePhrase(town.out_migrants, previous?.out_migrants, "flow"))
  ].join(";");
  text += moves;
  if (town.in_migrants != null && town.out_migrants != null) {
    const net = town.in_migrants - town.out_migrants;
    text += net > 0 ? `,净迁入${formatCount(net)}` : net < 0 ? `,净迁出${formatCount(-net)}` : ",迁入与迁出人数相等";
  }
  text += `(不含${self.slice(1)}内村(社区)之间的迁移)。`;
  return {number: "六", heading: "户籍与流动人口", blocks: [{kind: "paragraph", text}]};
}
