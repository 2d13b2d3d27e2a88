import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3";
import {beforeAll, describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import type {BulletinSection} from "../../loaders/bulletin/types.ts";
import {withheldWording} from "../../loaders/bulletin/withheldWording.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";

const sections: BulletinSection[] = [
  {number: "一", heading: "测试", blocks: [
    {kind: "paragraph", text: "出生率无数据;政策外多孩率无数据,无法对照不高于2.40%的目标"},
    {kind: "chart", id: "birthsDeaths", title: "图1", alt: "有1个年份的出生或死亡人口无数据。", data: []},
    {kind: "table", id: "t", title: "表1", unit: "人", columns: ["地区"], rows: [["无数据"]], footnotes: ["空白表示无数据。"]}
  ]}
];

describe("withheldWording", () => {
  test("withheldWording(sections, 0) leaves the sections as they are", () => {
    expect(withheldWording(sections, 0)).toBe(sections);
  });

  test("withheldWording(sections, 5) says 无数据或不公布 in paragraphs and chart descriptions, and leaves tables to their footnotes", () => {
    const [section] = withheldWording(sections, 5);
    const [paragraph, chart, table] = section!.blocks;
    expect(paragraph).toEqual({kind: "paragraph", text: "出生率无数据或不公布;政策外多孩率无数据或不公布,无法对照不高于2.40%的目标"});
    expect(chart!.kind === "chart" && chart!.alt).toBe("有1个年份的出生或死亡人口无数据或不公布。");
    expect(table).toBe(sections[0]!.blocks[2]);
  });

  describe("on the sample's outputs written with --min-cell 5", () => {
    const [plain, suppressed] = [join(mkdtempSync(join(tmpdir(), "withheld-")), "out"), join(mkdtempSync(join(tmpdir(), "withheld-")), "out")];
    beforeAll(async () => {
      await runPipeline({input: "data/sample", out: plain});
      await runPipeline({input: "data/sample", out: suppressed, minCell: 5});
    }, 60_000);

    test("bulletinsFromFolder(dir) says a withheld rate is 无数据或不公布, where without --min-cell it gives the rate", () => {
      const town = csvParse(readFileSync(join(suppressed, "village_year.csv"), "utf8").replace(/^\uFEFF/, "")).filter((r) => r.village_code === "TOWN");
      const withheld = town.filter((r) => r.multichild_out_of_policy_rate === "").map((r) => r.year!);
      expect(withheld.length).toBeGreaterThan(0);
      const [withSuppression, without] = [bulletinsFromFolder(suppressed).bulletins, bulletinsFromFolder(plain).bulletins];
      const familyPlanning = (doc: (typeof without)[string]) =>
        doc!.sections.find((s) => s.heading === "计划生育")!.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])).join("");
      for (const year of withheld) {
        expect(familyPlanning(withSuppression[year])).toContain("政策外多孩率无数据或不公布");
        expect(familyPlanning(without[year])).toMatch(/政策外多孩率为\d/);
      }
      // No text of any year says plainly 无数据 when a blank may be withheld.
      for (const doc of Object.values(withSuppression)) {
        const texts = doc!.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "chart" ? [b.alt] : [])));
        for (const text of texts) expect(text.replaceAll("无数据或不公布", "")).not.toContain("无数据");
      }
    });
  });
});
