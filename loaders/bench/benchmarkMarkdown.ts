import type {Machine, SizeResult} from "./types.ts";

/** Targets of issue 5 (and issue 4 for the projections). */
export const targets = {
  /** 1,000,000 people end to end, seconds. */
  oneMillionSeconds: 60,
  /** 1,000,000 people, peak RSS (MiB). */
  oneMillionRssMiB: 3 * 1024,
  /** 5,000,000 people end to end, seconds. */
  fiveMillionSeconds: 300,
  /** Our total over the lower bound. */
  ratio: 3,
  /** Projections incl. backtest for a county of 300 villages, seconds ("well under a minute"). */
  projectionsSeconds: 60
} as const;

const stageNames: Record<string, string> = {
  read: "read + validate (fields)",
  rules: "relational rules",
  indicators: "indicators",
  targets: "targets",
  projections: "projections + backtest",
  outputs: "outputs"
};

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const sec = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const met = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**met**" : "**not met**");

/**
 * The benchmark report (Markdown): machine and versions, one table of stages per size with wall
 * time, rows per second (data rows of the extract over the stage's time) and peak RSS, the lower
 * bound and our ratio to it, and each target with met / not met.
 */
export function benchmarkMarkdown(machine: Machine, results: readonly SizeResult[]): string {
  const lines: string[] = [];
  lines.push("# Benchmarks", "");
  lines.push("Written by `npm run bench` (loaders/bench/). Each size runs in its own child process; peak RSS is the",
    "process's peak so far at the end of each stage (`process.resourceUsage().maxRSS`). Rows per second are the",
    "extract's data rows (all files) over the stage's wall time. The lower bound is DuckDB alone reading the same",
    "persons and residence CSV files (`read_csv`, all_varchar) and doing one grouped count per village and year.", "");
  lines.push(`- Date: ${machine.date}`);
  lines.push(`- Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB memory, ${machine.platform}`);
  lines.push(`- Node ${machine.node}, DuckDB ${machine.duckdb}`);
  lines.push(`- Load average (1 min) at the start and the end of the run: ${machine.loadAverage.map((l) => l.toFixed(1)).join(" → ")}` +
    " (the cores are shared: wall times vary from run to run; the ratio to the lower bound, timed in the same run, varies less)", "");

  lines.push("## Summary", "");
  lines.push("| people | villages | person rows | residence rows | CSV MB | pipeline s | peak RSS MiB | spilled MiB | lower bound s | ratio |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    lines.push(`| ${int(r.people)} | ${r.villages} | ${int(r.personRows)} | ${int(r.residenceRows)} | ${(r.inputBytes / 1e6).toFixed(0)} | ` +
      `${sec(r.pipeline.seconds)} | ${int(r.pipeline.peakRssMiB)} | ${int(r.spillMiB)} | ${sec(r.lowerBound.seconds)} | ${(r.pipeline.seconds / r.lowerBound.seconds).toFixed(1)} |`);
  }
  lines.push("");

  lines.push("## Stages", "");
  lines.push("| people | stage | wall s | rows/s | peak RSS MiB (so far) |");
  lines.push("|---:|---|---:|---:|---:|");
  for (const r of results) {
    for (const s of r.pipeline.stages)
      lines.push(`| ${int(r.people)} | ${stageNames[s.stage] ?? s.stage} | ${sec(s.seconds)} | ${int(r.pipeline.rowsRead / s.seconds)} | ${int(s.peakRssMiB)} |`);
    lines.push(`| ${int(r.people)} | **pipeline total** | **${sec(r.pipeline.seconds)}** | ${int(r.pipeline.rowsRead / r.pipeline.seconds)} | ${int(r.pipeline.peakRssMiB)} |`);
    lines.push(`| ${int(r.people)} | lower bound (DuckDB alone) | ${sec(r.lowerBound.seconds)} | ${int(r.lowerBound.rows / r.lowerBound.seconds)} | ${int(r.lowerBound.peakRssMiB)} |`);
    lines.push(`| ${int(r.people)} | DuckDB alone typing every cell of every file, nothing checked (for scale) | ${sec(r.lowerBound.typedReadSeconds)} | ${int(r.pipeline.rowsRead / r.lowerBound.typedReadSeconds)} | |`);
    for (const step of r.site)
      lines.push(`| ${int(r.people)} | ${step.name}${step.note ? ` — ${step.note}` : ""} | ${sec(step.seconds)} | | ${step.peakRssMiB === undefined || Number.isNaN(step.peakRssMiB) ? "" : int(step.peakRssMiB)} |`);
  }
  lines.push("");

  for (const r of results.filter((r) => r.sitePages)) {
    lines.push(`## Site of the county (${int(r.people)} people, ${r.villages} villages) in chromium`, "");
    lines.push("First view: navigation → the page's main chart visible; interaction: a control changed → last DOM change painted; medians of 3 runs on localhost (loaders/bench/siteBenchmark.ts).", "");
    lines.push("| page | first view ms | interaction ms | interaction | transfer KB |");
    lines.push("|---|---:|---:|---|---:|");
    for (const p of r.sitePages!)
      lines.push(`| ${p.page} | ${int(p.first_view_ms)} | ${p.interaction_ms === null ? "—" : int(p.interaction_ms)} | ${p.interaction ?? "—"} | ${int(p.transfer_bytes / 1024)} |`);
    lines.push("");
  }

  for (const r of results.filter((r) => r.lowMemory)) {
    const low = r.lowMemory!;
    lines.push(`## Memory bound (${int(r.people)} people)`, "");
    lines.push("The same pipeline run again with a lower DuckDB `memory_limit` (`--memory-limit`): what does not fit is spilled to",
      "the temporary folder (`--temp-dir`; spilled MiB: the most it held, sampled every 200 ms), the peak RSS falls with",
      "the limit, and the outputs are the same (manifest.json, every file's SHA-256, compared byte for byte).", "");
    lines.push("| memory_limit | pipeline s | peak RSS MiB | spilled MiB | outputs |");
    lines.push("|---|---:|---:|---:|---|");
    lines.push(`| ${low.mainMemoryLimit} (the run above) | ${sec(r.pipeline.seconds)} | ${int(r.pipeline.peakRssMiB)} | ${int(r.spillMiB)} | |`);
    lines.push(`| ${low.memoryLimit} | ${sec(low.seconds)} | ${int(low.peakRssMiB)} | ${int(low.spillMiB)} | ${low.sameOutputs ? "byte-identical" : "**differ**"} |`);
    lines.push("");
  }

  const at = (people: number) => results.find((r) => r.people === people);
  const one = at(1_000_000);
  const five = at(5_000_000);
  const county = [...results].filter((r) => r.villages >= 300).pop();
  const projections = county?.pipeline.stages.find((s) => s.stage === "projections");
  const build = county?.site.find((s) => s.name.startsWith("site build"));
  lines.push("## Targets", "");
  lines.push("| target | measured | |");
  lines.push("|---|---|---|");
  lines.push(`| 1,000,000 people end to end ≤ ${targets.oneMillionSeconds} s | ${one ? `${sec(one.pipeline.seconds)} s` : "—"} | ${met(one && one.pipeline.seconds <= targets.oneMillionSeconds)} |`);
  lines.push(`| 1,000,000 people peak RSS ≤ 3 GiB | ${one ? `${int(one.pipeline.peakRssMiB)} MiB` : "—"} | ${met(one && one.pipeline.peakRssMiB <= targets.oneMillionRssMiB)} |`);
  lines.push(`| 5,000,000 people end to end ≤ 5 min | ${five ? `${sec(five.pipeline.seconds)} s` : "—"} | ${met(five && five.pipeline.seconds <= targets.fiveMillionSeconds)} |`);
  // Bounded: within 3 GiB, and (where measured) lower with a lower memory_limit, same outputs.
  const low = five?.lowMemory;
  const bounded = five && five.pipeline.peakRssMiB <= targets.oneMillionRssMiB && (!low || (low.peakRssMiB < five.pipeline.peakRssMiB && low.sameOutputs));
  const boundedMeasured = five ? `${int(five.pipeline.peakRssMiB)} MiB` + (low ? ` at memory_limit ${low.mainMemoryLimit}; ${int(low.peakRssMiB)} MiB at ${low.memoryLimit}, ${low.sameOutputs ? "same outputs" : "outputs differ"}` : "") : "—";
  lines.push(`| 5,000,000 people memory bounded (DuckDB memory_limit + spilling; peak RSS ≤ 3 GiB, lower with a lower limit) | ${boundedMeasured} | ${met(bounded)} |`);
  for (const r of results) {
    const ratio = r.pipeline.seconds / r.lowerBound.seconds;
    lines.push(`| ratio to the lower bound ≤ ${targets.ratio} (${int(r.people)} people) | ${ratio.toFixed(1)} | ${met(ratio <= targets.ratio)} |`);
  }
  lines.push(`| projections incl. backtest, 300 villages, well under a minute | ${projections ? `${sec(projections.seconds)} s` : "—"} | ${met(projections && projections.seconds < targets.projectionsSeconds)} |`);
  lines.push(`| site builds for a county of 300 villages | ${build ? `${sec(build.seconds)} s${build.note ? ` (${build.note})` : ""}` : "—"} | ${met(build && !build.note?.startsWith("failed"))} |`);
  const pages = county?.sitePages;
  const slowest = (key: "first_view_ms" | "interaction_ms") => Math.max(...(pages ?? []).map((p) => p[key] ?? 0));
  lines.push(`| county site: first view of every page < 2 s | ${pages ? `slowest ${int(slowest("first_view_ms"))} ms` : "—"} | ${met(pages && slowest("first_view_ms") < 2000)} |`);
  lines.push(`| county site: interactions < 100 ms | ${pages ? `slowest ${int(slowest("interaction_ms"))} ms` : "—"} | ${met(pages && slowest("interaction_ms") < 100)} |`);
  lines.push("");

  // The lower bound reads two files and counts once; the pipeline does much more. Each stage's
  // share of the ratio shows where the distance to the target lies.
  lines.push("## The ratio to the lower bound, stage by stage", "");
  lines.push("The lower bound reads the persons and residence files as text and counts rows by village and start year. The",
    "pipeline also types and checks every cell (zod's rules, as SQL), checks the records against each other, expands every",
    "residence spell to the years it covers for the indicators and, by single year of age and sex, for the projections'",
    "population and person-years, backtests four methods and writes the outputs. Each stage over the lower bound; for",
    "scale, the last column is DuckDB alone reading every cell of every file into tables, typed by its own detection",
    "and nothing checked, over the same lower bound: the share of the target that reading and typing alone take.", "");
  const stages = Object.keys(stageNames);
  lines.push(`| people | ${stages.map((s) => stageNames[s]).join(" | ")} | total | DuckDB alone typing every cell |`);
  lines.push(`|---:|${stages.map(() => "---:").join("|")}|---:|---:|`);
  for (const r of results) {
    const cells = stages.map((stage) => {
      const timed = r.pipeline.stages.find((s) => s.stage === stage);
      return timed ? (timed.seconds / r.lowerBound.seconds).toFixed(1) : "—";
    });
    lines.push(`| ${int(r.people)} | ${cells.join(" | ")} | ${(r.pipeline.seconds / r.lowerBound.seconds).toFixed(1)} | ${(r.lowerBound.typedReadSeconds / r.lowerBound.seconds).toFixed(1)} |`);
  }
  lines.push("");
  return lines.join("\n");
}
