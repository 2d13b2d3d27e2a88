// CLI run before `observable build` / `observable preview` (npm scripts "prebuild", "predev"):
// fills Framework's npm cache from node_modules so the site builds with no internet.
import {prepareOfflineCache} from "./prepareOfflineCache.ts";

try {
  const {npmDir, versions, rebuilt} = await prepareOfflineCache(process.cwd());
  const list = Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(" ");
  process.stderr.write(rebuilt ? `离线模块缓存已生成:${npmDir}\n  ${list}\n` : `离线模块缓存已是最新:${npmDir}\n`);
} catch (error) {
  process.stderr.write(`离线模块缓存生成失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
