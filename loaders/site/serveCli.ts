// CLI (npm start, after the build): serve dist/ on http://127.0.0.1:<PORT, default 3000>.
import {existsSync} from "node:fs";
import {serveDist} from "./serveDist.ts";

const dir = process.argv[2] ?? "dist";
if (!existsSync(dir)) {
  process.stderr.write(`找不到 ${dir}:请先运行 npm run build\n`);
  process.exit(1);
}
const {url} = await serveDist(dir, {port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? "127.0.0.1"});
process.stderr.write(`人口发展公报已在 ${url}/ 提供服务(Ctrl+C 结束)\n`);
