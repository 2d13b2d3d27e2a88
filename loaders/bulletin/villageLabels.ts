/**
 * villageLabels(rows) names every village_code of rows as the bulletin's tables and text write it:
 * the register's name; or "name(code)" when another code in rows has the same name (a county may
 * have two 新村, and validation keeps both with the warning duplicate_village_name); "全镇" for TOWN;
 * the code for a village without a name. A code's first named row gives its name. The map lists TOWN
 * first, then the codes in ascending order, whatever the order of rows. The site applies the same
 * rule (src/components/villageLabels.js, a browser module that cannot import loaders/):
 * tests/site/villageLabels.test.ts holds the two to the same output.
 */
export function villageLabels(rows: readonly {village_code: string; village_name: string | null | undefined}[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of rows) {
    const code = String(row.village_code);
    const name = row.village_name == null ? "" : String(row.village_name);
    if (!names.has(code) || (names.get(code) === "" && name !== "")) names.set(code, name);
  }
  const codesByName = new Map<string, number>();
  for (const [code, name] of names) {
    if (code === "TOWN" || name === "") continue;
    codesByName.set(name, (codesByName.get(name) ?? 0) + 1);
  }
  const codes = [...names.keys()].sort((a, b) => (a === b ? 0 : a === "TOWN" ? -1 : b === "TOWN" ? 1 : a < b ? -1 : 1));
  return new Map(codes.map((code): [string, string] => {
    const name = names.get(code)!;
    if (code === "TOWN") return [code, "全镇"];
    if (name === "") return [code, code];
    return [code, (codesByName.get(name) ?? 0) > 1 ? `${name}(${code})` : name];
  }));
}
