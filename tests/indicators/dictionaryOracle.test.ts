import {parse} from "csv-parse/sync";
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {ageSexOracle} from "./oracle/ageSexOracle.ts";
import {oracleRegisterFromFolder, type OracleRegister} from "./oracle/oracleRegisterFromFolder.ts";
import {servicesOracle} from "./oracle/servicesOracle.ts";
import {tableMismatches, type Comparison} from "./oracle/tableMismatches.ts";
import {villageYearOracle} from "./oracle/villageYearOracle.ts";
import {writeEdgeCaseExtract} from "./oracle/writeEdgeCaseExtract.ts";
import {writeSmallVillagesTown} from "../support/smallVillagesTown.ts";

// An extract run through the pipeline, and the same extract recomputed by the oracle in
// tests/indicators/oracle/ from the wording of data_dictionary.csv and README's Definitions. The
// oracle takes nothing of the pipeline's work but rejects.csv (which rows do not count).
type TextRow = {[column: string]: string};

interface OracleRun {
  input: string;
  csvRows: (file: string) => TextRow[];
  register: OracleRegister;
  /** Counts (whole numbers, and 人 such as pop_avg's halves) compare exactly, rates and ratios to 1e-9 relative. */
  comparisonOf: (column: string) => Comparison;
}

async function oracleRun(input: string): Promise<OracleRun> {
  const out = join(mkdtempSync(join(tmpdir(), "oracle-out-")), "out");
  await runPipeline({input, out});
  const csvRows = (file: string): TextRow[] => parse(readFileSync(join(out, file)), {columns: true, bom: true}) as TextRow[];
  const dictionary = csvRows("data_dictionary.csv");
  return {
    input,
    csvRows,
    register: oracleRegisterFromFolder(input, join(out, "rejects.csv")),
    comparisonOf: (column) => {
      const entry = dictionary.find((d) => d.name === column);
      return entry && entry.type === "DOUBLE" && entry.unit !== "人" ? "relative" : "exact";
    }
  };
}

/** The first differences, one a line, so a failure names column, village, year and both values. */
function report(messages: string[]): string {
  return `${messages.length} differences between the pipeline and the dictionary's definitions:\n${messages.slice(0, 30).join("\n")}`;
}

const extracts = [
  {name: "the bundled sample", folder: () => "data/sample", years: 12, villages: 10},
  {name: "the edge-case town", folder: () => {
    const folder = mkdtempSync(join(tmpdir(), "oracle-edge-"));
    writeEdgeCaseExtract(folder);
    return folder;
  }, years: 2, villages: 4},
  // Villages of 25 and 80 people, one emptied by 2021 and one founded in 2021, beside four generated ones (zero denominators, years without births).
  {name: "a town with small villages", folder: () => writeSmallVillagesTown(mkdtempSync(join(tmpdir(), "oracle-small-"))), years: 12, villages: 8}
];

describe.each(extracts)("the data dictionary recomputed on $name (oracle)", ({folder, years, villages}) => {
  let run: OracleRun;
  beforeAll(async () => {
    run = await oracleRun(await folder());
  });

  test("oracleRegisterFromFolder(input, rejects.csv) leaves out exactly the rows the pipeline rejected", () => {
    const rejects = run.csvRows("rejects.csv");
    const rows = (file: string): number => (parse(readFileSync(join(run.input, file)), {columns: true, bom: true}) as unknown[]).length;
    const rejected = (file: string): number => rejects.filter((r) => r.file === file).length;
    expect(rejects.length).toBeGreaterThan(0);
    expect(run.register.persons.size).toBe(rows("persons.csv") - rejected("persons.csv"));
    expect(run.register.spells.length).toBe(rows("residence.csv") - rejected("residence.csv"));
  });

  test("village_year.csv: every column of every village, TOWN and year is what its definition says", () => {
    const oracle = villageYearOracle(run.register);
    expect(oracle.length).toBe(years * (villages + 1));
    const messages = tableMismatches(run.csvRows("village_year.csv"), oracle, ["year", "village_code"], run.comparisonOf);
    expect(messages, report(messages)).toEqual([]);
  });

  test("age_sex.csv: the year-end population by sex and five-year age group is what its definition says", () => {
    const oracle = ageSexOracle(run.register);
    expect(oracle.length).toBe(years * (villages + 1) * 2 * 18);
    const messages = tableMismatches(run.csvRows("age_sex.csv"), oracle, ["year", "village_code", "sex", "age_group"], run.comparisonOf);
    expect(messages, report(messages)).toEqual([]);
  });

  test("services.csv: eligible, served and coverage of every year, village, TOWN and project are what their definitions say", () => {
    const oracle = servicesOracle(run.register);
    expect(oracle.length).toBeGreaterThan(0);
    const messages = tableMismatches(run.csvRows("services.csv"), oracle, ["year", "village_code", "project"], run.comparisonOf);
    expect(messages, report(messages)).toEqual([]);
  });
});
