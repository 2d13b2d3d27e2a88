import type {AccuracyRow} from "./backtestFromInputs.ts";

const methodNames: Record<string, string> = {
  cohort_component: "cohort-component",
  hamilton_perry: "Hamilton–Perry",
  exponential_trend: "exponential trend",
  share_of_town: "share of town",
  linear_trend: "linear trend (baseline)",
  no_change: "no change (baseline)"
};

const format = (x: number | null | undefined, digits: number) => (x === null || x === undefined ? "—" : x.toFixed(digits));

/**
 * The README's table of backtest accuracy: MAPE (%) by method and horizon for all villages and for
 * the town, and the share of actual values inside the 80% interval (n-weighted over horizons), leave-one-base-year-out
 * and in time order (coverage_80_prospective, weighted by n_prospective, with the number of forecasts it rests on).
 */
export function accuracyMarkdown(rows: readonly AccuracyRow[], {defaultMethod}: {defaultMethod: string}): string {
  const horizons = [1, 2, 3, 4, 5];
  const lines = [
    "| method | unit | MAPE h=1 | h=2 | h=3 | h=4 | h=5 | inside 80% interval | in time order |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  ];
  const methods = [...new Set(rows.map((r) => r.method))].sort((a, b) => Object.keys(methodNames).indexOf(a) - Object.keys(methodNames).indexOf(b));
  for (const sizeClass of ["all_villages", "TOWN"]) {
    for (const method of methods) {
      const cells = rows.filter((r) => r.method === method && r.size_class === sizeClass);
      if (cells.length === 0) continue;
      const mape = horizons.map((h) => format(cells.find((r) => r.horizon === h)?.mape, 1));
      const weighted = (share: (r: AccuracyRow) => number | null | undefined, count: (r: AccuracyRow) => number) => {
        const covered = cells.filter((r) => share(r) !== null && share(r) !== undefined);
        const n = covered.reduce((s, r) => s + count(r), 0);
        return {n, coverage: n === 0 ? null : (100 * covered.reduce((s, r) => s + count(r) * share(r)!, 0)) / n};
      };
      const {coverage} = weighted((r) => r.coverage_80, (r) => r.n);
      const inOrder = weighted((r) => r.coverage_80_prospective, (r) => r.n_prospective);
      const name = (methodNames[method] ?? method) + (method === defaultMethod && sizeClass === "all_villages" ? " **(published)**" : "");
      lines.push(`| ${name} | ${sizeClass === "TOWN" ? "town" : "villages"} | ${mape.join(" | ")} | ${coverage === null ? "—" : `${coverage.toFixed(0)}%`} | ${inOrder.coverage === null ? "—" : `${inOrder.coverage.toFixed(0)}% of ${inOrder.n}`} |`);
    }
  }
  return lines.join("\n");
}
