import {parse} from "csv-parse/sync";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {dateFromIso} from "./dateFromIso.ts";

/** One accepted person, as README's extract format describes it. */
export interface OraclePerson {
  id: string;
  sex: "M" | "F";
  birth: Date;
  hukou: "户籍" | "流动";
  motherId: string | null;
  birthOrder: number | null;
  policyCompliant: boolean | null;
}

/** One accepted residence spell. */
export interface OracleSpell {
  personId: string;
  village: string;
  start: Date;
  startReason: "期初" | "出生" | "迁入";
  end: Date | null;
  endReason: "死亡" | "迁出" | null;
}

/** The register as the oracle reads it: the extract's files less the rows the pipeline rejected. */
export interface OracleRegister {
  region: string | null;
  registerStart: Date;
  extractDate: Date;
  villages: {code: string; name: string; type: string | null}[];
  persons: Map<string, OraclePerson>;
  spells: OracleSpell[];
  /** services rows (null when the extract has no services file). */
  services: {year: number; village: string; project: string; eligible: number; served: number}[] | null;
  /** funding rows, village null for the town's own money (null when the extract has no funding file). */
  funding: {year: number; village: string | null; amount: number}[] | null;
}

type Record = {[column: string]: string};

function records(path: string): Record[] {
  return parse(readFileSync(path), {columns: true, bom: true, trim: true}) as Record[];
}

const sexes: {[code: string]: "M" | "F"} = {"男": "M", "m": "M", "male": "M", "1": "M", "女": "F", "f": "F", "female": "F", "2": "F"};

function sexFrom(text: string): "M" | "F" {
  const sex = sexes[text.toLowerCase()];
  if (!sex) throw new Error(`oracle: unknown sex ${JSON.stringify(text)}`);
  return sex;
}

function oneOf<T extends string>(text: string, allowed: readonly T[], column: string): T {
  if (!allowed.includes(text as T)) throw new Error(`oracle: unexpected ${column} ${JSON.stringify(text)}`);
  return text as T;
}

/**
 * oracleRegisterFromFolder(input, rejectsCsv) reads the CSV extract in `input` (English headers, ISO
 * dates, as the bundled sample is written) and leaves out every row listed in the pipeline's
 * rejects.csv (file + 1-based row), and every spell of a person who is not left (README, Validation:
 * "a rejected person takes their spells with them"). Nothing else of the pipeline's work is used.
 */
export function oracleRegisterFromFolder(input: string, rejectsCsv: string): OracleRegister {
  const rejected = new Set(records(rejectsCsv).map((r) => `${r.file}#${r.row}`));
  const kept = (file: string): Record[] => records(join(input, file)).filter((_, i) => !rejected.has(`${file}#${i + 1}`));
  const meta = JSON.parse(readFileSync(join(input, "extract.json"), "utf8")) as {region?: string; register_start: string; extract_date: string};

  const persons = new Map<string, OraclePerson>();
  for (const r of kept("persons.csv")) {
    if (persons.has(r.person_id)) throw new Error(`oracle: person ${r.person_id} twice after rejects`);
    persons.set(r.person_id, {
      id: r.person_id,
      sex: sexFrom(r.sex),
      birth: dateFromIso(r.birth_date),
      hukou: oneOf(r.hukou_type, ["户籍", "流动"] as const, "hukou_type"),
      motherId: r.mother_id || null,
      birthOrder: r.birth_order ? Number(r.birth_order) : null,
      policyCompliant: r.policy_compliant ? oneOf(r.policy_compliant, ["是", "否"] as const, "policy_compliant") === "是" : null
    });
  }
  const spells = kept("residence.csv")
    .filter((r) => persons.has(r.person_id))
    .map((r): OracleSpell => ({
      personId: r.person_id,
      village: r.village_code,
      start: dateFromIso(r.start_date),
      startReason: oneOf(r.start_reason, ["期初", "出生", "迁入"] as const, "start_reason"),
      end: r.end_date ? dateFromIso(r.end_date) : null,
      endReason: r.end_reason ? oneOf(r.end_reason, ["死亡", "迁出"] as const, "end_reason") : null
    }));
  const optional = (file: string): Record[] | null => existsSync(join(input, file)) ? kept(file) : null;
  return {
    region: meta.region ?? null,
    registerStart: dateFromIso(meta.register_start),
    extractDate: dateFromIso(meta.extract_date),
    villages: kept("villages.csv").map((r) => ({code: r.village_code, name: r.village_name, type: r.village_type || null})),
    persons,
    spells,
    services: optional("services.csv")?.map((r) => ({year: Number(r.year), village: r.village_code, project: r.project, eligible: Number(r.eligible), served: Number(r.served)})) ?? null,
    funding: optional("funding.csv")?.map((r) => ({year: Number(r.year), village: r.village_code || null, amount: Number(r.amount_yuan)})) ?? null
  };
}
