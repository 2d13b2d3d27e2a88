/** Types shared by the benchmark (types only). */
import type {PipelineStage} from "../runPipeline.ts";
import type {SitePageTiming} from "./siteBenchmark.ts";

export interface StageTime {
  stage: PipelineStage;
  seconds: number;
  /** Peak resident set size of the process so far (MiB), read at the end of the stage. */
  peakRssMiB: number;
}

/** What stageTimesCli prints. */
export interface StageTimes {
  stages: StageTime[];
  /** Whole runPipeline call, seconds. */
  seconds: number;
  peakRssMiB: number;
  /** Data rows read from every file of the extract. */
  rowsRead: number;
  files: {file: string; read: number; rejected: number}[];
}

/** What lowerBoundCli prints. */
export interface LowerBound {
  seconds: number;
  peakRssMiB: number;
  /** Rows DuckDB read (persons + residence). */
  rows: number;
  groups: number;
  /** DuckDB alone reading every cell of every CSV file of the extract into tables, typed, nothing checked (for scale; not the lower bound). */
  typedReadSeconds: number;
}

export interface TimedStep {
  name: string;
  seconds: number;
  peakRssMiB?: number;
  note?: string;
}

export interface SizeResult {
  people: number;
  villages: number;
  /** Input CSV bytes. */
  inputBytes: number;
  personRows: number;
  residenceRows: number;
  pipeline: StageTimes;
  /** The most DuckDB's temporary folder held during the pipeline run (MiB): what it spilled beyond its memory_limit. */
  spillMiB: number;
  lowerBound: LowerBound;
  /** Site data loaders run as Framework runs them, and the site build where timed. */
  site: TimedStep[];
  /** The county's site in chromium (siteBenchmark): first view and one interaction per page. */
  sitePages?: SitePageTiming[];
  /** The same pipeline run again with a lower DuckDB memory_limit (the largest size only). */
  lowMemory?: LowMemoryRun;
}

/** A pipeline run with less memory than the main one, for the memory bound. */
export interface LowMemoryRun {
  /** Its DuckDB memory_limit, e.g. "1GB". */
  memoryLimit: string;
  /** The main run's memory_limit. */
  mainMemoryLimit: string;
  seconds: number;
  peakRssMiB: number;
  /** The most its temporary folder held (MiB). */
  spillMiB: number;
  /** Whether its manifest.json (every output's SHA-256) is byte-identical to the main run's. */
  sameOutputs: boolean;
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  duckdb: string;
  platform: string;
  /** 1-minute load average when the bench started and when it ended (other work on the shared cores). */
  loadAverage: [number, number];
}
