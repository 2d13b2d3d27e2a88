import {createWriteStream} from "node:fs";
import {once} from "node:events";
import {join} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {ExtractError, readTableRows, tableSpec} from "../../loaders/read/index.ts";
import {removeTempDirs, tempDir, writeIn} from "./helpers.ts";

afterEach(removeTempDirs);

describe("readTableRows", () => {
  test("readTableRows(path, spec) streams a 200,000-row file", async () => {
    const dir = await tempDir();
    const path = join(dir, "residence.csv");
    const out = createWriteStream(path);
    out.write("人员编号,村居代码,起始日期,起始原因,终止日期,终止原因\n");
    const total = 200_000;
    for (let i = 1; i <= total; i++) {
      const line = `P${i},V${i % 60},2015-01-01,期初,${i % 7 === 0 ? "2020-06-30" : ""},${i % 7 === 0 ? "死亡" : ""}\n`;
      if (!out.write(line)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");

    let count = 0;
    let last = 0;
    let ended = 0;
    for await (const {row, values} of readTableRows(path, tableSpec("residence"))) {
      count++;
      last = row;
      if (values.end_reason === "死亡") ended++;
    }
    expect(count).toBe(total);
    expect(last).toBe(total);
    expect(ended).toBe(Math.floor(total / 7));
  });

  test("readTableRows(path, spec) throws header problems at the first next()", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "villages.csv", "村居名称\n青山村\n");
    const rows = readTableRows(path, tableSpec("villages"));
    await expect(rows.next()).rejects.toThrow(ExtractError);
  });
});
