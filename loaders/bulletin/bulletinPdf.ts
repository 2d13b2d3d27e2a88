import {chromium} from "playwright-core";
import {serveDist} from "../site/serveDist.ts";
import {chromiumFlags, chromiumPath} from "./chromiumFlags.ts";

export interface BulletinPdfOptions {
  /** The built site (dist/). */
  distDir: string;
  year: number;
  /** Where the PDF is written. */
  out: string;
  executablePath?: string;
  /** How long to wait for the page to render the bulletin, in ms. Default 60000. */
  timeout?: number;
}

export interface BulletinPdfResult {
  /** The page that was printed. */
  url: string;
  /** Console errors, failed requests and blocked outside requests seen while loading the page. */
  problems: string[];
}

/**
 * bulletinPdf({distDir, year, out}): serves the built site on localhost, opens /bulletin.html?year=…
 * in headless Debian chromium (playwright-core), waits until the bulletin of that year and its charts
 * are rendered, and prints it to an A4 PDF; the page size, margins and page numbers are the print CSS of
 * src/bulletin.md.
 * Requests to anything but the local server are blocked and reported. Throws when the site has no
 * bulletin for the year (naming the years it has) or the page does not render in time.
 */
export async function bulletinPdf(options: BulletinPdfOptions): Promise<BulletinPdfResult> {
  const {distDir, year, out, executablePath = chromiumPath, timeout = 60_000} = options;
  const server = await serveDist(distDir);
  const problems: string[] = [];
  const browser = await chromium.launch({executablePath, args: chromiumFlags, headless: true});
  try {
    const page = await browser.newPage({viewport: {width: 1100, height: 1400}, locale: "zh-CN"});
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.url}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      problems.push(`已拦截外部请求:${url}`);
      return route.abort();
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`控制台错误:${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`页面错误:${error.message}`));
    page.on("requestfailed", (request) => {
      if (request.url().startsWith(`${server.url}/`)) problems.push(`请求失败:${request.url()}`);
    });
    const url = `${server.url}/bulletin.html?year=${year}`;
    const response = await page.goto(url, {waitUntil: "load", timeout});
    if (!response || !response.ok()) throw new Error(`打不开 ${url}(HTTP ${response?.status() ?? "无响应"}):站点中没有公报页面`);
    const article = await page.waitForSelector("article.bulletin[data-bulletin-year]", {timeout});
    const shown = await article.getAttribute("data-bulletin-year");
    if (shown !== String(year)) {
      const years = await page.$$eval(".bulletin-controls select option", (nodes) => nodes.map((n) => n.textContent ?? ""));
      throw new Error(`没有 ${year} 年的公报数据(可用年份:${years.join("、") || "无"})`);
    }
    // Every chart of the bulletin has been drawn (Plot renders synchronously once the data is in).
    await page.waitForFunction(
      () => [...document.querySelectorAll("figure.bulletin-chart")].every((figure) => figure.querySelector("svg")),
      undefined,
      {timeout}
    );
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.emulateMedia({media: "print"});
    await page.pdf({
      path: out,
      format: "A4",
      preferCSSPageSize: true,
      printBackground: true
      // Page numbers come from the page's own @page margin box (src/bulletin.md), as when the bulletin
      // is printed from the browser; chromium's footer template would print them a second time.
    });
    return {url, problems};
  } finally {
    await browser.close();
    await server.close();
  }
}
