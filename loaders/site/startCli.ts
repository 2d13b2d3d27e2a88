// CLI (npm start): build the site (npm run build), then serve it (serveCli.ts). The arguments are read
// first, so --help, -h and a wrong option answer at once, before anything is built.
import {spawnSync} from "node:child_process";
import {resolve} from "node:path";
import {cliArguments} from "../cliArguments.ts";

const usage = `用法 / usage: npm start [-- --dist DIR]
  构建站点(同 npm run build),然后在 http://127.0.0.1:<PORT,默认 3000>/ 提供服务,直到 Ctrl+C
  (builds the site as npm run build does, then serves it until Ctrl+C; PORT and HOST from the environment)
  --dist DIR   构建并提供的站点文件夹 (the folder the site is built into and served from; default POP_SITE_OUTPUT, else dist)
  --help       显示本说明 (show this usage)`;

const values = cliArguments({dist: {type: "string"}, help: {type: "boolean", short: "h"}}, usage);
// --dist is where the build writes (as npm run bulletin's --dist), so what is served is what was just built.
const env = values.dist ? {...process.env, POP_SITE_OUTPUT: resolve(values.dist)} : process.env;
// The build's own output (the prebuild's lines, Framework's progress) goes to the terminal as it comes;
// a build that fails has said why, and npm start ends with its exit code.
const build = spawnSync("npm", ["run", "build"], {stdio: "inherit", env});
if (build.status !== 0) process.exit(build.status ?? 1);
// The server reads the same arguments (--dist) and the environment (POP_SITE_OUTPUT, PORT, HOST).
await import("./serveCli.ts");
