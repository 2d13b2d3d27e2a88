// README.md § The site's table of pages against the site: observablehq.config.ts's pages (sidebar
// titles and paths) and the page files in src/ (paths and front-matter titles), both ways.
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, test} from "vitest";
import config from "../../observablehq.config.ts";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** A page as "title path", e.g. "村居 /villages". */
const key = (title: string, path: string) => `${title} ${path}`;

/** README.md § The site's table: one "title path" per row (the columns page and path). */
function readmePages(): string[] {
  const start = readme.indexOf("\n## The site\n");
  const text = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const lines = text.split("\n").filter((line) => line.startsWith("| "));
  expect(lines[0]).toMatch(/^\| page \| path \| /);
  return lines.slice(2).map((line) => {
    const [title, path] = line.split(" | ").map((cell) => cell.replace(/^\| /, "").trim());
    return key(title!, /^`([^`]+)`$/.exec(path!)?.[1] ?? `(not a path: ${path})`);
  });
}

/** The Markdown pages of src/ as "title path": the path from the file's name (`[code]` → `<code>`), the title from its front matter. */
function sourcePages(dir = join(root, "src")): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") || entry.name === "components" || entry.name === "data" ? [] : sourcePages(file);
    if (!entry.name.endsWith(".md")) return [];
    const path = `/${relative(join(root, "src"), file).replace(/\.md$/, "").replace(/\[(\w+)\]/g, "<$1>")}`.replace(/^\/index$/, "/");
    const title = /^---\n[\s\S]*?^title:\s*(.+)$[\s\S]*?^---$/m.exec(readFileSync(file, "utf8"))?.[1]?.trim() ?? "(no title)";
    return [key(title, path)];
  });
}

describe("README.md § The site", () => {
  const inReadme = readmePages();

  test("README.md § The site's table is read as pages, and so are src/ and the config (the checks below can fail)", () => {
    expect(inReadme).toContain(key("总览", "/"));
    expect(sourcePages()).toContain(key("村居详情", "/villages/<code>"));
    expect(config.pages.length).toBeGreaterThan(5);
  });

  test("README.md § The site lists every page of observablehq.config.ts's sidebar, under its title and path", () => {
    expect(config.pages.map((page) => key(page.name, page.path)).filter((page) => !inReadme.includes(page))).toEqual([]);
  });

  test("README.md § The site lists no page that is neither in observablehq.config.ts's sidebar nor a parameterized page of src/", () => {
    const pages = [...config.pages.map((page) => key(page.name, page.path)), ...sourcePages().filter((page) => page.includes("<"))];
    expect(inReadme.filter((page) => !pages.includes(page))).toEqual([]);
  });

  test("README.md § The site lists every page file of src/, under its front-matter title and path", () => {
    expect(sourcePages().filter((page) => !inReadme.includes(page))).toEqual([]);
  });

  test("README.md § The site lists no page without its file in src/", () => {
    const files = sourcePages();
    expect(inReadme.filter((page) => !files.includes(page))).toEqual([]);
  });
});
