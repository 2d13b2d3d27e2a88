/** SQL text helpers. Values are bound as parameters wherever DuckDB allows; these cover the rest (file paths in COPY, identifiers). */
export function quotedIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quotedString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
