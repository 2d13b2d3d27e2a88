/** Defaults of `npm run bench`. */
export const benchDefaults = {
  /** Register sizes: people on the register's first day. */
  sizes: [100_000, 1_000_000, 5_000_000],
  /** Villages of each size (300 at the largest: a county). */
  villages: {100_000: 30, 1_000_000: 100, 5_000_000: 300} as Record<number, number>,
  /** Villages of a size not listed above. */
  villagesOtherwise: 30,
  /** 12 years, as the bundled sample. */
  startYear: 2014,
  endYear: 2025,
  seed: 20_140_101,
  /** Generated registers (git-ignored), one folder per size. */
  dataDir: "bench-data",
  out: "BENCHMARKS.md",
  /** DuckDB memory_limit of the pipeline runs. */
  memoryLimit: "2GB",
  /**
   * memory_limit of a second run at the largest size: with half the memory DuckDB must spill more, so
   * its peak RSS falls and its outputs stay byte-identical if the bound is real.
   */
  lowMemoryLimit: "1GB",
  /** Threads of DuckDB (the machine's 2 shared cores). */
  threads: 2
} as const;
