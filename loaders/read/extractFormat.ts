/**
 * The register extract, format v1: which files make up an extract and which columns each has.
 *
 * This is the one place that names the tables, their file names and their column headers in
 * English and Chinese. Readers use it to map headers; schemas use it to know what is required;
 * the sample generator uses it to write headers.
 */

export type TableName = "villages" | "persons" | "residence" | "services" | "funding" | "targets";

export interface ColumnSpec {
  /** Canonical (English) column name, used everywhere in code and outputs. */
  name: string;
  /** Chinese header accepted as an alias of `name`. */
  zh: string;
  /** A file without this column is rejected as a whole. */
  required: boolean;
  /** Holds personal data (identity or an exact date): never reaches a published output. */
  sensitive?: boolean;
  /** Identifies a person (name, ID number, person id): masked even in the internal rejects.csv. */
  identifying?: boolean;
}

export interface TableSpec {
  table: TableName;
  /** File stems accepted for this table (matched case-insensitively, before .csv/.xlsx). */
  stems: string[];
  /** Chinese label of the table, for messages. */
  zh: string;
  /** The extract is rejected as a whole when a required table has no file. */
  required: boolean;
  columns: ColumnSpec[];
}

export const extractTables: readonly TableSpec[] = [
  {
    table: "villages",
    stems: ["villages", "村居"],
    zh: "村居",
    required: true,
    columns: [
      {name: "village_code", zh: "村居代码", required: true},
      {name: "village_name", zh: "村居名称", required: true},
      {name: "village_type", zh: "类型", required: false}
    ]
  },
  {
    table: "persons",
    stems: ["persons", "人员"],
    zh: "人员",
    required: true,
    columns: [
      {name: "person_id", zh: "人员编号", required: true, sensitive: true, identifying: true},
      {name: "name", zh: "姓名", required: false, sensitive: true, identifying: true},
      {name: "id_number", zh: "身份证号", required: false, sensitive: true, identifying: true},
      {name: "sex", zh: "性别", required: true},
      {name: "birth_date", zh: "出生日期", required: true, sensitive: true},
      {name: "hukou_type", zh: "户籍类型", required: true},
      {name: "mother_id", zh: "母亲编号", required: false, sensitive: true, identifying: true},
      {name: "birth_order", zh: "孩次", required: false},
      {name: "policy_compliant", zh: "政策符合", required: false}
    ]
  },
  {
    table: "residence",
    stems: ["residence", "居住登记"],
    zh: "居住登记",
    required: true,
    columns: [
      {name: "person_id", zh: "人员编号", required: true, sensitive: true, identifying: true},
      {name: "village_code", zh: "村居代码", required: true},
      {name: "start_date", zh: "起始日期", required: true, sensitive: true},
      {name: "start_reason", zh: "起始原因", required: true},
      {name: "end_date", zh: "终止日期", required: false, sensitive: true},
      {name: "end_reason", zh: "终止原因", required: false}
    ]
  },
  {
    table: "services",
    stems: ["services", "项目服务"],
    zh: "项目服务",
    required: false,
    columns: [
      {name: "year", zh: "年份", required: true},
      {name: "village_code", zh: "村居代码", required: true},
      {name: "project", zh: "项目", required: true},
      {name: "eligible", zh: "应服务人数", required: true},
      {name: "served", zh: "已服务人数", required: true}
    ]
  },
  {
    table: "funding",
    stems: ["funding", "经费投入"],
    zh: "经费投入",
    required: false,
    columns: [
      {name: "year", zh: "年份", required: true},
      {name: "village_code", zh: "村居代码", required: false},
      {name: "source", zh: "来源", required: false},
      {name: "item", zh: "用途", required: false},
      {name: "amount_yuan", zh: "金额/元", required: true}
    ]
  },
  {
    table: "targets",
    stems: ["targets", "目标"],
    zh: "目标",
    required: false,
    columns: [
      {name: "indicator", zh: "指标", required: true},
      {name: "op", zh: "比较", required: true},
      {name: "value", zh: "目标值", required: true},
      {name: "value_high", zh: "目标上限", required: false},
      {name: "label", zh: "说明", required: false}
    ]
  }
];

/** Optional metadata file of an extract. */
export const extractMetaFile = "extract.json";

/** Optional village boundaries for the map (GeoJSON FeatureCollection, `properties.village_code`). */
export const villageBoundariesFile = "villages.geojson";

export function tableSpec(table: TableName): TableSpec {
  const spec = extractTables.find((t) => t.table === table);
  if (!spec) throw new Error(`unknown table: ${table}`);
  return spec;
}

/** Every header cell a table's columns accept once cleaned (columnFromHeader's keys), by table. */
const headerNamesOf = new Map<TableSpec, ReadonlySet<string>>();

/**
 * The header cells (NFKC, trimmed, lower case) that columnFromHeader maps to one of the table's
 * columns: each column's name and its Chinese name. For a cheap test of whether a cell names a column.
 */
export function headerNames(spec: TableSpec): ReadonlySet<string> {
  let names = headerNamesOf.get(spec);
  if (!names) {
    names = new Set(spec.columns.flatMap((c) => [c.name, c.zh]));
    headerNamesOf.set(spec, names);
  }
  return names;
}

/** Canonical name of a header cell, or undefined when the header is not one of the table's columns. */
export function columnFromHeader(spec: TableSpec, header: string): ColumnSpec | undefined {
  const key = header.normalize("NFKC").trim().toLowerCase();
  return spec.columns.find((c) => c.name === key || c.zh === key);
}
