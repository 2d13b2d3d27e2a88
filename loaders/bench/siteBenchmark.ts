import {spawn} from "node:child_process";
import {existsSync, readdirSync} from "node:fs";
import {rm} from "node:fs/promises";
import {join, resolve} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {serveDist} from "../site/serveDist.ts";

const projectRoot = resolve(import.meta.dirname, "..", "..");

/** Debian's chromium, as in the site tests (never a downloaded browser). */
const chromiumPath = "/usr/bin/chromium";
const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface SitePageTiming {
  /** Path of the page, e.g. "/villages.html". */
  page: string;
  /** Navigation start → the page's main chart (or, on pages without one, its main table) visible; median of the runs. */
  first_view_ms: number;
  /** A control changed (input event dispatched) → the last DOM change it caused painted; median of the runs. null on pages without a control. */
  interaction_ms: number | null;
  /** What the interaction changed, e.g. "年份 → 2014年"; null when none. */
  interaction: string | null;
  /** Bytes the page downloaded on its first view (all requests). */
  transfer_bytes: number;
}

export interface SiteBenchmarkResult {
  /** Wall time of `npm run build` (prebuild included) on ready pipeline outputs. */
  build_seconds: number;
  pages: SitePageTiming[];
}

/** How to measure one page: what counts as its first view and which control to change. */
interface PagePlan {
  page: string;
  /** CSS selector of the element whose visibility ends the first view. */
  ready: string;
  /** Label of the <select> changed for the interaction. */
  control?: string;
}

const mainChart = "figure.chart svg, article.bulletin svg";

/** The sidebar pages (those the build wrote) and the first village page. */
function pagePlans(outDir: string): PagePlan[] {
  const plans: PagePlan[] = [
    {page: "/index.html", ready: mainChart, control: "年份"},
    {page: "/villages.html", ready: mainChart, control: "年份"},
    {page: "/trends.html", ready: mainChart, control: "指标"},
    {page: "/age-structure.html", ready: mainChart, control: "范围"},
    {page: "/services.html", ready: mainChart, control: "年份"},
    {page: "/projections.html", ready: mainChart, control: "范围"},
    {page: "/quality.html", ready: "#observablehq-main table"},
    {page: "/bulletin.html", ready: mainChart, control: "年份"},
    {page: "/downloads.html", ready: "#observablehq-main table"}
  ].filter((plan) => existsSync(join(outDir, plan.page)));
  const villageDir = join(outDir, "villages");
  const first = existsSync(villageDir) ? readdirSync(villageDir).filter((f) => f.endsWith(".html")).sort()[0] : undefined;
  if (first) plans.push({page: `/villages/${first}`, ready: mainChart, control: "年份"});
  return plans;
}

/**
 * siteBenchmark({dataDir, outDir, outputsDir, runs}) builds the site for the extract `dataDir` into
 * `outDir` with `npm run build` (POP_DATA_DIR, POP_SITE_OUTPUT; the pipeline outputs are computed
 * first, outside the timed build, unless `outputsDir` names ready ones), serves it on localhost and
 * opens each page in Debian's chromium, each run in a fresh browser context (empty cache):
 *
 * - first view: performance.now() in the page (ms since navigation start) when the page's main
 *   chart SVG (quality and downloads: the main table) is in the document with a non-zero size,
 *   checked every animation frame;
 * - interaction: one control per page (year, village, or indicator select) set to another option
 *   with an input event; the time from dispatch to the animation frame after the last DOM change
 *   in the main column (changes counted until 500 ms pass without one).
 *
 * Figures are medians over `runs` (default 3). Throws when the build fails, naming its exit code
 * and the end of its log.
 */
