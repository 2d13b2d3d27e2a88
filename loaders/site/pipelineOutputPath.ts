import {existsSync} from "node:fs";
import {join} from "node:path";
import {pipelineOutputsDir} from "./pipelineOutputsDir.ts";

/**
 * pipelineOutputPath(file) is the path of one pipeline output (e.g. "village_year.csv") for the
 * site being built (see pipelineOutputsDir). The data loaders in src/data/ copy it to stdout
 * unchanged. Throws, naming the folder, when the pipeline did not write that file.
 */
export async function pipelineOutputPath(file: string): Promise<string> {
  const dir = await pipelineOutputsDir();
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`数据处理流程没有输出 ${file}(目录 ${dir})/ pipeline output ${file} missing in ${dir}`);
  return path;
}
