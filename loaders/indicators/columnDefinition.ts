/** One column of an output table, as it appears in data_dictionary.csv. */
export interface ColumnDefinition {
  /** Output table: village_year.csv, age_sex.csv or services.csv (DuckDB table service_coverage). */
  table: "village_year" | "age_sex" | "services";
  /** Column name, exactly as in the table. */
  name: string;
  /** Chinese label shown to users. */
  label_zh: string;
  /** Definition in words (zh-CN): numerator, denominator, period, and what is left out. */
  definition: string;
  /** Unit (zh-CN), e.g. 人, ‰, %, 元; "—" for codes and names. */
  unit: string;
  /** DuckDB type of the column. */
  type: "INTEGER" | "BIGINT" | "DOUBLE" | "VARCHAR";
}
