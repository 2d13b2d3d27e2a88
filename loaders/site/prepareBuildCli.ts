// CLI run before `observable build` / `observable preview` (npm scripts "prebuild", "predev"):
// 1. fills Framework's npm cache from node_modules, so the site builds with no internet;
// 2. drops Framework's cached data-loader outputs: Framework reuses them as long as the loader
//    file is unchanged, which would publish the previous extract after POP_DATA_DIR changed.
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {prepareOfflineCache} from "./prepareOfflineCache.ts";

try {
  const {npmDir, versions, rebuilt} = await prepareOfflineCache(process.cwd());
  const list = Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(" ");
  process.stderr.write(rebuilt ? `离线模块缓存已生成:${npmDir}\n  ${list}\n` : `离线模块缓存已是最新:${npmDir}\n`);
  await rm(join(process.cwd(), "src", ".observablehq", "cache", "data"), {recursive: true, force: true});
} catch (error) {
  process.stderr.write(`构建准备失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
