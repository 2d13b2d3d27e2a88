import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {discoverExtract} from "../../loaders/read/index.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";
import {rejection, removeTempDirs, tempDir, writeIn} from "./helpers.ts";

afterEach(removeTempDirs);

async function extractWith(names: string[]): Promise<string> {
  const dir = await tempDir();
  for (const name of names) await writeIn(dir, name, "x\n");
  return dir;
}

describe("discoverExtract", () => {
  test("discoverExtract(dir) maps files to tables by stem, whatever the case or width", async () => {
    const dir = await extractWith([
      "villages.csv",
      "人员.xlsx",
      "Residence.CSV",
      "ＦＵＮＤＩＮＧ.txt",
      "extract.json",
      "Villages.GeoJSON",
      "说明.docx",
      "~$人员.xlsx"
    ]);
    await mkdir(join(dir, "old"));
    const found = await discoverExtract(dir);
    expect(found).toEqual({
      dir,
      tables: {
        villages: {file: "villages.csv", path: join(dir, "villages.csv"), format: "csv"},
        persons: {file: "人员.xlsx", path: join(dir, "人员.xlsx"), format: "xlsx"},
        residence: {file: "Residence.CSV", path: join(dir, "Residence.CSV"), format: "csv"},
        funding: {file: "ＦＵＮＤＩＮＧ.txt", path: join(dir, "ＦＵＮＤＩＮＧ.txt"), format: "csv"}
      },
      metaFile: join(dir, "extract.json"),
      boundariesFile: join(dir, "Villages.GeoJSON"),
      ignoredFiles: ["old/", "~$人员.xlsx", "说明.docx"]
    });
  });

  test("discoverExtract(dir) rejects two files for one table, naming both", async () => {
    const dir = await extractWith(["villages.csv", "persons.csv", "人员.xlsx", "residence.csv"]);
    const error = await rejection(discoverExtract(dir));
    expect(error.message).toContain("persons.csv 和 人员.xlsx 都是“人员”表,请只保留一个 / ");
    expect(fullWidthPunctuation(error.message)).toEqual([]);
    expect(error.message).toContain("persons.csv and 人员.xlsx are both the persons table");
  });

  test("discoverExtract(dir) names a missing required table", async () => {
    const dir = await extractWith(["villages.csv", "persons.csv", "services.csv"]);
    const error = await rejection(discoverExtract(dir));
    expect(error.message).toContain("缺少必需的表 “居住登记”(residence.csv、居住登记.csv 或 .xlsx) / ");
    expect(fullWidthPunctuation(error.message)).toEqual([]);
    expect(error.message).toContain("missing required table residence");
    expect(error.message).not.toContain("persons (");
    const misnamed = await rejection(discoverExtract(await extractWith(["villages.csv", "persons.csv", "居住 登记.csv"])));
    expect(misnamed.message).toContain("(residence.csv、居住登记.csv 或 .xlsx);未识别的文件:居住 登记.csv / ");
  });

  test("discoverExtract(dir) rejects a table saved as .xls and ignores other spreadsheets", async () => {
    const error = await rejection(discoverExtract(await extractWith(["villages.csv", "人员.xls", "residence.csv"])));
    expect(error.message).toBe("人员.xls:文件类型不对,请另存为 .xlsx 或 .csv / 人员.xls: wrong file type: save it as .xlsx or .csv");
    expect(error.file).toBe("人员.xls");
    for (const name of ["Persons.XLSB", "persons.ods"]) {
      const other = await rejection(discoverExtract(await extractWith(["villages.csv", name, "residence.csv"])));
      expect(other.message).toContain(`${name}: wrong file type`);
    }
    const found = await discoverExtract(await extractWith(["villages.csv", "persons.csv", "residence.csv", "备份.xls"]));
    expect(found.ignoredFiles).toEqual(["备份.xls"]);
  });

  test("discoverExtract(dir) rejects a folder that does not exist", async () => {
    const dir = join(await tempDir(), "nope");
    const error = await rejection(discoverExtract(dir));
    expect(error.message).toBe(`找不到数据文件夹:${dir} / extract folder not found: ${dir}`);
  });
});
