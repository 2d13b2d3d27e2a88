import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";
import {expect} from "vitest";
import {projectDir} from "./buildSite.ts";

/** Debian's chromium (installed by loaders/site/ensureChromium.ts); never a downloaded browser. */
const executablePath = "/usr/bin/chromium";
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const screenshotDir = join(projectDir, "tests", "artifacts", "screenshots");

/** launchBrowser() starts headless chromium with a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath, headless: true, args});
}

export interface PageProblems {
  consoleErrors: string[];
  /** Requests that failed or answered with status ≥ 400. */
  failedRequests: string[];
  /** Requests to any host other than localhost (they are blocked, and listed here). */
  externalRequests: string[];
  /** Errors Framework rendered in place of a cell. */
  cellErrors: string[];
  /** Messages of alert/confirm/prompt dialogs the page opened (each dismissed): markup in the data that ran. */
  dialogs: string[];
  /** Raw values Framework's inspector shows in the page ("null", "undefined", an object): a report shows none. */
  inspectedValues: string[];
}

export interface PageVisit {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Waits until Framework has rendered every cell, then refreshes problems.cellErrors and problems.inspectedValues. */
  settle(): Promise<void>;
}

const localHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * openPage(browser, url, {screenshot}) opens url in a new context, records console errors, failed
 * and external requests and dialogs (from the start, so a script run while loading is caught too),
 * waits for the page to settle and saves a full-page screenshot to
 * tests/artifacts/screenshots/<screenshot>.png.
 */
export async function openPage(browser: Browser, url: string, {screenshot, viewport = {width: 1280, height: 900}}: {screenshot?: string; viewport?: {width: number; height: number}} = {}): Promise<PageVisit> {
  const context = await browser.newContext({viewport, locale: "zh-CN", timezoneId: "UTC", acceptDownloads: true});
  const problems: PageProblems = {consoleErrors: [], failedRequests: [], externalRequests: [], cellErrors: [], dialogs: [], inspectedValues: []};
  await context.route("**/*", (route) => {
    const {hostname, protocol} = new URL(route.request().url());
    if (protocol === "data:" || protocol === "blob:" || localHosts.has(hostname)) return route.continue();
    problems.externalRequests.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  page.on("dialog", (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("requestfailed", (request) => {
    // The browser's own favicon fetch is cancelled when a test reloads or navigates before it ends:
    // not a request of the page's, and the file's 404 would still be caught below.
    if (request.failure()?.errorText === "net::ERR_ABORTED" && /\/favicon\.[^/]*$/.test(new URL(request.url()).pathname)) return;
    if (!problems.externalRequests.includes(request.url())) problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  const settle = async () => {
    await page.waitForLoadState("networkidle");
    await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0);
    problems.cellErrors = await page.locator(".observablehq--error").allInnerTexts();
    problems.inspectedValues = await page.locator("main .observablehq--inspect").allInnerTexts();
  };
  await page.goto(url, {waitUntil: "load"});
  await settle();
  if (screenshot) {
    await mkdir(screenshotDir, {recursive: true});
    await page.screenshot({path: join(screenshotDir, `${screenshot}.png`), fullPage: true});
  }
  return {page, context, problems, settle};
}

/** Fails the test when the visit saw a console error, a failed request, an outside request, a cell error, a dialog or a raw inspected value. */
export function expectNoProblems(visit: PageVisit): void {
  expect(visit.problems).toEqual({consoleErrors: [], failedRequests: [], externalRequests: [], cellErrors: [], dialogs: [], inspectedValues: []});
}

/**
 * elementsPastWidth(page, selector, width) lists the visible elements matching selector, or inside one,
 * that reach past the left edge of the page or past `width` (CSS px), each as "tag.class: text right > width".
 */
export function elementsPastWidth(page: Page, selector: string, width: number): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots, width) =>
    roots.flatMap((root) => [root, ...root.querySelectorAll("*")]).flatMap((el) => {
      const rects = [...el.getClientRects()];
      if (!rects.length || getComputedStyle(el).visibility === "hidden") return [];
      const out = rects.some((r) => r.width > 0 && (r.left < -0.5 || r.right > width + 0.5));
      const className = typeof el.className === "string" ? el.className : el.getAttribute("class") ?? "";
      return out ? [`${el.tagName.toLowerCase()}.${className}: ${(el.textContent ?? "").slice(0, 30)} ${Math.round(Math.max(...rects.map((r) => r.right)))} > ${width}`] : [];
    }), width);
}

/**
 * elementsClipping(page, selector) lists the visible elements matching selector, or inside one, that cut
 * their content: overflow other than visible and content taller or wider than the box (a scroll box
 * with a maximum height, a table scrolled sideways), each as "tag.class: content w×h in box w×h".
 */
export function elementsClipping(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) => [root, ...root.querySelectorAll("*")]).flatMap((el) => {
      if (!el.checkVisibility({visibilityProperty: true})) return [];
      const {overflowX, overflowY} = getComputedStyle(el);
      const clips = (overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1) || (overflowY !== "visible" && el.scrollHeight > el.clientHeight + 1);
      const className = typeof el.className === "string" ? el.className : el.getAttribute("class") ?? "";
      return clips ? [`${el.tagName.toLowerCase()}.${className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`] : [];
    }));
}

/** visibleFormControls(page) lists the form controls (input, select, textarea, button) the page shows, each as "tag: text". */
export function visibleFormControls(page: Page): Promise<string[]> {
  return page.locator("input, select, textarea, button").evaluateAll((controls) =>
    controls.filter((el) => el.checkVisibility({visibilityProperty: true})).map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 30)}`));
}
