/**
 * columnLabel(column, headers) names a column for the office: as its file's header writes it, with
 * the English name after it (性别(sex)), or the English name alone where the header is that name.
 * `headers` is a FileReport's column_headers; a null column (the whole row) is 整行.
 *
 *     columnLabel("sex", {sex: "性别"}) // "性别(sex)"
 *     columnLabel("sex", {})            // "sex"
 */
export function columnLabel(column: string | null, headers: Record<string, string> = {}): string {
  if (column === null || column === "") return "整行";
  const written = headers[column];
  return written === undefined ? column : `${written}(${column})`;
}
