/**
 * npm run readme:backtest
 * Rewrites the backtest table of README.md from the pipeline's outputs on the bundled sample.
 * Exit codes: 0 written (or --help); 2 wrong arguments (the message and the usage, as npm run pipeline says them).
 */
import {readFileSync, writeFileSync} from "node:fs";
import {ensurePipelineOutputs} from "../publish/ensurePipelineOutputs.ts";
import {cliArguments} from "../cliArguments.ts";
import {readmeAccuracy, replaceReadmeAccuracy} from "./readmeAccuracy.ts";

const usage = `用法 / usage: npm run readme:backtest
  用内附样本的流水线结果重写 README.md 中的回测表 (rewrites README.md's backtest table from the pipeline's outputs on data/sample)
  --help   显示本说明 (show this usage)`;

cliArguments({help: {type: "boolean", short: "h"}}, usage);
const readme = new URL("../../README.md", import.meta.url);
const outputs = await ensurePipelineOutputs("data/sample");
writeFileSync(readme, replaceReadmeAccuracy(readFileSync(readme, "utf8"), readmeAccuracy(outputs)));
process.stderr.write("README.md: backtest table updated\n");
