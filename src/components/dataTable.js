import {html} from "npm:htl";

/**
 * DataTable(rows, {columns, sort, reverse, caption}) is a plain HTML table whose headers are
 * buttons that sort it (keyboard-accessible, aria-sort set). Each column is
 * {key, label, format?(value, row) → string | Node, align?: "right", sortValue?(row)}.
 * Cells are rendered as text or as the nodes `format` returns, never as HTML strings.
 */
export function DataTable(rows, {columns, sort = null, reverse = false, caption = "", maxHeight = true} = {}) {
  let sortKey = sort;
  let descending = reverse;
  const tbody = html`<tbody>`;
  const headers = columns.map((column) => {
    const button = html`<button type="button">${column.label}</button>`;
    const th = html`<th scope="col" class=${column.align === "right" ? "num" : ""}>${button}</th>`;
    button.onclick = () => {
      descending = sortKey === column.key ? !descending : column.align === "right";
      sortKey = column.key;
      render();
    };
    return th;
  });
  const table = html`<table class="data">
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${headers}</tr></thead>${tbody}</table>`;
  function render() {
    const column = columns.find((c) => c.key === sortKey);
    const value = column ? column.sortValue ?? ((row) => row[column.key]) : null;
    const sorted = column
      ? rows.slice().sort((a, b) => compare(value(a), value(b), descending))
      : rows;
    columns.forEach((c, i) => headers[i].setAttribute("aria-sort", c.key === sortKey ? (descending ? "descending" : "ascending") : "none"));
    // Plain DOM calls, not an html`` template per cell: a county's table has tens of thousands of cells.
    tbody.replaceChildren(...sorted.map((row) => {
      const tr = document.createElement("tr");
      for (const c of columns) {
        const content = c.format ? c.format(row[c.key], row) : row[c.key] ?? "";
        const td = document.createElement("td");
        if (c.align === "right") td.className = "num";
        if (content instanceof Node) td.append(content);
        else if (content != null && content !== "") td.textContent = String(content);
        tr.append(td);
      }
      return tr;
    }));
  }
  render();
  if (!maxHeight) return table;
  const scroll = html`<div class="table-scroll">${table}</div>`;
  // A long table (a county's villages) is laid out only when it comes near the screen: laying out
  // tens of thousands of cells cost ~200 ms on every change of year.
  if (rows.length > 100) Object.assign(scroll.style, {contentVisibility: "auto", containIntrinsicSize: "auto 600px"});
  return scroll;
}

// Missing values sort last in both directions.
function compare(a, b, descending) {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "zh-CN");
  return descending ? -order : order;
}