export async function siteBenchmark({dataDir, outDir, outputsDir, runs = 3}: {dataDir: string; outDir: string; outputsDir?: string; runs?: number}): Promise<SiteBenchmarkResult> {
  const outputs = outputsDir ? resolve(outputsDir) : await (await import("../publish/ensurePipelineOutputs.ts")).ensurePipelineOutputs(dataDir);
  const absOut = resolve(outDir);
  await clearSiteDir(absOut);
  const env = {...process.env, POP_DATA_DIR: resolve(dataDir), POP_PIPELINE_OUTPUTS: outputs, POP_SITE_OUTPUT: absOut, OBSERVABLE_TELEMETRY_DISABLE: "true", NO_COLOR: "1"};
  const started = performance.now();
  const build = await run("npm", ["run", "build"], env);
  const build_seconds = (performance.now() - started) / 1000;
  if (build.code !== 0) throw new Error(`npm run build failed (exit ${build.code}) for ${dataDir}:\n${build.log.slice(-3000)}`);

  const server = await serveDist(absOut);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  try {
    const pages: SitePageTiming[] = [];
    for (const plan of pagePlans(absOut)) {
      const firstViews: number[] = [];
      const interactions: number[] = [];
      let interaction: string | null = null;
      let transfer_bytes = 0;
      for (let i = 0; i < runs; ++i) {
        const measured = await measurePage(browser, server.url, plan);
        firstViews.push(measured.firstView);
        if (measured.interactionMs != null) interactions.push(measured.interactionMs);
        interaction = measured.interaction;
        transfer_bytes = measured.bytes;
      }
      pages.push({page: plan.page, first_view_ms: median(firstViews), interaction_ms: interactions.length ? median(interactions) : null, interaction, transfer_bytes});
    }
    return {build_seconds, pages};
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measurePage(browser: Browser, base: string, plan: PagePlan): Promise<{firstView: number; interactionMs: number | null; interaction: string | null; bytes: number}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, locale: "zh-CN", timezoneId: "UTC"});
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(base + plan.page, {waitUntil: "commit"});
    const firstView = (await (await page.waitForFunction((selector) => {
      const element = document.querySelector(selector);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 ? performance.now() : false;
    }, plan.ready, {polling: "raf", timeout: 120_000})).jsonValue()) as number;
    await page.waitForLoadState("networkidle");
    await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0);
    const bytes = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).reduce((sum, e) => sum + e.transferSize, 0)
      + ((performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.transferSize ?? 0));
    if (errors.length) throw new Error(`${plan.page}: ${errors.join("; ")}`);
    if (!plan.control) return {firstView, interactionMs: null, interaction: null, bytes};
    const {interactionMs, interaction} = await changeControl(page, plan.control);
    if (errors.length) throw new Error(`${plan.page} after changing ${plan.control}: ${errors.join("; ")}`);
    return {firstView, interactionMs, interaction, bytes};
  } finally {
    await context.close();
  }
}

/**
 * In-page script (plain text: tsx would wrap named functions in a helper the page does not have):
 * sets the select to another option (the last one when the first is chosen, e.g. the oldest year,
 * otherwise the first), dispatches an input event and resolves, once 500 ms pass with no DOM change
 * in the main column, with the time from dispatch to the animation frame after the last change.
 */
const changeSelectScript = `
  const input = element;
  const options = Array.from(input.options);
  const next = options[input.selectedIndex === 0 ? options.length - 1 : 0];
  const main = document.querySelector("#observablehq-main") || document.body;
  const what = label + " → " + (next.textContent || next.value);
  let lastPainted = 0;
  let lastChange = 0;
  const observer = new MutationObserver(function () {
    lastChange = performance.now();
    requestAnimationFrame(function () { lastPainted = performance.now(); });
  });
  observer.observe(main, {childList: true, subtree: true, characterData: true, attributes: true});
  return new Promise(function (resolve) {
    const start = performance.now();
    input.value = next.value;
    input.dispatchEvent(new Event("input", {bubbles: true}));
    function quiet() {
      const now = performance.now();
      if (lastChange > 0 && now - lastChange >= 500 && lastPainted >= lastChange) {
        observer.disconnect();
        resolve({interactionMs: lastPainted - start, interaction: what});
      } else if (lastChange === 0 && now - start > 10000) {
        observer.disconnect();
        resolve({interactionMs: NaN, interaction: what + "(页面无变化)"});
      } else setTimeout(quiet, 50);
    }
    setTimeout(quiet, 50);
  });`;

/** Sets the select labelled `label` to another option and times the DOM update it causes. */
async function changeControl(page: Page, label: string): Promise<{interactionMs: number; interaction: string}> {
  const select = await page.getByLabel(label, {exact: true}).first().elementHandle();
  if (!select) throw new Error(`no control labelled ${label}`);
  const script = new Function("element", "label", changeSelectScript) as (element: Element, label: string) => Promise<{interactionMs: number; interaction: string}>;
  return select.evaluate(script, label);
}

/**
 * Framework does not clear an output folder outside the project, and fails on files left by an
 * earlier build: empty `dir` first, but only when it is missing, empty or an earlier site build.
 */
async function clearSiteDir(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !(entries.includes("index.html") && entries.includes("_observablehq"))) {
    throw new Error(`${dir} 不是空目录,也不是站点构建结果,不会清空 / not empty and not a site build: refusing to clear it`);
  }
  await rm(dir, {recursive: true, force: true});
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{code: number | null; log: string}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"]});
    let log = "";
    const keep = (chunk: Buffer) => (log = (log + chunk.toString("utf-8")).slice(-20_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({code, log}));
  });
}
