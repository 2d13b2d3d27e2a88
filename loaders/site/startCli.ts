// CLI (npm start): build the site (npm run build), then serve it (serveCli.ts). The arguments are read
// first, so --help, -h and a wrong option answer at once, before anything is built.
import {spawnSync} from "node:child_process";
import {cliArguments} from "../cliArguments.ts";

const usage = `用法 / usage: npm start [-- --dist DIR]
  构建站点(同 npm run build),然后在 http://127.0.0.1:<PORT,默认 3000>/ 提供服务,直到 Ctrl+C
  (builds the site as npm run build does, then serves it until Ctrl+C; PORT and HOST from the environment)
  --dist DIR   提供的站点文件夹 (site folder served; default POP_SITE_OUTPUT, where the build writes, else dist)
  --help       显示本说明 (show this usage)`;

cliArguments({dist: {type: "string"}, help: {type: "boolean", short: "h"}}, usage);
// The build's own output (the prebuild's lines, Framework's progress) goes to the terminal as it comes;
// a build that fails has said why, and npm start ends with its exit code.
const build = spawnSync("npm", ["run", "build"], {stdio: "inherit"});
if (build.status !== 0) process.exit(build.status ?? 1);
// The server reads the same arguments (--dist) and the environment (POP_SITE_OUTPUT, PORT, HOST).
await import("./serveCli.ts");
