import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, test} from "vitest";
import {suppressionDatasets} from "../../loaders/publish/suppressionDatasets.ts";
import {suppressionRowKeys} from "../../loaders/publish/suppressionRowKeys.ts";

describe("suppressionRowKeys", () => {
  test("suppressionRowKeys(dataset) of a dataset keyed by year and village alone is '' for both keys", () => {
    expect(suppressionRowKeys(suppressionDatasets.find((d) => d.dataset === "village_year")!)).toEqual({k3: "''", k4: "''"});
  });

  test("suppressionRowKeys(dataset) and suppressionRowKeys(dataset, table) give the same key of a row, as text, '' for a NULL or a key the dataset lacks", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(`CREATE TABLE t (sex VARCHAR, age_group VARCHAR, project VARCHAR, n INTEGER);
        INSERT INTO t VALUES ('女', '5-9', 'x', 1), (NULL, '85+', NULL, 2), ('男', NULL, 'y', 3)`);
      // Rows n = 1, 2, 3 of t, each row's [k3, k4] for three datasets' keys.
      const cases: [string[], [string, string][]][] = [
        [["sex", "age_group"], [["女", "5-9"], ["", "85+"], ["男", ""]]],
        [["project"], [["x", ""], ["", ""], ["y", ""]]],
        [[], [["", ""], ["", ""], ["", ""]]]
      ];
      for (const [keys, expected] of cases) {
        const bare = suppressionRowKeys({keys});
        const named = suppressionRowKeys({keys}, '"t"');
        const rows = (await connection.runAndReadAll(`SELECT ${bare.k3} AS a3, ${bare.k4} AS a4, ${named.k3} AS b3, ${named.k4} AS b4 FROM t ORDER BY n`)).getRowObjectsJson();
        expect(rows, keys.join(",")).toEqual(expected.map(([k3, k4]) => ({a3: k3, a4: k4, b3: k3, b4: k4})));
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
