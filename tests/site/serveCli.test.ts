// The server of `npm start` serves the folder the build just wrote: POP_SITE_OUTPUT when it is set.
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {runCli, stackTrace} from "../hostile/runCli.ts";

const root = mkdtempSync(join(tmpdir(), "serve-cli-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("serveCli", () => {
  test("serveCli without --dist looks for the site in POP_SITE_OUTPUT, where the build wrote it (a missing one: exit 1, naming it)", async () => {
    const site = join(root, "never-built");
    const result = await runCli([], {script: "loaders/site/serveCli.ts", env: {...process.env, POP_SITE_OUTPUT: site, PORT: "0"}, timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toBe(`找不到 ${site}:请先运行 npm run build\n`);
    expect(result.stderr).not.toMatch(stackTrace);
  });

  test("serveCli --dist DIR looks for the site in DIR, whatever POP_SITE_OUTPUT says", async () => {
    const site = join(root, "given");
    const result = await runCli(["--dist", site], {script: "loaders/site/serveCli.ts", env: {...process.env, POP_SITE_OUTPUT: join(root, "other"), PORT: "0"}, timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toBe(`找不到 ${site}:请先运行 npm run build\n`);
  });
});
