import type {DuckDBConnection} from "@duckdb/node-api";
import {readFileSync} from "node:fs";
import {runSqlFile} from "../store/runSqlFile.ts";
import {defaults, type IndicatorOptions} from "./defaults.ts";
import {targetIndicators} from "./targetIndicators.ts";
import type {TargetRow} from "./targetRow.ts";
import {unknownIndicatorMessage} from "./unknownIndicatorMessage.ts";
import {villageYear} from "./villageYear.ts";

const opWords = {"<=": "不高于", ">=": "不低于"} as const;

/**
 * checkTargets(connection, targets, options?) creates the table target_checks (year, village_code,
 * indicator, op, value, value_high, label, actual, status, conclusive, inconclusive_reason): one row
 * per target and per row of village_year (run computeIndicators first), ordered by year, TOWN first,
 * village_code, then the targets' order. status is 'met' | 'not_met' | 'no_data'; conclusive says
 * whether the verdict holds over the indicator's 95% interval, and inconclusive_reason why not
 * ('small_numbers' | 'served_exceeds_eligible'; definitions in checkTargets.sql). A target
 * without a label gets one built from the indicator's Chinese name, e.g. "出生率不高于15".
 * Throws when a target names a column that is not a numeric column of village_year, with the message
 * a row of the targets file naming it gets (unknownIndicatorMessage).
 */
export async function checkTargets(connection: DuckDBConnection, targets: readonly TargetRow[], options: Partial<IndicatorOptions> = {}): Promise<void> {
  const {z} = {...defaults, ...options};
  for (const target of targets) {
    if (!targetIndicators.includes(target.indicator)) throw new Error(unknownIndicatorMessage(target.indicator));
  }
  await runSqlFile(connection, new URL("./indicatorMacros.sql", import.meta.url));
  await connection.run(`CREATE OR REPLACE TEMP TABLE ind_targets (
    ordinal INTEGER, indicator VARCHAR, op VARCHAR, value DOUBLE, value_high DOUBLE, label VARCHAR)`);
  for (const [ordinal, target] of targets.entries()) {
    await connection.run("INSERT INTO ind_targets VALUES ($ordinal, $indicator, $op, $value, $value_high, $label)", {
      ordinal,
      indicator: target.indicator,
      op: target.op,
      value: target.value,
      value_high: target.op === "between" ? (target.value_high ?? null) : null,
      label: target.label ?? defaultLabel(target)
    });
  }
  const select = readFileSync(new URL("./checkTargets.sql", import.meta.url), "utf8").trim().replace(/;$/, "");
  await connection.run(`CREATE OR REPLACE TABLE target_checks AS\n${select}`, {z});
  await connection.run("DROP TABLE IF EXISTS temp.ind_targets");
}

function defaultLabel(target: TargetRow): string {
  const column = villageYear.columns.find((c) => c.name === target.indicator);
  const name = column?.label_zh ?? target.indicator;
  const unit = column && ["‰", "%", "元", "元/人"].includes(column.unit) ? column.unit : "";
  return target.op === "between"
    ? `${name}在${target.value}—${target.value_high}${unit}之间`
    : `${name}${opWords[target.op]}${target.value}${unit}`;
}
