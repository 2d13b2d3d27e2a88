/** clauses("出生率为7.28‰", undefined, "比上年下降0.45个千分点") → "出生率为7.28‰,比上年下降0.45个千分点" (missing parts left out). */
export function clauses(...parts: (string | undefined | null | false)[]): string {
  return parts.filter((part): part is string => typeof part === "string" && part !== "").join(",");
}
