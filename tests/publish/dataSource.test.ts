import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import config from "../../observablehq.config.ts";
import {dataSource} from "../../loaders/publish/dataSource.ts";

// The site names the data source in the bulletin's words (loaders/publish/dataSource.ts), never as
// 户籍登记 alone: the register holds the migrant population too.
const root = new URL("../..", import.meta.url).pathname;
const page = (name: string) => readFileSync(`${root}src/${name}`, "utf8");

describe("dataSource", () => {
  test("dataSource names the 全员人口信息库 with both 户籍 and 流动 populations, and no agency", () => {
    expect(dataSource).toContain("全员人口信息库");
    expect(dataSource).toContain("户籍人口");
    expect(dataSource).toContain("流动人口");
    expect(dataSource).not.toContain("公安");
  });
  test("dataSource is the source named by the site's footer, 总览, 年度公报 and 数据下载", () => {
    expect(config.footer).toContain(`数据来自${dataSource}`);
    expect(page("index.md")).toContain(`数据来自${dataSource}`);
    expect(page("bulletin.md")).toContain(dataSource);
    expect(page("downloads.md")).toContain(`数据来自本镇${dataSource}`);
  });
  test("dataSource: no page or the footer says the data came from the 户籍 register alone", () => {
    for (const text of [config.footer, page("index.md"), page("bulletin.md"), page("downloads.md")]) {
      expect(text).not.toMatch(/户籍登记提取|公安户籍/);
    }
  });
});
