import {join} from "node:path";
import {csvFormat} from "d3";
import {describe, expect, test} from "vitest";
import {projectionSummary} from "../../loaders/projections/projectionSummary.ts";
import {projectionSummaryView} from "../../loaders/projections/projectionSummaryView.ts";
import {pipelineOutputsDir} from "../../loaders/site/pipelineOutputsDir.ts";
import {csvRowsByCsvParse} from "../support/csvRowsByCsvParse.ts";
import {writeSmallTown} from "../support/smallTown.ts";
import {runLoader, tarMembers} from "./siteLoaders.ts";

describe("人口预测's summaries (src/data/projection_summary.tar.ts)", () => {
  for (const [name, env] of [["the sample town", {}], ["a town of two villages with POP_MIN_CELL=2", {POP_DATA_DIR: writeSmallTown(), POP_MIN_CELL: "2"}]] as const) {
    test(`src/data/projection_summary.tar.ts on ${name} holds summary.csv and view.json as projectionSummary and projectionSummaryView make them from the downloads; the same bytes twice`, async () => {
      const tar = runLoader("projection_summary.tar.ts", env);
      const members = tarMembers(tar);
      expect([...members.keys()]).toEqual(["summary.csv", "view.json"]);
      const outputs = await pipelineOutputsDir({POP_DATA_DIR: "data/sample", ...env});
      const projections = csvRowsByCsvParse(join(outputs, "projections.csv"), ["base_year", "year", "population", "lower_80", "upper_80", "lower_95", "upper_95"]) as never;
      const villageYear = csvRowsByCsvParse(join(outputs, "village_year.csv"), ["year", "births", "pop_6_14", "pop_end"]) as never;
      const births = csvRowsByCsvParse(join(outputs, "projection_births.csv"), ["base_year", "births_per_year"]) as never;
      const summary = projectionSummary({projections, births, observedBirths: villageYear, observedSchoolAge: villageYear});
      expect((projections as unknown[]).length).toBeGreaterThan(0);
      expect(summary.length).toBeGreaterThan(0);
      expect(members.get("summary.csv")).toBe(csvFormat(summary) + "\n");
      expect(members.get("view.json")).toBe(JSON.stringify(projectionSummaryView({projections, villageYear})));
      // Deterministic: the same outputs give the same bytes.
      expect(runLoader("projection_summary.tar.ts", env).equals(tar)).toBe(true);
    }, 300_000);
  }
});
