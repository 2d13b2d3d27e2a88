import {dataSource} from "./loaders/publish/dataSource.ts";
import {pipelineOutputsDir} from "./loaders/site/pipelineOutputsDir.ts";
import {villagePaths} from "./loaders/site/villagePaths.ts";

// Observable Framework 1.13.4 configuration. Offline by design: no web font (globalStylesheets),
// no search index, no footer link to observablehq.com; npm modules come from the cache that
// loaders/site/prepareBuildCli.ts fills from node_modules before every build.
export default {
  root: "src",
  // The tests build each extract into its own folder; `npm run build` writes dist/.
  output: process.env.POP_SITE_OUTPUT ?? "dist",
  title: "人口发展公报",
  pages: [
    {name: "总览", path: "/"},
    {name: "村居", path: "/villages"},
    {name: "趋势", path: "/trends"},
    {name: "人口结构", path: "/age-structure"},
    {name: "项目与经费", path: "/services"},
    {name: "人口预测", path: "/projections"},
    {name: "数据质量", path: "/quality"},
    {name: "年度公报", path: "/bulletin"},
    {name: "数据下载", path: "/downloads"}
  ],

  async *dynamicPaths() {
    // One page per village of the extract in POP_DATA_DIR (the data loaders read the same outputs).
    yield* await villagePaths(await pipelineOutputsDir());
  },
  globalStylesheets: [],
  style: "style.css",
  // Framework has no `lang` option: set it before anything renders, for screen readers and fonts.
  // Two things of Framework's own page frame, not options either, are mended once the page is read
  // (WCAG 2 AA, tests/site/accessibility.test.ts): its viewport forbids zooming on a phone
  // (maximum-scale=1; WCAG 1.4.4), and its sidebar's close button (a <label>) sits directly in a list
  // (<ol>), which may hold list items only: it moves to just before that list, where its absolute
  // position puts it on the same spot of the sidebar.
  // The icon is a local file (src/favicon.svg, copied into the build), so no page asks for /favicon.ico.
  head: `<script>document.documentElement.lang = "zh-CN";
addEventListener("DOMContentLoaded", () => {
  document.querySelector('meta[name="viewport"]')?.setAttribute("content", "width=device-width, initial-scale=1");
  const close = document.querySelector("#observablehq-sidebar > ol > #observablehq-sidebar-close");
  close?.parentElement.before(close);
});</script><meta name="description" content="人口发展公报 Population Bulletin"><link rel="icon" href="favicon.svg" type="image/svg+xml">`,
  header: "",
  // The data source in the words of the bulletin and the pages (loaders/publish/dataSource.ts).
  footer: `人口发展公报 · 数据来自${dataSource}的提取文件,经校验后生成。`,
  toc: false,
  pager: false,
  search: false,
  // Links end in .html, so dist/ works on any static web server (no rewrite rules needed).
  preserveExtension: true
};
