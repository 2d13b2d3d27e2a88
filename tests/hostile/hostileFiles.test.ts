/**
 * Hostile entries of the extract folder: a table "file" that is a link to a folder or to nothing.
 * The CLI stops with exit 1 and one message naming the file, never an internal error.
 */
import {mkdirSync, mkdtempSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, test} from "vitest";
import {writeExtract} from "../support/writeExtract.ts";
import {expectCliRefuses} from "./outputs.ts";
import {town} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-files-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
let count = 0;

/** The town() extract without services.csv, in a fresh folder. */
function townWithoutServices(): string {
  const dir = join(root, `extract-${++count}`);
  mkdirSync(dir, {recursive: true});
  writeExtract({...town(), services: undefined}, dir);
  return dir;
}

/** Runs the CLI on `input` and expects it to refuse it (expectCliRefuses): returns the message. */
const refuse = (input: string, ...names: string[]) => expectCliRefuses(root, input, ...names);

describe("hostile extract folder entries", () => {
  test("cli on services.csv that is a link to a folder stops naming the file as a folder", async () => {
    const input = townWithoutServices();
    mkdirSync(join(root, `folder-${count}`));
    symlinkSync(join(root, `folder-${count}`), join(input, "services.csv"));
    await refuse(input, "services.csv", "is a folder, not a file");
  });

  test("cli on services.csv that is a link to nothing stops naming the file as not found", async () => {
    const input = townWithoutServices();
    symlinkSync(join(root, "nowhere.csv"), join(input, "services.csv"));
    await refuse(input, "services.csv", "file not found");
  });
});
