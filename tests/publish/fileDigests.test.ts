import {createHash} from "node:crypto";
import {mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {fileDigests} from "../../loaders/publish/fileDigests.ts";

const root = mkdtempSync(join(tmpdir(), "file-digests-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("fileDigests", () => {
  test("fileDigests(paths, memo) gives each file's SHA-256 and reads only files changed since, same size and mtime included", async () => {
    const memo = join(root, "memo", "digests.json");
    const a = join(root, "persons.csv");
    const b = join(root, "residence.csv");
    writeFileSync(a, "person_id\nP1\n");
    writeFileSync(b, "x".repeat(3_000_000)); // more than one read buffer
    expect(await fileDigests([a, b], memo)).toEqual({digests: [sha256("person_id\nP1\n"), sha256("x".repeat(3_000_000))], read: 2});
    expect(await fileDigests([a, b], memo)).toEqual({digests: [sha256("person_id\nP1\n"), sha256("x".repeat(3_000_000))], read: 0});

    // Rewritten in place with the same size, and its modification time put back: still noticed.
    const {mtime} = statSync(a);
    writeFileSync(a, "person_id\nP2\n");
    utimesSync(a, mtime, mtime);
    expect(await fileDigests([a, b], memo)).toEqual({digests: [sha256("person_id\nP2\n"), sha256("x".repeat(3_000_000))], read: 1});
    expect(Object.keys(JSON.parse(readFileSync(memo, "utf8"))).sort()).toEqual([a, b].sort());
  });

  test("fileDigests(paths, memo) with an unreadable memo reads every file again", async () => {
    const memo = join(root, "broken.json");
    const a = join(root, "villages.csv");
    writeFileSync(a, "village_code\nV1\n");
    writeFileSync(memo, "{not json");
    expect(await fileDigests([a], memo)).toEqual({digests: [sha256("village_code\nV1\n")], read: 1});
    expect((await fileDigests([a], memo)).read).toBe(0);
  });

  test("fileDigests(paths, memo) forgets files that no longer exist when it next writes the memo", async () => {
    const memo = join(root, "forget.json");
    const kept = join(root, "kept.csv");
    const gone = join(root, "gone.csv");
    writeFileSync(kept, "a\n");
    writeFileSync(gone, "b\n");
    await fileDigests([kept, gone], memo);
    rmSync(gone);
    writeFileSync(kept, "a\nb\n");
    expect((await fileDigests([kept], memo)).read).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(memo, "utf8")))).toEqual([kept]);
  });
});
