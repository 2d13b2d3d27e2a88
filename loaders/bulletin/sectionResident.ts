import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {formatCount} from "./formatCount.ts";
import type {SectionContext} from "./sectionContext.ts";
import type {BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/** 一、常住人口: the year-end resident total with its change on 上年末, then the 户籍 part. */
export function sectionResident(context: SectionContext): BulletinSection {
  const {year, whole, town, previous} = context;
  const first = clauses(
    `${year}年末,${valueClause(`${whole}常住人口`, formatCount(town.pop_end), "")}`,
    changePhrase(town.pop_end, previous?.pop_end, "stock")
  );
  const second = clauses(
    valueClause("年末户籍人口", formatCount(town.pop_end_registered), ""),
    changePhrase(town.pop_end_registered, previous?.pop_end_registered, "stockCount")
  );
  return {number: "一", heading: "常住人口", blocks: [{kind: "paragraph", text: `${first}。${second}。`}]};
}
