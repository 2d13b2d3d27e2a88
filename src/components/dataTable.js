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
    tbody.replaceChildren(...sorted.map((row) => html`<tr>${columns.map((c) => {
      const content = c.format ? c.format(row[c.key], row) : row[c.key] ?? "";
      return html`<td class=${c.align === "right" ? "num" : ""}>${content}</td>`;
    })}</tr>`));
  }
  render();
  return maxHeight ? html`<div class="table-scroll">${table}</div>` : table;
}

// Missing values sort last in both directions.
function compare(a, b, descending) {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "zh-CN");
  return descending ? -order : order;
}
