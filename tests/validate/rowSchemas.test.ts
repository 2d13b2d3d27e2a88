import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {personRow} from "../../loaders/validate/personRow.ts";
import {residenceRow} from "../../loaders/validate/residenceRow.ts";
import {serviceRow} from "../../loaders/validate/serviceRow.ts";
import {fundingRow} from "../../loaders/validate/fundingRow.ts";
import {villageRow} from "../../loaders/validate/villageRow.ts";
import {fieldMeta, requiredText, soft} from "../../loaders/validate/fields.ts";
import {reasons} from "../../loaders/validate/reasons.ts";
import type {z} from "zod";

/** The (column, reason) pairs of a failed parse. */
function problems(result: {success: boolean; error?: {issues: {path: PropertyKey[]; params?: unknown}[]}}) {
  return (result.error?.issues ?? []).map((i) => [String(i.path[0]), (i.params as {reason: string}).reason]);
}

/** Every field of the row schemas, with its FieldMeta. */
function allFields() {
  const schemas = {villageRow, personRow, residenceRow, serviceRow, fundingRow} as Record<string, z.ZodType>;
  return Object.entries(schemas).flatMap(([schema, object]) => {
    // residenceRow is a refined object: its shape is the inner object's.
    const shape = (object as unknown as {shape?: Record<string, z.ZodType>}).shape ?? (object as unknown as {def: {schema?: {shape: Record<string, z.ZodType>}}}).def.schema?.shape ?? {};
    return Object.entries(shape).flatMap(([column, field]) => {
      const meta = fieldMeta(field);
      return meta ? [{schema, column, meta}] : [];
    });
  });
}

/** Every coded field of the row schemas: its column, accepted spellings and reason. */
function codedFields() {
  return allFields().flatMap((f) => (f.meta.kind === "code" ? [{...f, meta: f.meta}] : []));
}

