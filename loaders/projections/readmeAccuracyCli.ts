// Rewrites the backtest table of README.md from the pipeline's outputs on the bundled sample.
//   npm run readme:backtest
import {readFileSync, writeFileSync} from "node:fs";
import {ensurePipelineOutputs} from "../publish/ensurePipelineOutputs.ts";
import {readmeAccuracy, replaceReadmeAccuracy} from "./readmeAccuracy.ts";

const readme = new URL("../../README.md", import.meta.url);
const outputs = await ensurePipelineOutputs("data/sample");
writeFileSync(readme, replaceReadmeAccuracy(readFileSync(readme, "utf8"), readmeAccuracy(outputs)));
process.stderr.write("README.md: backtest table updated\n");
