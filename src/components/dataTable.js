import {html} from "npm:htl";

/**
 * DataTable(rows, {columns, sort, reverse, caption, maxHeight, pinned, limit}) is a plain HTML
 * table whose headers are buttons that sort it (keyboard-accessible, aria-sort set). Each column
 * is {key, label, format?(value, row) → string | Node, align?: "right", sortValue?(row), wrap?, sticky?}.
 * Cells are rendered as text or as the nodes `format` returns, never as HTML strings.
 *
 * - wrap: whether the column's cells may break into lines (class "wrap"), so a wide table fits its
 *   card instead of hiding a column past the edge. Default: a text column wraps when one of its
 *   values is longer than 12 characters (a definition, a reason, a list of row numbers), a short
 *   one (a name, a code) and a number column ("num") stay on one line.
 *
 * - sticky: whether the column stays in view at the card's left edge while a wide table is scrolled
 *   sideways (class "sticky"), so each row can still be told by its name on a phone; default false.
 *
 * - pinned: how many leading rows stay on top whatever the sort (e.g. 1 for a town's total row);
 *   default 0.
 * - limit: when there are more sortable rows than this, only the first `limit` (in the current
 *   order) are built, followed by a button "显示全部 N 行" that builds the rest (and, pressed again,
 *   shows the first ones only); default Infinity (every row). A county's table of 300 villages ×
 *   40 indicators is 12,000 cells: building them all on every change of year cost ~100 ms.
 */
export function DataTable(rows, {columns, sort = null, reverse = false, caption = "", maxHeight = true, pinned = 0, limit = Infinity} = {}) {
  let sortKey = sort;
  let descending = reverse;
  const top = rows.slice(0, pinned);
  const rest = rows.slice(pinned);
  const truncates = rest.length > limit;
  let showAll = !truncates;
  const tbody = html`<tbody>`;
  const cellClasses = columns.map((c) => {
    const wrap = c.wrap ?? (c.align !== "right" && rows.some((row) => String(row[c.key] ?? "").length > 12));
    return [c.align === "right" ? "num" : "", wrap ? "wrap" : "", c.sticky ? "sticky" : ""].filter(Boolean).join(" ");
  });
  const headers = columns.map((column) => {
    const button = html`<button type="button">${column.label}</button>`;
    const th = html`<th scope="col" class=${[column.align === "right" ? "num" : "", column.sticky ? "sticky" : ""].filter(Boolean).join(" ")}>${button}</th>`;
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
  const more = truncates ? html`<button type="button" class="table-more" aria-expanded="false">` : null;
  if (more) {
    more.onclick = () => {
      showAll = !showAll;
      render();
    };
  }
  function render() {
    const column = columns.find((c) => c.key === sortKey);
    const value = column ? column.sortValue ?? ((row) => row[column.key]) : null;
    const sorted = column ? rest.slice().sort((a, b) => compare(value(a), value(b), descending)) : rest;
    const shown = showAll ? sorted : sorted.slice(0, limit);
    columns.forEach((c, i) => headers[i].setAttribute("aria-sort", c.key === sortKey ? (descending ? "descending" : "ascending") : "none"));
    // Plain DOM calls, not an html`` template per cell: a county's table has tens of thousands of cells.
    tbody.replaceChildren(...top.map(tableRow), ...shown.map(tableRow));
    if (more) {
      more.textContent = showAll ? `只显示前 ${top.length + limit} 行` : `显示全部 ${rows.length} 行(当前显示前 ${top.length + limit} 行)`;
      more.setAttribute("aria-expanded", String(showAll));
    }
  }
  function tableRow(row) {
    const tr = document.createElement("tr");
    columns.forEach((c, i) => {
      const content = c.format ? c.format(row[c.key], row) : row[c.key] ?? "";
      const td = document.createElement("td");
      if (cellClasses[i]) td.className = cellClasses[i];
      if (content instanceof Node) td.append(content);
      else if (content != null && content !== "") td.textContent = String(content);
      tr.append(td);
    });
    return tr;
  }
  render();
  // A table with a pinned column is meant to scroll sideways on a phone: a line under it says so (shown
  // on narrow screens only, style.css), as a phone shows no scroll bar and a column cut at the edge
  // would otherwise look like the table's end.
  const hint = columns.some((c) => c.sticky) ? html`<p class="table-scroll-hint">表格较宽:左右滑动查看其余各列,${columns.find((c) => c.sticky).label}固定在左侧。</p>` : null;
  const boxed = (box) => (hint || more ? html`<div class="table-limited">${box}${hint}${more}</div>` : box);
  // Without a height limit the table still scrolls sideways inside its card when it is wider.
  if (!maxHeight) {
    return boxed(html`<div class="table-wide">${table}</div>`);
  }
  const scroll = html`<div class="table-scroll">${table}</div>`;
  // A long table (a county's villages, all shown) is laid out only when it comes near the screen.
  if (rows.length > 100) Object.assign(scroll.style, {contentVisibility: "auto", containIntrinsicSize: "auto 600px"});
  return boxed(scroll);
}

// Missing values sort last in both directions.
function compare(a, b, descending) {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "zh-CN");
  return descending ? -order : order;
}
