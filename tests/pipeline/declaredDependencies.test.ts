import {readdirSync, readFileSync} from "node:fs";
import {builtinModules} from "node:module";
import {join, relative} from "node:path";
import {describe, expect, test} from "vitest";

const root = join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {dependencies: Record<string, string>; devDependencies: Record<string, string>};

function filesBelow(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []
  );
}

/** The packages a file imports (static, dynamic or re-export), by package name; `import type` apart, since it is gone at run time. */
function importedPackages(file: string): {runtime: string[]; types: string[]} {
  const text = readFileSync(file, "utf8");
  const runtime: string[] = [];
  const types: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)(\s+type)?\b[^"';]*?\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|^\s*import\s+"([^"]+)"/gm)) {
    const specifier = match[3] ?? match[4] ?? match[5]!;
    if (specifier.startsWith(".") || specifier.startsWith("node:") || builtinModules.includes(specifier)) continue;
    const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
    (match[2] ? types : runtime).push(name);
  }
  return {runtime, types};
}

/** "file: package" for each import of `files` whose package is not among `declared`. */
function undeclared(files: string[], declared: string[], kinds: ("runtime" | "types")[]): string[] {
  return files.flatMap((file) => kinds.flatMap((kind) => importedPackages(file)[kind]).filter((name) => !declared.includes(name)).map((name) => `${relative(root, file)}: ${name}`));
}

describe("package.json", () => {
  test("importedPackages(file) finds the package of every kind of import (the checks below can fail)", () => {
    expect(importedPackages(join(root, "loaders", "publish", "suppressedCells.ts")).types).toContain("@duckdb/node-api");
    expect(importedPackages(join(root, "tests", "publish", "suppressedCells.test.ts")).runtime).toContain("@duckdb/node-api");
    expect(importedPackages(join(root, "tests", "read", "openXlsxTable.test.ts")).runtime).toContain("jszip");
    expect(importedPackages(join(root, "loaders", "site", "prepareOfflineCache.ts")).runtime).toContain("esbuild");
  });

  test("every package the pipeline, site and bulletin code (loaders/) imports at run time is in dependencies, not only devDependencies or another package's", () => {
    expect(undeclared(filesBelow(join(root, "loaders")), Object.keys(manifest.dependencies), ["runtime"])).toEqual([]);
  });

  test("every package the tests import is declared (dependencies or devDependencies)", () => {
    const declared = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
    expect(undeclared(filesBelow(join(root, "tests")), declared, ["runtime", "types"])).toEqual([]);
    expect(undeclared(filesBelow(join(root, "loaders")), declared, ["types"])).toEqual([]);
  });
});
