// Columns of the pipeline outputs that are text; every other column is a number (empty = null).
const textColumns = new Set([
  "village_code", "village_name", "village_type", "project", "indicator", "op", "label", "status", "inconclusive_reason",
  "sex", "age_group", "scenario", "method", "size_class", "table", "column", "unit", "description",
  "file", "format", "name", "type", "reason", "message", "zh", "source"
]);

/**
 * typeRows(rows) converts the cells of untyped CSV rows (d3.csvParse) to numbers, except the
 * text columns (codes stay text: "001" is not 1). Empty cells become null, "true"/"false" booleans.
 */
export function typeRows(rows) {
  // Each column's rule is looked up once, not once a cell: a county's target_checks has 25,000 rows.
  const columns = rows.columns;
  const text = columns?.map((key) => textColumns.has(key));
  return rows.map((row) => {
    const typed = {};
    const keys = columns ?? Object.keys(row);
    for (let i = 0; i < keys.length; ++i) {
      const key = keys[i];
      const value = row[key];
      if (text ? text[i] : textColumns.has(key)) typed[key] = value === "" ? null : value;
      else if (value === "" || value == null) typed[key] = null;
      else if (value === "true" || value === "false") typed[key] = value === "true";
      else {
        const number = Number(value);
        typed[key] = Number.isNaN(number) ? value : number;
      }
    }
    return typed;
  });
}
