import {defineConfig} from "vitest/config";

export default defineConfig({
  // The site's components import npm packages as Framework spells them (npm:d3); in Node they are the
  // same packages from node_modules.
  resolve: {alias: [{find: /^npm:(.*)$/, replacement: "$1"}]},
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // DuckDB and the site build each use both cores; run files one at a time to keep runs repeatable.
    fileParallelism: false,
    env: {TZ: "UTC"}
  }
});
