import type {ProjectionSummaryView, ProjectionViewArea, ProjectionViewTotal} from "../projections/projectionSummaryView.ts";

type Row = Record<string, string | number | boolean | null>;

/** What a village's page (src/villages/[code].md) shows: its own rows and the town's, nothing of another village. */
export interface VillageView {
  village_code: string;
  /** As every page labels it (villageLabels): its name, or "name(code)" when another village has that name. */
  name: string;
  /** village_year rows of the village, then of the town (TOWN), in the download's order. */
  village_year: Row[];
  /** target_checks rows of the village. */
  target_checks: Row[];
  /** age_sex rows of the village. */
  age_sex: Row[];
  /** services rows of the village. */
  services: Row[];
  /** The village's part of projection_summary_view.json: its area and totals, the base year and every scenario. */
  projection: {base_year: number | null; scenarios: string[]; areas: ProjectionViewArea[]; totals: ProjectionViewTotal[]};
  /** Every row of projection_accuracy (the backtest's coverage by method and size class, not by village). */
  projection_accuracy: Row[];
}

/** The rows of `rows` by village_code, each list in the order of `rows`. */
function byVillage<T extends {village_code?: unknown}>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const code = String(row.village_code);
    const group = groups.get(code);
    if (group) group.push(row);
    else groups.set(code, [row]);
  }
  return groups;
}

/**
 * villageViews({codes, labels, villageYear, targetChecks, ageSex, services, projection, accuracy})
 * cuts the town's typed output rows (typeRows of the downloads, so blanks withheld by --min-cell stay
 * null) into one view per village of `codes`: that village's rows, the town's where the page compares
 * with it, and the label every page gives it. Rows are copied as they are, never recomputed, so a
 * view shows what the downloads hold. A village with no row of a table gets an empty list.
 */
export function villageViews({codes, labels, villageYear, targetChecks, ageSex, services, projection, accuracy}: {
  codes: readonly string[];
  labels: ReadonlyMap<string, string>;
  villageYear: readonly Row[];
  targetChecks: readonly Row[];
  ageSex: readonly Row[];
  services: readonly Row[];
  projection: ProjectionSummaryView;
  accuracy: readonly Row[];
}): Map<string, VillageView> {
  const [years, checks, ages, serviceRows] = [villageYear, targetChecks, ageSex, services].map((rows) => byVillage(rows));
  const [totals, areas] = [byVillage(projection.totals), byVillage(projection.areas)];
  const town = years.get("TOWN") ?? [];
  return new Map(codes.map((code) => [code, {
    village_code: code,
    name: labels.get(code) ?? code,
    village_year: [...(years.get(code) ?? []), ...town],
    target_checks: checks.get(code) ?? [],
    age_sex: ages.get(code) ?? [],
    services: serviceRows.get(code) ?? [],
    projection: {base_year: projection.base_year, scenarios: projection.scenarios, areas: areas.get(code) ?? [], totals: totals.get(code) ?? []},
    projection_accuracy: [...accuracy]
  }]));
}
