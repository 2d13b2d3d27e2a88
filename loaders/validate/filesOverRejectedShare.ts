import type {FileReport} from "./validateExtract.ts";

/**
 * filesOverRejectedShare(files, maxShare) are the files, in the order given, whose rows cannot be
 * taken as the register: rows were read and all of them were rejected, or more than `maxShare` of
 * them (0.5 = more than half; 0 = any rejected row; 1 = only a file rejected whole). Every row
 * rejected counts, whatever the reason, including a residence row rejected only because its person
 * was (person_rejected): the town would be missing it all the same. A file with no rows is fine.
 */
export function filesOverRejectedShare(files: readonly FileReport[], maxShare: number): FileReport[] {
  return files.filter((f) => f.read > 0 && (f.rejected === f.read || f.rejected / f.read > maxShare));
}
