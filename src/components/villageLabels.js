/**
 * villageLabels(rows) names every village_code of rows (village_year rows, one per village and year,
 * or any rows with village_code and village_name) as the pages show it: the register's name; or
 * "name(code)" when another code in rows has the same name (a county may have two 新村, and
 * validation keeps both with the warning duplicate_village_name); "全镇" for TOWN; the code for a
 * village without a name. A code's first named row gives its name. The map lists TOWN first, then
 * the codes in ascending order, whatever the order of rows, so the same data give the same map.
 * Charts key villages by code and label them with this map, so two villages are never drawn as one.
 * The bulletin applies the same rule (loaders/bulletin/villageLabels.ts; pages cannot import
 * loaders/): tests/site/villageLabels.test.ts holds the two to the same output.
 */
export function villageLabels(rows) {
  const names = new Map();
  for (const d of rows) {
    const code = String(d.village_code);
    const name = d.village_name == null ? "" : String(d.village_name);
    if (!names.has(code) || (names.get(code) === "" && name !== "")) names.set(code, name);
  }
  const codesByName = new Map();
  for (const [code, name] of names) {
    if (code === "TOWN" || name === "") continue;
    codesByName.set(name, (codesByName.get(name) ?? 0) + 1);
  }
  const codes = Array.from(names.keys()).sort((a, b) => (a === b ? 0 : a === "TOWN" ? -1 : b === "TOWN" ? 1 : a < b ? -1 : 1));
  return new Map(codes.map((code) => {
    const name = names.get(code);
    if (code === "TOWN") return [code, "全镇"];
    if (name === "") return [code, code];
    return [code, codesByName.get(name) > 1 ? `${name}(${code})` : name];
  }));
}
