// Declarations for typeRows.js, which the site's view loaders (src/data/villages.tar.ts) also run,
// so a view holds the values a page would have typed from the download.
export function typeRows(rows: readonly Record<string, string | undefined>[]): Record<string, string | number | boolean | null>[];
