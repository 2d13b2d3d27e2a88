/** Default options of the sample generator (`npm run sample` writes the bundled sample with these). */
export const sampleDefaults = {
  /** People on the register's first day. */
  people: 27_000,
  /** Villages and communities (10 makes the town 青石镇; 300 for county-size benchmarks). */
  villages: 10,
  /** Seed of d3's randomLcg. */
  seed: 20_140_101,
  startYear: 2014,
  endYear: 2025,
  /** Output folder, relative to the working directory. */
  out: "data/sample"
};

export type SampleOptions = typeof sampleDefaults;
