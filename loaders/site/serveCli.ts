// CLI (npm start's second step, after the build: startCli.ts imports it): serve the folder the build wrote
// (POP_SITE_OUTPUT, default dist/; or --dist DIR) on http://<HOST, default 127.0.0.1>:<PORT, default 3000>.
import {existsSync} from "node:fs";
import {cliArguments} from "../cliArguments.ts";
import {serveDist} from "./serveDist.ts";

const usage = `用法 / usage: tsx loaders/site/serveCli.ts [--dist DIR] (npm start 在构建之后运行 / run by npm start after the build)
  在 http://127.0.0.1:<PORT,默认 3000>/ 提供已构建的站点 (serves the built site; PORT and HOST from the environment)
  --dist DIR   站点文件夹 (site folder; default POP_SITE_OUTPUT, else dist)
  --help       显示本说明 (show this usage)`;

const values = cliArguments({dist: {type: "string"}, help: {type: "boolean", short: "h"}}, usage);
// The build writes POP_SITE_OUTPUT when it is set: serve what it just built, as npm run bulletin reads it.
const dir = values.dist ?? process.env.POP_SITE_OUTPUT ?? "dist";
if (!existsSync(dir)) {
  process.stderr.write(`找不到 ${dir}:请先运行 npm run build\n`);
  process.exit(1);
}
const {url} = await serveDist(dir, {port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? "127.0.0.1"});
process.stderr.write(`人口发展公报已在 ${url}/ 提供服务(Ctrl+C 结束)\n`);
