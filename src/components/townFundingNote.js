import {formatValue} from "./formatValue.js";

/**
 * townFundingNote(rows, {check}) says, where the town's 人均经费 is shown, that the town's funding
 * includes money spent at town level (funding rows without a village: funding_yuan of TOWN minus the
 * villages' sum, see the data dictionary), so that the town can meet the target while villages miss
 * it. rows: one year's village_year rows, TOWN and the villages; check(row): the row's funding target
 * check, for the count of villages that missed. "" when the town has no more than its villages (no
 * town-level money) or a figure is missing.
 *
 * townFundingNote([{village_code: "TOWN", funding_yuan: 278134}, {village_code: "1", funding_yuan: 230760}])
 * // "全镇人均经费含未落到村(社区)的镇级经费47374元(占17.03%)。"
 *
 * Short, as it sits on a headline card: the villages' figures exclude that money by definition (the
 * data dictionary), so the note does not say it again.
 */
export function townFundingNote(rows, {check = () => undefined} = {}) {
  const town = rows.find((d) => d.village_code === "TOWN");
  const villages = rows.filter((d) => d.village_code !== "TOWN");
  if (!town || town.funding_yuan == null || !villages.length || villages.some((d) => d.funding_yuan == null)) return "";
  const villageSum = villages.reduce((sum, d) => sum + Number(d.funding_yuan), 0);
  // In fen, so that float sums of yuan with two decimals compare exactly.
  const townLevel = Math.round(Number(town.funding_yuan) * 100) - Math.round(villageSum * 100);
  if (townLevel <= 0) return "";
  const share = formatValue((townLevel / Math.round(Number(town.funding_yuan) * 100)) * 100, "%");
  const missed = villages.filter((d) => check(d)?.status === "not_met").length;
  const misses = check(town)?.status === "met" && missed > 0 ? `;全镇达标,${villages.length}个村(社区)中有${missed}个未达标` : "";
  return `全镇人均经费含未落到村(社区)的镇级经费${formatValue(townLevel / 100, "元", {sum: true})}(占${share})${misses}。`;
}
