import {parse} from "csv-parse/sync";
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {ageSexOracle} from "./oracle/ageSexOracle.ts";
import {oracleRegisterFromFolder, type OracleRegister} from "./oracle/oracleRegister.ts";
import {servicesOracle} from "./oracle/servicesOracle.ts";
import {tableMismatches, type Comparison} from "./oracle/tableMismatches.ts";
import {villageYearOracle} from "./oracle/villageYearOracle.ts";

// The bundled sample run through the pipeline, and the same extract recomputed by the oracle in
// tests/indicators/oracle/ from the wording of data_dictionary.csv and README's Definitions. The
// oracle takes nothing of the pipeline's work but rejects.csv (which rows do not count).
const input = "data/sample";
const out = join(mkdtempSync(join(tmpdir(), "oracle-out-")), "out");
type TextRow = {[column: string]: string};
const csvRows = (file: string): TextRow[] => parse(readFileSync(join(out, file)), {columns: true, bom: true}) as TextRow[];
let register: OracleRegister;
let comparisonOf: (column: string) => Comparison;

beforeAll(async () => {
  await runPipeline({input, out});
  register = oracleRegisterFromFolder(input, join(out, "rejects.csv"));
  // Counts (whole numbers, and 人 such as pop_avg's halves) compare exactly, rates and ratios to 1e-9 relative.
  const dictionary = csvRows("data_dictionary.csv");
  comparisonOf = (column) => {
    const entry = dictionary.find((d) => d.name === column);
    return entry && entry.type === "DOUBLE" && entry.unit !== "人" ? "relative" : "exact";
  };
});

/** The first differences, one a line, so a failure names column, village, year and both values. */
function report(messages: string[]): string {
  return `${messages.length} differences between the pipeline and the dictionary's definitions:\n${messages.slice(0, 30).join("\n")}`;
}

describe("the data dictionary recomputed on the sample (oracle)", () => {
  test("oracleRegisterFromFolder(sample, rejects.csv) leaves out exactly the rows the pipeline rejected", () => {
    const rejects = csvRows("rejects.csv");
    const rows = (file: string): number => (parse(readFileSync(join(input, file)), {columns: true, bom: true}) as unknown[]).length;
    const rejected = (file: string): number => rejects.filter((r) => r.file === file).length;
    expect(rejects.length).toBeGreaterThan(0);
    expect(register.persons.size).toBe(rows("persons.csv") - rejected("persons.csv"));
    expect(register.spells.length).toBe(rows("residence.csv") - rejected("residence.csv"));
  });

  test("village_year.csv: every column of every village, TOWN and year is what its definition says", () => {
    const oracle = villageYearOracle(register);
    expect(oracle.length).toBe(12 * 11);
    const messages = tableMismatches(csvRows("village_year.csv"), oracle, ["year", "village_code"], comparisonOf);
    expect(messages, report(messages)).toEqual([]);
  });

  test("age_sex.csv: the year-end population by sex and five-year age group is what its definition says", () => {
    const oracle = ageSexOracle(register);
    expect(oracle.length).toBe(12 * 11 * 2 * 18);
    const messages = tableMismatches(csvRows("age_sex.csv"), oracle, ["year", "village_code", "sex", "age_group"], comparisonOf);
    expect(messages, report(messages)).toEqual([]);
  });

  test("services.csv: eligible, served and coverage of every year, village, TOWN and project are what their definitions say", () => {
    const oracle = servicesOracle(register);
    expect(oracle.length).toBeGreaterThan(0);
    const messages = tableMismatches(csvRows("services.csv"), oracle, ["year", "village_code", "project"], comparisonOf);
    expect(messages, report(messages)).toEqual([]);
  });
});
