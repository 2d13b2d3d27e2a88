/**
 * DuckDB's memory_limit as given on the command line (`--memory-limit`): a number > 0 and a unit,
 * e.g. "2GB", "512MB", "1.5GiB". Undefined for anything else: DuckDB itself takes some other texts in
 * ways nobody means ("-1GB" lifts the limit to most of the machine's memory).
 */
export function memoryLimitFromText(text: string): string | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$/i.exec(text);
  return match && Number(match[1]) > 0 ? `${match[1]}${match[2]}` : undefined;
}

/** What is said when memoryLimitFromText gives undefined, after the option's name. */
export const memoryLimitExpected = "应为正数加单位,如 2GB、512MB / must be a size with a unit, e.g. 2GB or 512MB";

/**
 * DuckDB ran out of the memory it was given (memory_limit) on something it cannot spill. Says which
 * limit and what to do, instead of DuckDB's tuning advice: the run's data did not fit, the input is fine.
 */
export class MemoryLimitError extends Error {
  constructor(memoryLimit: string, options?: {cause?: unknown}) {
    super(`DuckDB 在内存上限 ${memoryLimit} 内放不下这份数据,请调高 --memory-limit(例如 4GB)/ ` +
      `DuckDB ran out of memory within its limit of ${memoryLimit}: raise --memory-limit (e.g. 4GB)`, options);
    this.name = "MemoryLimitError";
  }
}

// DuckDB's out-of-memory errors, as its node bindings report them (from a query or an appender).
const outOfMemory = /Out of Memory Error|could not allocate block|failed to pin block|failed to allocate data/i;

/** A MemoryLimitError for an error that is DuckDB running out of `memoryLimit`; undefined for any other error. */
export function memoryLimitErrorFrom(error: unknown, memoryLimit: string): MemoryLimitError | undefined {
  return error instanceof Error && outOfMemory.test(error.message) ? new MemoryLimitError(memoryLimit, {cause: error}) : undefined;
}
