import {statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {DictionaryEntry} from "./dataDictionary.ts";
import {dataPackage, type WrittenFile} from "./dataPackage.ts";
import {sha256OfFile} from "./sha256OfFile.ts";

/**
 * Writes datapackage.json (dataPackage) into the output folder `dir`, from the dictionary and the
 * size and SHA-256 of each dataset's CSV as it is now: call it after the CSVs are final (byte-order
 * mark added) and before writeManifest, which lists it. JSON with 2-space indent and a final newline,
 * no timestamp: the same outputs give the same bytes.
 */
export async function writeDataPackage(
  dir: string,
  {version, region, minCell, dictionary}: {version: string; region: string | null; minCell: number; dictionary: readonly DictionaryEntry[]}
): Promise<void> {
  const files: Record<string, WrittenFile> = {};
  for (const dataset of new Set(dictionary.map((d) => d.dataset))) {
    const path = join(dir, `${dataset}.csv`);
    files[`${dataset}.csv`] = {bytes: statSync(path).size, sha256: await sha256OfFile(path)};
  }
  const descriptor = dataPackage({version, region, minCell, dictionary, files});
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(descriptor, null, 2) + "\n");
}
