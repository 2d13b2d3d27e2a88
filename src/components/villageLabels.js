/**
 * villageLabels(rows) names every village_code of rows (village_year rows, one per village and year,
 * or any rows with village_code and village_name) as the pages show it, each code with a label no
 * other code has:
 * 1. the label a code asks for: "全镇" for TOWN; the code for a village without a name; the
 *    register's name; or "name(code)" when another code in rows has the same name (a county may have
 *    two 新村, and validation keeps both with the warning duplicate_village_name);
 * 2. a label asked for by several codes (a village literally named "新村(101)" beside the 新村 coded
 *    101, a village named 全镇, a village named like another's code) goes to one of them: TOWN, else a
 *    label that carries its own code (a code, "name(code)"), else the first code in order; each other
 *    code gets its code appended, again until the label is one no code has ("新村(101)(300)").
 * A code's first named row gives its name. The map lists TOWN first, then the codes in ascending
 * order, whatever the order of rows, so the same data give the same labels.
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
  // 1. The label each code asks for, and its claim to it: 0 TOWN, 1 a label carrying the code, 2 a plain name.
  const asked = new Map(codes.map((code) => {
    const name = names.get(code);
    if (code === "TOWN") return [code, {label: "全镇", claim: 0}];
    if (name === "") return [code, {label: code, claim: 1}];
    return [code, codesByName.get(name) > 1 ? {label: `${name}(${code})`, claim: 1} : {label: name, claim: 2}];
  }));
  // 2. Each label asked for goes to the strongest claim, the first code in order among equals.
  const holders = new Map();
  for (const code of codes) {
    const {label, claim} = asked.get(code);
    const holder = holders.get(label);
    if (holder === undefined || claim < asked.get(holder).claim) holders.set(label, code);
  }
  const taken = new Set(holders.keys());
  return new Map(codes.map((code) => {
    let label = asked.get(code).label;
    if (holders.get(label) === code) return [code, label];
    do label = `${label}(${code})`;
    while (taken.has(label));
    taken.add(label);
    return [code, label];
  }));
}
