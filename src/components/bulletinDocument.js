import {BulletinAgePyramid} from "./bulletinAgePyramid.js";
import {BulletinBirthsDeathsChart} from "./bulletinBirthsDeathsChart.js";
import {chartImage} from "./chartImage.js";
import {headerWords} from "./headerWords.js";

/** An element with a class and text content (always text: data never reaches innerHTML). */
function el(tag, {className, text} = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  for (const child of children) node.append(child);
  return node;
}

/** A paragraph whose note markers "[n]" are set as superscripts (text nodes only). */
function paragraph(text, className) {
  const p = el("p", {className});
  for (const part of text.split(/(\[\d+\])/)) {
    if (/^\[\d+\]$/.test(part)) p.append(el("sup", {className: "note-ref", text: part}));
    else if (part) p.append(document.createTextNode(part));
  }
  return p;
}

// Tables longer than this are laid out only near the screen (a town's tables, up to 100 villages, never are).
const longTableRows = 100;

function table(block) {
  // A county's village tables (300 rows and more) are laid out on screen only when scrolled near
  // (the page's style: content-visibility): laying out both took ~250 ms of every change of year.
  const long = block.rows.length > longTableRows;
  const figure = el("figure", {className: long ? "bulletin-table bulletin-table-long" : "bulletin-table"});
  if (long) figure.style.setProperty("--rows", String(block.rows.length));
  figure.dataset.table = block.id;
  figure.append(el("figcaption", {text: block.title}), el("p", {className: "table-unit", text: block.unit}));
  // A header breaks only between its words (headerWords), never inside one: each word a span kept whole
  // on screen (white-space: nowrap in the page's style; keep-all alone still broke 女/=100), <wbr> between.
  const header = (text) => el("th", {}, headerWords(text).flatMap((word, i) => [...(i === 0 ? [] : [document.createElement("wbr")]), el("span", {className: "header-word", text: word})]));
  const head = el("thead", {}, [el("tr", {}, block.columns.map(header))]);
  head.querySelectorAll("th").forEach((th) => th.setAttribute("scope", "col"));
  const body = el(
    "tbody",
    {},
    block.rows.map((row, i) =>
      el("tr", {className: i === 0 ? "total" : ""}, row.map((cell, j) => el(j === 0 ? "th" : "td", {className: j === 0 ? "" : "num", text: cell})))
    )
  );
  body.querySelectorAll("th").forEach((th) => th.setAttribute("scope", "row"));
  figure.append(el("table", {}, [head, body]));
  for (const line of block.footnotes) figure.append(el("p", {className: "table-note", text: line}));
  return figure;
}

function dataTable(block) {
  if (block.id === "birthsDeaths") {
    return el("table", {}, [
      el("thead", {}, [el("tr", {}, ["年份", "出生人口(人)", "死亡人口(人)"].map((c) => el("th", {text: c})))]),
      el("tbody", {}, block.data.map((d) => el("tr", {}, [String(d.year), d.births ?? "", d.deaths ?? ""].map((v, j) => el("td", {className: j ? "num" : "", text: String(v)})))))
    ]);
  }
  const labels = new Map(block.data.map((d) => [d.age_group, d.label ?? d.age_group]));
  const groups = Array.from(labels.keys());
  const value = (group, sex) => block.data.find((d) => d.age_group === group && d.sex === sex)?.population ?? "";
  return el("table", {}, [
    el("thead", {}, [el("tr", {}, ["年龄组", "男(人)", "女(人)"].map((c) => el("th", {text: c})))]),
    el("tbody", {}, groups.map((g) => el("tr", {}, [labels.get(g), value(g, "男"), value(g, "女")].map((v, j) => el("td", {className: j ? "num" : "", text: String(v)})))))
  ]);
}

function chart(block, width) {
  const figure = el("figure", {className: "bulletin-chart"});
  figure.dataset.chart = block.id;
  figure.setAttribute("role", "group");
  figure.setAttribute("aria-label", block.title);
  const chartWidth = Math.max(280, Math.min(width, 640));
  const svg =
    block.id === "birthsDeaths"
      ? BulletinBirthsDeathsChart(block.data, {width: chartWidth, alt: block.alt})
      : BulletinAgePyramid(block.data, {width: chartWidth, alt: block.alt});
  figure.append(el("figcaption", {text: block.title}), chartImage(svg, {label: block.title}), el("p", {className: "chart-alt", text: block.alt}));
  figure.append(el("details", {className: "table-view"}, [el("summary", {text: "表格视图"}), dataTable(block)]));
  return figure;
}

/**
 * BulletinDocument(doc, {width}) renders a bulletin built by bulletinFromIndicators (loaders/bulletin)
 * as a printable report: title, issuer line, lead, numbered sections with their paragraphs, tables
 * and charts, and the closing 注释. Every string from the data is set as text, never as HTML.
 */
export function BulletinDocument(doc, {width = 640} = {}) {
  const article = el("article", {className: "bulletin"});
  article.dataset.bulletinYear = String(doc.year);
  article.setAttribute("lang", "zh-CN");
  article.append(
    el("header", {className: "bulletin-header"}, [el("h1", {text: doc.title}), el("p", {className: "bulletin-issuer", text: doc.releaseLine})]),
    paragraph(doc.lead, "bulletin-lead")
  );
  for (const section of doc.sections) {
    const part = el("section", {className: "bulletin-section"});
    part.append(el("h2", {text: `${section.number}、${section.heading}`}));
    for (const block of section.blocks) {
      if (block.kind === "paragraph") part.append(paragraph(block.text));
      else if (block.kind === "table") part.append(table(block));
      else if (block.kind === "chart") part.append(chart(block, width));
    }
    article.append(part);
  }
  if (doc.notes.length > 0) {
    const notes = el("section", {className: "bulletin-notes"}, [el("h2", {text: "注释:"})]);
    doc.notes.forEach((note, i) => notes.append(el("p", {text: `[${i + 1}] ${note}`})));
    article.append(notes);
  }
  return article;
}
