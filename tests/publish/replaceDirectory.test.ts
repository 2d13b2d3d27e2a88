import {spawn} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {replaceDirectory} from "../../loaders/publish/replaceDirectory.ts";

const root = mkdtempSync(join(tmpdir(), "replace-directory-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/**
 * A killed process that nobody has reaped yet: `sleep 0` is started in the background by a shell
 * that then becomes `sleep 5`, which never waits for it. Resolves with its pid once it has exited.
 */
function zombie(): Promise<{pid: number; release: () => void}> {
  return new Promise((resolve, reject) => {
    const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 5"], {stdio: ["ignore", "pipe", "inherit"]});
    parent.on("error", reject);
    parent.stdout.once("data", async (chunk) => {
      const pid = Number(String(chunk).trim());
      // Wait until it has exited and is a zombie.
      for (let i = 0; i < 100 && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")); i++)
        await new Promise((r) => setTimeout(r, 20));
      resolve({pid, release: () => parent.kill()});
    });
  });
}

describe("replaceDirectory", () => {
  test("replaceDirectory(target, write) swaps the written folder in and leaves nothing beside it", async () => {
    const target = join(root, "swap", "out");
    mkdirSync(target, {recursive: true});
    writeFileSync(join(target, "old.txt"), "old");
    const result = await replaceDirectory(target, async (dir) => {
      writeFileSync(join(dir, "new.txt"), "new");
      return 42;
    });
    expect(result).toBe(42);
    expect(readdirSync(target)).toEqual(["new.txt"]);
    expect(readdirSync(join(root, "swap"))).toEqual(["out"]);
  });

  test("replaceDirectory(target, write) that fails leaves the old folder as it was", async () => {
    const target = join(root, "fail", "out");
    mkdirSync(target, {recursive: true});
    writeFileSync(join(target, "old.txt"), "old");
    await expect(replaceDirectory(target, async () => Promise.reject(new Error("disk full")))).rejects.toThrow("disk full");
    expect(readdirSync(target)).toEqual(["old.txt"]);
    expect(readdirSync(join(root, "fail"))).toEqual(["out"]);
  });

  test.runIf(existsSync("/proc/self/stat"))(
    "replaceDirectory(target) clears the folders of a killed run not yet reaped (a zombie), and keeps those of a live one",
    async () => {
      const parent = join(root, "killed");
      const target = join(parent, "out");
      mkdirSync(target, {recursive: true});
      const dead = await zombie();
      try {
        expect(readFileSync(`/proc/${dead.pid}/stat`, "utf8")).toMatch(/^\S+ \(.*\) Z/);
        const live = spawn("sleep", ["5"]);
        try {
          mkdirSync(join(parent, `.out.writing-${dead.pid}`));
          mkdirSync(join(parent, `.out.writing-${live.pid}`));
          await replaceDirectory(target, async () => undefined);
          expect(readdirSync(parent).sort()).toEqual([`.out.writing-${live.pid}`, "out"]);
        } finally {
          live.kill();
        }
      } finally {
        dead.release();
      }
    }
  );
});
