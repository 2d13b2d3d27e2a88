import type {DictionaryEntry} from "./dataDictionary.ts";
import {publishedDatasets} from "./publishedDatasets.ts";
import {tableSchemaTypeFromDuckDbType, type TableSchemaType} from "./tableSchemaTypeFromDuckDbType.ts";

/** One column of a resource's Table Schema. */
export interface DataPackageField {
  name: string;
  /** The dictionary's label_zh. */
  title: string;
  /** The dictionary's definition. */
  description: string;
  type: TableSchemaType;
  /** The dictionary's unit (a custom property, which the spec allows); absent for codes and names ("—"). */
  unit?: string;
}

/** One published CSV dataset, as a Tabular Data Resource. */
export interface DataPackageResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8-sig";
  dialect: {delimiter: ","; doubleQuote: true; lineTerminator: "\n"; quoteChar: "\""; header: true};
  bytes: number;
  /** "sha256:<hex>", the spec's form for a hash other than MD5. */
  hash: string;
  schema: {fields: DataPackageField[]; missingValues: [""]; primaryKey?: string[]};
}

/** datapackage.json (Frictionless Data Package v1, tabular profile). */
export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  version: string;
  resources: DataPackageResource[];
}

/** A written file's size and SHA-256 (hex), as manifest.json records them. */
export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/**
 * dataPackage({version, region, minCell, dictionary, files}) is the datapackage.json descriptor of an
 * output folder: one Tabular Data Resource per dataset of the dictionary, in the dictionary's order,
 * whose fields are the dictionary's entries for it, in order (the CSV's columns). `files` gives the
 * size and SHA-256 of each `<dataset>.csv` as written (byte-order mark included). Throws, naming it,
 * for a dataset whose CSV is not in `files` and for a column type with no Table Schema type.
 *
 * Left out: data_dictionary.csv (the fields carry its content), the internal rejects.csv, the Parquet
 * files (a Tabular Data Package's resources must be CSV; each holds its CSV's rows), quality.json and
 * manifest.json (not tables; the manifest, written last, lists this file). No licence: the project
 * defines none.
 */
export function dataPackage({version, region, minCell, dictionary, files}: {
  version: string;
  /** extract.json's region (e.g. 青石镇); null when not given. */
  region: string | null;
  /** --min-cell: counts below it were blanked; 0 = none. */
  minCell: number;
  dictionary: readonly DictionaryEntry[];
  files: Readonly<Record<string, WrittenFile>>;
}): DataPackage {
  const datasets = [...new Set(dictionary.map((d) => d.dataset))];
  const resources = datasets.map((dataset): DataPackageResource => {
    const path = `${dataset}.csv`;
    const file = files[path];
    if (file === undefined) throw new Error(`datapackage.json: ${path} of the data dictionary was not written`);
    const fields = dictionary.filter((d) => d.dataset === dataset).map((d): DataPackageField => ({
      name: d.name,
      title: d.label_zh,
      description: d.definition,
      type: tableSchemaTypeFromDuckDbType(d.type),
      ...(d.unit === "—" ? {} : {unit: d.unit})
    }));
    const key = publishedDatasets.find((d) => d.dataset === dataset)?.primaryKey;
    for (const name of key ?? []) if (!fields.some((f) => f.name === name)) throw new Error(`datapackage.json: primary key column ${dataset}.${name} is not in the data dictionary`);
    return {
      name: dataset,
      path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: {delimiter: ",", doubleQuote: true, lineTerminator: "\n", quoteChar: "\"", header: true},
      bytes: file.bytes,
      hash: `sha256:${file.sha256}`,
      schema: {fields, missingValues: [""], ...(key === undefined ? {} : {primaryKey: [...key]})}
    };
  });
  const blanks = minCell > 0
    ? `空单元格表示无数据(如分母为0)或不公布:本数据按 --min-cell ${minCell} 作了小数抑制,少于${minCell}人的人数、为使其无法由合计推算而一并留空的人数,以及由这些人数算出的比率和目标判断均留空,两者在文件中无法区分。`
    : "空单元格表示无数据(如分母为0)。";
  return {
    profile: "tabular-data-package",
    name: "population-bulletin",
    title: `${region ?? ""}人口发展公报数据`,
    description: [
      `${region ?? "本镇"}全员人口信息的汇总数据:各村(社区)及全镇(village_code 为 TOWN)分年度指标、分性别年龄组人口、服务项目覆盖、目标对照、五年人口预测及其回测精度和假设。均为汇总数,不含姓名、身份证号、人员编号或个人的确切日期。`,
      "CSV 为带字节顺序标记(BOM)的 UTF-8 编码。",
      blanks,
      "文本单元格中以 =、+、-、−、@、制表符或回车开头者(-138 这样的普通数字除外)前面加了一个撇号('),以免电子表格把它当作公式执行,读取时应去掉这个撇号;同名 .parquet 文件保留原文,内容与 CSV 相同(未列为资源:表格数据包的资源须为 CSV)。",
      "各字段的定义、单位与 data_dictionary.csv 相同;manifest.json 列出包括本文件在内的每个文件的 SHA-256。"
    ].join(""),
    version,
    resources
  };
}
