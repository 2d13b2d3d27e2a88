import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";

// What the 数据下载 page says about its files, checked against what the site and the pipeline do.
const root = new URL("../..", import.meta.url).pathname;
const page = readFileSync(`${root}src/downloads.md`, "utf8");
/** The prose of the page: its lines outside ```js blocks. */
const prose = page.split(/```js[\s\S]*?```/).join("");

describe("src/downloads.md", () => {
  test("src/downloads.md names every file the site's pages read that it does not offer, instead of calling its files the site's data", () => {
    const offered = new Set([...page.matchAll(/\["([^"]+)", FileAttachment\(/g)].map((m) => m[1]));
    expect(offered.size).toBeGreaterThan(10);
    // Every data loader of the site writes one file (src/data/<file>.ts → <file>); the pages read an
    // archive's members (src/data/villages.tar.ts → villages/<member>), so it is named by its folder.
    const loaded = readdirSync(`${root}src/data`).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, "").replace(/\.(tar|zip|tgz|tar\.gz)$/, "/"));
    expect(loaded).toContain("villages/");
    const notOffered = loaded.filter((file) => !offered.has(file));
    expect(notOffered).toContain("bulletin.json");
    expect(notOffered).toContain("projection_summary/");
    for (const file of notOffered) expect(prose, file).toContain(file);
    expect(prose).not.toContain("与本网站图表所用数据完全相同");
  });

  test("src/downloads.md offers datapackage.json with a description, and says above the files what it is for", () => {
    expect(page).toContain(`["datapackage.json", FileAttachment("data/datapackage.json").href]`);
    expect(/\n  datapackage: "数据包描述文件\(Frictionless Data Package[^"]*"/.test(page)).toBe(true);
    const sentence = /[^。]*`datapackage\.json`[^。]*。/.exec(prose)?.[0] ?? "";
    expect(sentence).toContain("Frictionless Data Package");
    expect(sentence).toContain("同一文件夹");
  });

  test("src/downloads.md lists every first character that gets the apostrophe in the CSVs (csv_safe_text in loaders/store/macros.sql)", () => {
    const macros = readFileSync(`${root}loaders/store/macros.sql`, "utf8");
    const characterClass = /csv_safe_text[\s\S]*?regexp_matches\(s, '\^\[([^\]]+)\]'\)/.exec(macros)?.[1];
    expect(characterClass).toBeDefined();
    const names: Record<string, string> = {"\\t": "制表符", "\\r": "回车", "\\-": "-"};
    const characters = (characterClass as string).match(/\\.|./gu)!.map((c) => names[c] ?? c);
    expect(characters).toEqual(["=", "+", "-", "−", "@", "制表符", "回车"]);
    const sentence = /[^。]*防公式|[^。;]*撇号[^。;]*/.exec(prose)?.[0] ?? "";
    expect(sentence).toContain(`以 ${characters.slice(0, -2).join("、")}、${characters.at(-2)}或${characters.at(-1)}开头`);
  });
});
