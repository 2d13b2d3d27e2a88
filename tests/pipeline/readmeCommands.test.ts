// README.md § Commands against the code, both ways: every command line of the project (each file that
// reads its arguments with cliArguments) has a row naming every option it declares and every
// environment variable it reads, and a row names no option its command does not take; every npm script
// a document names exists, and every script is documented.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative, resolve} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {cliOptionsFromSource} from "../support/cliOptionsFromSource.ts";

const root = resolve(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {scripts: Record<string, string>}).scripts;

/** Files below `dir` (relative to the project) whose name ends with one of `extensions`. */
function filesBelow(dir: string, extensions: string[]): string[] {
  return readdirSync(join(root, dir), {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : filesBelow(path, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** The section of README.md from the heading `## title` to the next `## ` heading. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section ## ${title}`);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Every `--option` a text names, without the dashes. */
const optionsIn = (text: string): string[] => [...text.matchAll(/(?<![\w-])--([a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*)/g)].map((m) => m[1]!);

/** Every environment variable a file of code reads (`process.env.X`, `env.X`, `env["X"]`). */
const envReadIn = (text: string): string[] => [...text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)\b|\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\])/g)].map((m) => (m[1] ?? m[2])!);

/** The local .ts files `file` imports, and theirs, `file` included. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(root, file), "utf8");
  for (const m of text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+\.ts)"|\bimport\(\s*"(\.{1,2}\/[^"]+\.ts)"\s*\)/g)) {
    const imported = relative(root, resolve(root, dirname(file), (m[1] ?? m[2])!));
    if (existsSync(join(root, imported))) withImports(imported, seen);
  }
  return seen;
}

/** README § Commands as rows: the command (the first code span, before any ` -- `) and the row's text, with the subsections it links to. */
const commands = section("Commands");
const subsections = new Map(
  [...commands.matchAll(/^### (.+)$/gm)].map((m) => {
    const start = m.index!;
    const end = commands.indexOf("\n### ", start + 1);
    return [`#${m[1]!.toLowerCase().replace(/\s+/g, "-")}`, commands.slice(start, end < 0 ? undefined : end)];
  })
);
const rows = commands
  .split("\n")
  .filter((line) => /^\| `/.test(line))
  .map((line) => {
    const command = /^\| `([^`]+)`/.exec(line)![1]!.split(" -- ")[0]!.trim();
    const linked = [...line.matchAll(/\]\((#[^)]+)\)/g)].map((m) => subsections.get(m[1]!) ?? "");
    return {command, text: [line, ...linked].join("\n")};
  });

/** The command lines: every file of loaders/ that reads its arguments with cliArguments. */
const clis = filesBelow("loaders", [".ts"]).filter((file) => /^(?:const \w+ = )?cliArguments\(/m.test(readFileSync(join(root, file), "utf8")));

/** How README may name what runs `file`: its path, or `npm run <script>` (`npm start`, `npm test`) for each script that runs it with tsx. */
function commandsOf(file: string): string[] {
  const runs = Object.entries(scripts).filter(([, command]) => command.split(/\s*&&\s*/).some((part) => part === `tsx ${file}` || part.startsWith(`tsx ${file} `)));
  return [file, ...runs.map(([name]) => (name === "start" || name === "test" ? `npm ${name}` : `npm run ${name}`))];
}
const rowsOf = (file: string) => rows.filter((row) => commandsOf(file).includes(row.command));

const temp = mkdtempSync(join(tmpdir(), "readme-commands-"));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

describe("cliOptionsFromSource", () => {
  test("cliOptionsFromSource(file) reads the options given to cliArguments inline or as a const, and throws for a file without the call", () => {
    const inline = join(temp, "inline.ts");
    writeFileSync(inline, `const values = cliArguments({villages: {type: "string"}, "data-dir": {type: "string"}}, usage);\n`);
    expect(cliOptionsFromSource(inline)).toEqual(["villages", "data-dir"]);
    const constant = join(temp, "constant.ts");
    writeFileSync(constant, `const options = {input: {type: "string"}, "min-cell": {type: "string"}} as const;\nconst values = cliArguments(options, usage);\n`);
    expect(cliOptionsFromSource(constant)).toEqual(["input", "min-cell"]);
    const none = join(temp, "none.ts");
    writeFileSync(none, `const values = parseArgs({options: {x: {type: "string"}}}).values;\n`);
    expect(() => cliOptionsFromSource(none)).toThrow(/0 calls of cliArguments/);
  });
});

describe("README.md § Commands", () => {
  test("README.md § Commands is read as rows, and the command lines are found (the checks below can fail)", () => {
    expect(rows.map((row) => row.command)).toContain("npm run pipeline");
    expect(rows.find((row) => row.command === "npm run pipeline")!.text).toContain("--max-rejected-share"); // from § Pipeline options
    expect(clis).toContain("loaders/cli.ts");
    expect(clis).toContain("loaders/bench/cli.ts");
    expect(commandsOf("loaders/cli.ts")).toContain("npm run pipeline");
    expect(commandsOf("loaders/site/startCli.ts")).toContain("npm start");
  });

  test("README.md § Commands has a row for every command line (every file reading its arguments with cliArguments), by npm script or path", () => {
    expect(clis.filter((file) => rowsOf(file).length === 0)).toEqual([]);
  });

  test("README.md § Commands names every option each command line declares (--help: the sentence under the table)", () => {
    expect(commands).toMatch(/answers `--help` \(or `-h`\) with its usage on stdout/);
    const missing = clis.flatMap((file) => {
      const documented = rowsOf(file).flatMap((row) => optionsIn(row.text));
      return cliOptionsFromSource(join(root, file)).filter((option) => option !== "help" && !documented.includes(option)).map((option) => `${file}: --${option}`);
    });
    expect(missing).toEqual([]);
  });

  test("README.md § Commands gives a command no option it does not declare", () => {
    const declared = new Map(clis.flatMap((file) => commandsOf(file).map((command) => [command, cliOptionsFromSource(join(root, file))] as const)));
    expect(declared.get("npm run sample")).toContain("seed");
    // build, dev and typecheck pass their arguments to other programs (Observable Framework, tsc), whose options these are not.
    const extra = rows
      .filter((row) => declared.has(row.command))
      .flatMap((row) => optionsIn(row.text).filter((option) => !declared.get(row.command)!.includes(option)).map((option) => `${row.command}: --${option}`));
    expect(extra).toEqual([]);
  });

  test("README.md § Commands names a command that exists in every row: an npm script of package.json or a file", () => {
    const unknown = rows.map((row) => row.command).filter((command) => {
      const script = /^npm (?:run ([\w:-]+)|(start|test))$/.exec(command);
      return script ? !(script[1] ?? script[2]! in scripts) : !existsSync(join(root, command));
    });
    expect(unknown).toEqual([]);
  });

  test("README.md § Commands names every environment variable each command line reads, through its imports", () => {
    const missing = clis.flatMap((file) => {
      const documented = rowsOf(file).map((row) => row.text).join("\n");
      const read = [...withImports(file)].flatMap((f) => envReadIn(readFileSync(join(root, f), "utf8")));
      return [...new Set(read)].filter((name) => !new RegExp(`\\b${name}\\b`).test(documented)).map((name) => `${file}: ${name}`);
    });
    expect(missing).toEqual([]);
  });
});

describe("README.md and the environment", () => {
  const code = [...filesBelow("loaders", [".ts"]), ...filesBelow("src", [".ts", ".js", ".md"]), "observablehq.config.ts"];
  const read = new Set(code.flatMap((file) => envReadIn(readFileSync(join(root, file), "utf8"))));

  test("README.md names every environment variable the pipeline, the site and its build read", () => {
    expect(read).toContain("POP_DATA_DIR");
    expect([...read].filter((name) => !new RegExp(`\\b${name}\\b`).test(readme))).toEqual([]);
  });

  test("README.md names no environment variable that no code reads", () => {
    // A variable is written NAME=value, or is one of the project's own, POP_….
    const named = new Set([...readme.matchAll(/\b([A-Z][A-Z0-9_]*)=|\b(POP_[A-Z0-9_]+)\b/g)].map((m) => (m[1] ?? m[2])!));
    expect(named).toContain("PORT");
    expect([...named].filter((name) => !read.has(name))).toEqual([]);
  });
});

describe("npm scripts", () => {
  test("every npm script the documents and the code name is in package.json", () => {
    const files = ["README.md", "BENCHMARKS.md", ...filesBelow("loaders", [".md", ".ts"]), ...filesBelow("src", [".md"])];
    const named = files.flatMap((file) =>
      [...readFileSync(join(root, file), "utf8").matchAll(/\bnpm (?:run ([a-z][\w:-]*[\w])|(start|test)\b)/g)].map((m) => ({file, script: (m[1] ?? m[2])!}))
    );
    expect(named.map((n) => n.script)).toContain("readme:backtest");
    expect(named.filter((n) => !(n.script in scripts)).map((n) => `${n.file}: npm run ${n.script}`)).toEqual([]);
  });

  test("README.md § Commands has a row for every npm script of package.json but npm test (the section's first line; pre- and post- hooks run with theirs)", () => {
    expect(commands).toContain("Besides `npm test`");
    const listed = rows.map((row) => row.command);
    const missing = Object.keys(scripts).filter((name) => name !== "test" && !/^(pre|post)/.test(name) && !listed.includes(name === "start" ? "npm start" : `npm run ${name}`));
    expect(missing).toEqual([]);
  });
});