describe("row schemas", () => {
  test("every coded field's reason lists every spelling its schema accepts, so the office reads what to write", () => {
    const fields = codedFields();
    expect(fields.map((f) => f.column).sort()).toEqual(["end_reason", "hukou_type", "policy_compliant", "sex", "start_reason", "village_type"]);
    for (const {schema, column, meta} of fields) {
      const text = reasons[meta.reason].toLowerCase();
      // Each spelling as a word of its own: "m" does not count as written inside "male".
      const words = new Set(text.split(/[\s、,;:()/]|或|也可写|应为|留空/).filter(Boolean));
      for (const spelling of Object.keys(meta.spellings)) expect(words.has(spelling.toLowerCase()), `${schema}.${column}: ${spelling} in ${text}`).toBe(true);
      // Reasons are per field: the quality report groups rejected rows by file and reason.
      expect(fields.filter((f) => f.meta.reason === meta.reason).map((f) => f.column)).toEqual([column]);
    }
  });

  test("the soft fields are the optional fields nothing that counts reads, as loaders/validate/README.md decides", () => {
    const softColumns = allFields().filter((f) => f.meta.soft !== undefined).map((f) => `${f.schema}.${f.column}`);
    expect(softColumns.sort()).toEqual([
      "fundingRow.item", "fundingRow.source",
      "personRow.birth_order", "personRow.id_number", "personRow.mother_id", "personRow.name", "personRow.policy_compliant",
      "villageRow.village_type"
    ]);
    const readme = readFileSync(new URL("../../loaders/validate/README.md", import.meta.url), "utf8");
    // Every optional field has its decision written in the README's table, soft or not.
    const tables: Record<string, string> = {villageRow: "villages", personRow: "persons", residenceRow: "residence", serviceRow: "services", fundingRow: "funding"};
    const optional = allFields().filter((f) => !f.meta.required);
    expect(optional.length).toBeGreaterThan(softColumns.length);
    for (const {schema, column, meta} of optional)
      expect(readme, `${schema}.${column}`).toMatch(new RegExp(`\\| ${tables[schema]}\\.${column} \\| ${meta.soft ? "soft" : "rejects"} \\|`));
  });

  test("a soft field's warning repeats what the field expects and says the value was not used", () => {
    const softFields = allFields().filter((f) => f.meta.soft !== undefined);
    expect(softFields.length).toBeGreaterThan(0);
    for (const {schema, column, meta} of softFields) {
      const text = reasons[meta.soft!];
      expect(text, `${schema}.${column}`).toContain("该值未采用,已按空白处理");
      if (meta.kind === "code") expect(text.startsWith(reasons[meta.reason]), `${schema}.${column}: ${text}`).toBe(true);
      if (meta.kind === "text") expect(text, `${schema}.${column}`).toContain(`应不超过${meta.maxLength}个字`);
      if (meta.kind === "integer") expect(text, `${schema}.${column}`).toContain(`不小于${meta.min}的整数`);
    }
  });

  test("soft(field) refuses a required field: a value a count needs is never blanked", () => {
    expect(() => soft(requiredText(), "too_long_blanked")).toThrow("only an optional field");
  });

  test("personRow.parse(row) maps the accepted spellings to stored codes", () => {
    const row = personRow.parse({person_id: "P1", sex: "2", birth_date: "1990/2/3", hukou_type: "流动", birth_order: "3", policy_compliant: "否"});
    expect(row).toEqual({
      person_id: "P1", name: null, id_number: null, sex: "F", birth_date: "1990-02-03", hukou_type: "migrant",
      mother_id: null, birth_order: 3, policy_compliant: false
    });
    for (const [text, code] of [["男", "M"], ["female", "F"], ["M", "M"], ["F", "F"], ["1", "M"], ["Male", "M"], ["男性", "M"], ["女性", "F"]] as const)
      expect(personRow.parse({person_id: "P", sex: text, birth_date: "2000-01-01", hukou_type: "户籍"}).sex).toBe(code);
  });

  test("personRow.safeParse(row) names every bad column with its reason", () => {
    const result = personRow.safeParse({person_id: "", sex: "未知", birth_date: "2023-02-29", hukou_type: "外地", birth_order: "0", policy_compliant: "也许"});
    expect(problems(result)).toEqual([
      ["person_id", "required"],
      ["sex", "invalid_sex"],
      ["birth_date", "invalid_date"],
      ["hukou_type", "invalid_hukou_type"],
      ["birth_order", "out_of_range"],
      ["policy_compliant", "invalid_policy_compliant"]
    ]);
  });

  test("residenceRow.safeParse(row) requires end_reason exactly when end_date is given", () => {
    const base = {person_id: "P1", village_code: "V1", start_date: "2020-01-01", start_reason: "迁入"};
    expect(problems(residenceRow.safeParse({...base, end_date: "2021-01-01"}))).toEqual([["end_reason", "end_date_without_end_reason"]]);
    expect(problems(residenceRow.safeParse({...base, end_reason: "死亡"}))).toEqual([["end_date", "end_reason_without_end_date"]]);
    expect(residenceRow.parse({...base, end_date: "2021-01-01", end_reason: "迁出"}).end_reason).toBe("out_migration");
  });

  test("residenceRow.safeParse(row) allows end_date equal to start_date but not before it", () => {
    const base = {person_id: "P1", village_code: "V1", start_date: "2020-05-05", start_reason: "出生", end_reason: "死亡"};
    expect(residenceRow.safeParse({...base, end_date: "2020-05-05"}).success).toBe(true);
    expect(problems(residenceRow.safeParse({...base, end_date: "2020-05-04"}))).toEqual([["end_date", "end_before_start"]]);
  });

  test("serviceRow.parse(row) reads counts with thousands separators; rejects fractions and negatives", () => {
    expect(serviceRow.parse({year: "2024", village_code: "V1", project: "免费孕前优生健康检查", eligible: "1,234", served: "980"})).toEqual({
      year: 2024, village_code: "V1", project: "免费孕前优生健康检查", eligible: 1234, served: 980
    });
    expect(problems(serviceRow.safeParse({year: "24", village_code: "V1", project: "x", eligible: "1.5", served: "-1"}))).toEqual([
      ["year", "out_of_range"], ["eligible", "invalid_integer"], ["served", "out_of_range"]
    ]);
  });

  test("fundingRow.parse(row) keeps an empty village_code as town-level money", () => {
    expect(fundingRow.parse({year: "2025", village_code: "", amount_yuan: "12,500.50"})).toMatchObject({village_code: null, amount_yuan: 12500.5});
    expect(problems(fundingRow.safeParse({year: "2025", amount_yuan: "一万"}))).toEqual([["amount_yuan", "invalid_number"]]);
  });

  test("villageRow.safeParse(row) rejects a missing name and an unknown type", () => {
    expect(problems(villageRow.safeParse({village_code: "V1", village_name: "", village_type: "镇"}))).toEqual([
      ["village_name", "required"], ["village_type", "invalid_village_type"]
    ]);
    expect(villageRow.parse({village_code: "V1", village_name: "东村", village_type: "社区"}).village_type).toBe("community");
  });
});
