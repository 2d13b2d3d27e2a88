import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parse} from "csv-parse/sync";

export type Row = Record<string, string>;

/** The rows of one CSV file of an extract folder, as objects keyed by header. */
export function readRows(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file)), {columns: true, skip_empty_lines: true}) as Row[];
}

/** Day number (UTC) of an ISO date. */
export function day(iso: string): number {
  return Date.parse(iso + "T00:00:00Z") / 86_400_000;
}

/** Calendar year of an ISO date. */
export function year(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Period total fertility rate and sex ratio at birth of an extract, computed directly from its
 * rows: births (persons with a birth order) by mother's age at birth over women-years lived in the
 * town by age (exposure counted per year at the age reached on 1 July), scaled up for births
 * without a mother link. Years: the register's calendar years, or `years` when given.
 */
export function fertilitySummary(dir: string, years?: number[]) {
  const persons = readRows(dir, "persons.csv");
  const residence = readRows(dir, "residence.csv");
  const meta = JSON.parse(readFileSync(join(dir, "extract.json"), "utf8"));
  const first = year(meta.register_start);
  const last = year(meta.extract_date);
  const span = years ?? Array.from({length: last - first + 1}, (_, i) => first + i);
  const inSpan = new Set(span);
  const byId = new Map(persons.map((p) => [p.person_id, p]));
  const exposure = new Float64Array(50);
  for (const r of residence) {
    const p = byId.get(r.person_id);
    if (!p || p.sex !== "女") continue;
    const start = day(r.start_date);
    const end = r.end_date ? day(r.end_date) : day(meta.extract_date) + 1;
    for (const y of span) {
      const y0 = Date.UTC(y, 0, 1) / 86_400_000;
      const y1 = Date.UTC(y + 1, 0, 1) / 86_400_000;
      const overlap = Math.min(end, y1) - Math.max(start, y0);
      if (overlap <= 0) continue;
      const age = Math.floor((Date.UTC(y, 6, 1) / 86_400_000 - day(p.birth_date)) / 365.25);
      if (age >= 15 && age < 50) exposure[age] += overlap / (y1 - y0);
    }
  }
  const births = new Float64Array(50);
  let all = 0;
  let linked = 0;
  let boys = 0;
  let girls = 0;
  let compliant = 0;
  for (const p of persons) {
    if (!p.birth_order || !inSpan.has(year(p.birth_date))) continue;
    all++;
    if (p.sex === "男") boys++; else girls++;
    if (p.policy_compliant === "是") compliant++;
    const m = byId.get(p.mother_id);
    if (!m || m.sex !== "女") continue;
    const age = Math.floor((day(p.birth_date) - day(m.birth_date)) / 365.25);
    if (age >= 15 && age < 50) { births[age]++; linked++; }
  }
  let tfr = 0;
  for (let a = 15; a < 50; a++) if (exposure[a] > 0) tfr += births[a] / exposure[a];
  return {tfr: (tfr * all) / linked, srb: (100 * boys) / girls, births: all, compliance: compliant / all};
}

export interface FlawRow {
  file: string;
  row: number;
  column: string;
  kind: string;
  /** The flaw in words (zh-CN), as the generator and `npm run sample` print it. */
  what: string;
}

/** The planted flaws listed in loaders/sample/README.md (table rows "| file | row | column | kind | what |"). */
export function plantedFlawsFromReadme(readme: string): FlawRow[] {
  const flaws: FlawRow[] = [];
  for (const line of readme.split("\n")) {
    const m = /^\| ([a-z]+\.csv) \| (\d+) \| ([a-z_]+) \| ([a-z_]+) \| (.+) \|$/.exec(line);
    if (m) flaws.push({file: m[1]!, row: Number(m[2]), column: m[3]!, kind: m[4]!, what: m[5]!});
  }
  return flaws;
}
