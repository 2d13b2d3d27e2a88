/**
 * dateFromIso(text) is the UTC midnight of a YYYY-MM-DD date; it throws on any other form or an
 * impossible day (2021-02-29), naming the text. The bundled sample writes every date this way.
 */
export function dateFromIso(text: string): Date {
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new Error(`oracle: not a YYYY-MM-DD date: ${JSON.stringify(text)}`);
  }
  return date;
}
