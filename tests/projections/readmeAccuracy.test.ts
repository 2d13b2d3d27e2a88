import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {readmeAccuracy, readmeMarkers} from "../../loaders/projections/readmeAccuracy.ts";

describe("README backtest figures", () => {
  test("readmeAccuracy(outputs of data/sample) is the table in README.md (run npm run readme:backtest after a change)", async () => {
    const outputs = await ensurePipelineOutputs("data/sample");
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf(readmeMarkers.start), readme.indexOf(readmeMarkers.end) + readmeMarkers.end.length);
    expect(section).toBe(readmeAccuracy(outputs));
  });
});
