import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {build} from "esbuild";

/**
 * Browser packages Framework 1.13.4 imports implicitly from its npm cache:
 * d3, Plot, htl (html/svg and Inputs), isoformat (Inputs), d3-dsv (FileAttachment.csv/.tsv),
 * apache-arrow (FileAttachment.arrow). Each is bundled from node_modules into one
 * self-contained ES module, so no further npm: import is left to resolve.
 */
export const bundledPackages = ["d3", "@observablehq/plot", "htl", "isoformat", "d3-dsv", "apache-arrow"] as const;

/**
 * Optional packages whose versions Framework's client bundle looks up even when no page uses
 * them (lazy getters in its standard library). They get an empty version folder so that the
 * lookup is answered locally; a page that really imports one fails the build instead of
 * silently fetching it.
 */
export const optionalPackages = [
  "@duckdb/duckdb-wasm", "@observablehq/sample-datasets", "@uwdata/vgplot", "@viz-js/viz", "arquero",
  "echarts", "exceljs", "jszip", "katex", "leaflet", "lodash", "mapbox-gl", "mermaid", "parquet-wasm",
  "react", "react-dom", "sql.js", "topojson-client", "vega", "vega-lite", "vega-lite-api"
] as const;

/** Version given to an optional package that is not installed in node_modules. */
const placeholderVersion = "0.0.0-offline";

/** Bump when the layout of the cache written here changes, to force a rebuild. */
const cacheFormat = 1;

export interface OfflineCacheResult {
  /** The `_npm` folder Framework reads, e.g. `src/.observablehq/cache/_npm`. */
  npmDir: string;
  /** name → version of every folder written. */
  versions: Record<string, string>;
  /** False when an up-to-date cache was found and left as it was. */
  rebuilt: boolean;
}

/**
 * prepareOfflineCache(projectDir, {root}) fills Framework's npm cache
 * (`<root>/.observablehq/cache/_npm/<name>@<version>/_esm.js`) from node_modules with esbuild,
 * so that `observable build` and `observable preview` never reach the CDN or the npm registry.
 * The whole `_npm` folder is rewritten when any installed version changed (a stale higher version
 * folder would otherwise be picked and fetched); otherwise it is left alone.
 */
export async function prepareOfflineCache(projectDir: string, {root = "src"}: {root?: string} = {}): Promise<OfflineCacheResult> {
  const cacheDir = join(resolve(projectDir, root), ".observablehq", "cache");
  const npmDir = join(cacheDir, "_npm");
  const stampPath = join(cacheDir, "offline-npm.json");
  const versions: Record<string, string> = {};
  for (const name of bundledPackages) {
    const version = await installedVersion(projectDir, name);
    if (version === undefined) throw new Error(`浏览器依赖 ${name} 未安装:请先运行 npm install`);
    versions[name] = version;
  }
  for (const name of optionalPackages) versions[name] = (await installedVersion(projectDir, name)) ?? placeholderVersion;
  const framework = await installedVersion(projectDir, "@observablehq/framework");
  const stamp = JSON.stringify({cacheFormat, framework, versions}, null, 2) + "\n";
  if ((await isComplete(npmDir, versions)) && existsSync(stampPath) && (await readFile(stampPath, "utf-8")) === stamp) {
    return {npmDir, versions, rebuilt: false};
  }
  await rm(npmDir, {recursive: true, force: true});
  for (const name of bundledPackages) {
    const dir = join(npmDir, `${name}@${versions[name]}`);
    await mkdir(dir, {recursive: true});
    await writeFile(join(dir, "_esm.js"), await bundleModule(projectDir, name));
  }
  for (const name of optionalPackages) await mkdir(join(npmDir, `${name}@${versions[name]}`), {recursive: true});
  await writeFile(stampPath, stamp);
  return {npmDir, versions, rebuilt: true};
}

/** Every module is there and no other folder is (Framework would pick a stray higher version). */
async function isComplete(npmDir: string, versions: Record<string, string>): Promise<boolean> {
  if (!existsSync(npmDir)) return false;
  const expected = Object.entries(versions).map(([name, version]) => `${name}@${version}`).sort();
  const found: string[] = [];
  for (const entry of await readdir(npmDir)) {
    if (entry.startsWith("@")) for (const sub of await readdir(join(npmDir, entry))) found.push(`${entry}/${sub}`);
    else found.push(entry);
  }
  if (found.sort().join("\n") !== expected.join("\n")) return false;
  return bundledPackages.every((name) => existsSync(join(npmDir, `${name}@${versions[name]}`, "_esm.js")));
}

async function installedVersion(projectDir: string, name: string): Promise<string | undefined> {
  const path = join(projectDir, "node_modules", name, "package.json");
  if (!existsSync(path)) return undefined;
  return JSON.parse(await readFile(path, "utf-8")).version;
}

/** One minified browser ES module re-exporting everything `name` exports, default included. */
async function bundleModule(projectDir: string, name: string): Promise<string> {
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: {contents, resolveDir: projectDir, sourcefile: `${name}-offline-entry.js`, loader: "js"},
      bundle: true,
      format: "esm",
      platform: "browser",
      target: ["es2022"],
      minify: true,
      legalComments: "none",
      write: false,
      logLevel: "silent"
    });
    return result.outputFiles[0].text;
  };
  const named = `export * from ${JSON.stringify(name)};\n`;
  try {
    return await bundle(`${named}export {default} from ${JSON.stringify(name)};\n`);
  } catch {
    return await bundle(named);
  }
}
