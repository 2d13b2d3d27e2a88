import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // DuckDB and the site build each use both cores; run files one at a time to keep runs repeatable.
    fileParallelism: false,
    env: {TZ: "UTC"}
  }
});
