/**
 * rowsFromParts(parts) turns a table of a town page's view (loaders/site/townViews.ts: parts, each
 * the names of its columns and each row's values in that order) back into row objects, as typeRows
 * gives them from the download: the rows of each part in turn, each with that part's columns only.
 *
 * rowsFromParts([{columns: ["year", "village_code"], rows: [[2024, "TOWN"]]}])
 * // [{year: 2024, village_code: "TOWN"}]
 */
export function rowsFromParts(parts) {
  const rows = [];
  for (const {columns, rows: values} of parts) {
    for (const row of values) {
      const object = {};
      for (let i = 0; i < columns.length; ++i) object[columns[i]] = row[i];
      rows.push(object);
    }
  }
  return rows;
}
