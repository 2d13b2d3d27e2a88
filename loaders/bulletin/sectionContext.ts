import type {AgeSexRow, TargetCheckRow, VillageYearRow} from "./types.ts";

/** What every section builder of bulletinFromIndicators receives. */
export interface SectionContext {
  year: number;
  region: string;
  /** "全镇" */
  whole: string;
  /** "本镇" */
  self: string;
  /** The TOWN row of the year. */
  town: VillageYearRow;
  /** The TOWN row of the previous year; undefined in the first year of the data. */
  previous: VillageYearRow | undefined;
  /** Village rows of the year in village_code order (TOWN excluded). */
  villages: VillageYearRow[];
  /** How the tables and text name each village_code: its name, or "name(code)" when two villages share it (villageLabels). */
  villageLabels: Map<string, string>;
  /** TOWN rows of every year up to and including `year`, in year order. */
  townSeries: VillageYearRow[];
  /** TOWN target checks of the year, by indicator; undefined when no targets were given. */
  targets: Map<string, TargetCheckRow> | undefined;
  /** TOWN age_sex rows of the year; empty when not given. */
  ageSex: AgeSexRow[];
  /** Rates on a base (population) smaller than this are flagged in tables. */
  smallBase: number;
  /** Fewer births than this add a caution to the sex ratio at birth. */
  fewBirths: number;
  /** Counts below this were blanked in the outputs (the pipeline's --min-cell); 0 when none were. */
  minCell: number;
  /** Note marker "[n]" for a key of bulletinNotes. */
  note: (key: string) => string;
}
