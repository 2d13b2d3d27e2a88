/**
 * columnHeaders(headers) keeps the headers (canonical name → as the file writes it) that are not
 * the canonical name itself, case aside: what a message must add so the office finds the column.
 *
 *     columnHeaders({person_id: "人员编号", sex: "Sex"}) // {person_id: "人员编号"}
 */
export function columnHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name, written]) => written.toLowerCase() !== name));
}
