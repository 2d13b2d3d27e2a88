import type {DuckDBValue} from "@duckdb/node-api";
import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorOptions} from "./defaults.ts";

/**
 * One concern of the indicators stage: a .sql file holding a single SELECT, materialised as `table`
 * (a temporary `ind_*` table or view, or one of the output tables), with the columns it defines.
 */
export interface IndicatorStep {
  /** Name of the .sql file and of the .ts file that describes it. */
  id: string;
  /** The SELECT, one statement, beginning with a comment that gives its definition. */
  sql: URL;
  /** Table created from the SELECT. */
  table: string;
  /** Temporary tables are dropped when the stage ends; output tables stay. */
  temporary: boolean;
  /**
   * A temporary view instead of a table: for a SELECT that is cheap to repeat but whose rows are
   * too many to keep (at a county's size keeping them spilled to disk).
   */
  view?: boolean;
  /** Values bound to the $named parameters the SELECT uses. */
  parameters?: (options: IndicatorOptions) => Record<string, DuckDBValue>;
  /** Output columns this step defines (its part of the data dictionary). */
  columns: readonly ColumnDefinition[];
}
