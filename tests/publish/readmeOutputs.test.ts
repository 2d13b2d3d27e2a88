import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";

// README's Outputs table against what `npm run pipeline` writes on the bundled sample.
const root = new URL("../..", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");
const outputsSection = readme.slice(readme.indexOf("## Outputs"), readme.indexOf("## Definitions"));

describe("README.md § Outputs", () => {
  test("README.md § Outputs has a row for every file the pipeline writes", async () => {
    const {ensurePipelineOutputs} = await import("../../loaders/publish/ensurePipelineOutputs.ts");
    const dir = await ensurePipelineOutputs("data/sample");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {outputs: {file: string}[]};
    const files = [...manifest.outputs.map((o) => o.file), "manifest.json"];
    expect(files).toContain("projection_births.parquet");
    const rows = outputsSection.split("\n").filter((line) => line.startsWith("| `"));
    for (const file of files) {
      const [base, extension] = [file.replace(/\.[^.]+$/, ""), file.slice(file.lastIndexOf("."))];
      // A row names `name.csv` / `.parquet`, or the file whole.
      const named = rows.some((row) => row.includes(`\`${file}\``) || (row.includes(`\`${base}.`) && row.includes(`\`${extension}\``)));
      expect(named, file).toBe(true);
    }
  });

  test("README.md § Outputs gives the default of --out as the CLI's --help does", () => {
    const help = spawnSync("npx", ["tsx", "loaders/cli.ts", "--help"], {cwd: root, encoding: "utf8"});
    const cliDefault = /--out DIR[^\n]*\(default (\S+?);/.exec(help.stdout)?.[1];
    expect(cliDefault).toBeDefined();
    expect(outputsSection).toContain(`\`--out\` (default \`${cliDefault}\``);
  });
});
