import {readdirSync, readFileSync, statSync} from "node:fs";
import {isAbsolute, join, relative, resolve} from "node:path";

/** What writeManifest writes as `generator`: a folder with this manifest holds our earlier outputs. */
const generator = "population-bulletin";

function isOurOutput(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {generator?: unknown}).generator === generator;
  } catch {
    return false;
  }
}

/**
 * Why `out` must not be used as the output folder of a run on `input`, or undefined when it may be:
 * the run replaces `out` as a whole, so it must not be (or contain) the input folder, nor be a file,
 * nor a non-empty folder that does not hold earlier outputs of this program (a manifest.json of ours).
 * The message is one line, Chinese then English.
 *
 *     outputFolderProblem("data/sample", "data/sample") // "输出文件夹不能是输入文件夹或包含它 …"
 */
export function outputFolderProblem(out: string, input: string): string | undefined {
  const fromOut = relative(resolve(out), resolve(input));
  if (fromOut === "" || (!fromOut.startsWith("..") && !isAbsolute(fromOut)))
    return `输出文件夹 ${out} 是输入文件夹或包含它,运行会替换整个输出文件夹 / the output folder ${out} is or contains the input folder ${input}, and a run replaces the whole output folder`;
  const stats = statSync(out, {throwIfNoEntry: false});
  if (stats === undefined) return undefined;
  if (!stats.isDirectory()) return `${out} 已存在且不是文件夹 / ${out} exists and is not a folder`;
  if (readdirSync(out).length > 0 && !isOurOutput(out))
    return `输出文件夹 ${out} 已有其他文件(不是本程序以前的输出),不会替换;请指定新的或空的文件夹 / the output folder ${out} holds other files (not earlier outputs of this program) and will not be replaced; give a new or empty folder`;
  return undefined;
}
