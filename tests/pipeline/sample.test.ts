import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3";
import {beforeAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {runPipeline, type PipelineResult} from "../../loaders/runPipeline.ts";
import {plantedFlawsFromReadme} from "../sample/sampleHelpers.ts";

// The bundled sample town, run as the dashboard runs it.
const out = join(mkdtempSync(join(tmpdir(), "sample-out-")), "out");
let result: PipelineResult;
beforeAll(async () => {
  result = await runPipeline({input: "data/sample", out});
});

// What each planted flaw (loaders/sample/README.md) must become in the validation report.
const expectedOutcome: Record<string, {kind: "rejects" | "warnings"; reason: string}> = {
  duplicate_person: {kind: "rejects", reason: "duplicate"},
  id_check_digit: {kind: "warnings", reason: "id_number_check_digit"},
  id_birth_date: {kind: "warnings", reason: "id_number_birth_date"},
  mother_not_female: {kind: "warnings", reason: "mother_not_female"},
  end_without_reason: {kind: "rejects", reason: "end_date_without_end_reason"},
  unknown_village: {kind: "rejects", reason: "unknown_village"},
  duplicate_service: {kind: "warnings", reason: "services_summed"}
};

describe("the bundled sample", () => {
  test("runPipeline on data/sample reports every flaw planted in it, at its file and row", () => {
    const flaws = plantedFlawsFromReadme(readFileSync("loaders/sample/README.md", "utf8"));
    expect(flaws.length).toBeGreaterThan(5);
    for (const flaw of flaws) {
      const outcome = expectedOutcome[flaw.kind];
      expect(outcome, `no expected outcome for planted flaw ${flaw.kind}`).toBeDefined();
      const list = outcome.kind === "rejects" ? result.quality.rejects_by_reason : result.quality.warnings_by_reason;
      const entry = list.find((r) => r.file === flaw.file && r.reason === outcome.reason);
      expect(entry?.rows, `${flaw.file} row ${flaw.row} ${flaw.kind}`).toContain(flaw.row);
    }
  });

  test("runPipeline on data/sample rejects nothing but the planted flaws", () => {
    const planted = plantedFlawsFromReadme(readFileSync("loaders/sample/README.md", "utf8")).filter((f) => expectedOutcome[f.kind].kind === "rejects");
    const rejected = result.quality.files.reduce((n, f) => n + f.rejected, 0);
    expect(rejected).toBe(planted.length);
    for (const file of result.quality.files) expect(file.read, file.file).toBe(file.accepted + file.rejected);
  });

  test("village_year of the sample balances for every village, TOWN and year", () => {
    const rows = csvParse(csvTextFromFile(join(out, "village_year.csv")));
    expect(rows.length).toBe(12 * 11);
    for (const r of rows) {
      const balance = +r.pop_start! + +r.births! - +r.deaths! + +r.in_migrants! - +r.out_migrants!;
      expect(+r.pop_end!, `${r.year} ${r.village_code}`).toBe(balance);
    }
    expect(result.quality.balance).toEqual({rows_checked: 132, rows_failed: 0});
  });

  test("village_year of the sample: TOWN counts are the sums of the villages' counts", () => {
    const rows = csvParse(csvTextFromFile(join(out, "village_year.csv")));
    for (const year of new Set(rows.map((r) => r.year))) {
      const villages = rows.filter((r) => r.year === year && r.village_code !== "TOWN");
      const town = rows.find((r) => r.year === year && r.village_code === "TOWN")!;
      for (const column of ["pop_start", "pop_end", "births", "deaths", "pop_end_migrant", "pop_65_plus", "funding_yuan"]) {
        const sum = villages.reduce((n, r) => n + +r[column]!, 0);
        // Funding: TOWN also takes the money not attributed to a village.
        if (column === "funding_yuan") expect(+town[column]!).toBeGreaterThanOrEqual(sum);
        else expect(+town[column]!, `${year} ${column}`).toBe(sum);
      }
      // Moves between villages cancel out in the town: its migrants are fewer than the villages' sum.
      expect(+town.in_migrants!).toBeLessThanOrEqual(villages.reduce((n, r) => n + +r.in_migrants!, 0));
    }
  });
});
