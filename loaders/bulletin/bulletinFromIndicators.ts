import {dataSource} from "../publish/dataSource.ts";
import {bulletinNotes} from "./bulletinNotes.ts";
import {chineseDateFromIso} from "./chineseDateFromIso.ts";
import {noteRegistry} from "./noteRegistry.ts";
import {scopeNames} from "./scopeNames.ts";
import type {SectionContext} from "./sectionContext.ts";
import {sectionAge} from "./sectionAge.ts";
import {sectionDistribution} from "./sectionDistribution.ts";
import {sectionFamilyPlanning} from "./sectionFamilyPlanning.ts";
import {sectionNaturalChange} from "./sectionNaturalChange.ts";
import {sectionRegistration} from "./sectionRegistration.ts";
import {sectionResident} from "./sectionResident.ts";
import {sectionSex} from "./sectionSex.ts";
import type {AgeSexRow, BulletinDocument, TargetCheckRow, VillageYearRow} from "./types.ts";
import {villageLabels} from "./villageLabels.ts";
import {withheldWording} from "./withheldWording.ts";

export interface BulletinOptions {
  /** The year reported on (its year end is the 标准时点). */
  year: number;
  /** Rows of target_checks; without them no sentence compares an indicator with a target. */
  targets?: TargetCheckRow[];
  /** Rows of age_sex; without them there is no age pyramid. */
  ageSex?: AgeSexRow[];
  /** Issuing office, e.g. "青石镇人口和计划生育办公室" (extract.json's bulletin.issuer). Default: `${region}统计站`. */
  issuer?: string;
  /**
   * Release date YYYY-MM-DD, after the end of `year` (extract.json's bulletin.release_dates), printed
   * as "2026年3月20日". Default: none (the release line is the issuer alone).
   */
  releaseDate?: string;
  /** Rates on a base below this many persons are flagged in the village tables. Default 1000. */
  smallBase?: number;
  /** Below this many births the sex ratio at birth gets a caution. Default 1000. */
  fewBirths?: number;
  /**
   * Counts below this were blanked in the outputs read (the pipeline's --min-cell, recorded in
   * manifest.json): the lead and the tables then say that a blank may be withheld, not missing. Default 0.
   */
  minCell?: number;
  /**
   * Set when the register records no birth, death or move anywhere in `year` although about this many
   * were expected at its own rate (quality.json's years_without_events): the lead then says that the
   * year's figures are only the previous year carried forward. Default: none.
   */
  expectedEventsMissing?: number;
}

export const bulletinDefaults = {smallBase: 1000, fewBirths: 1000};

/**
 * bulletinFromIndicators(rows, {year, targets?, ageSex?, issuer?, releaseDate?}): the annual population bulletin
 * (人口发展统计公报) of `year` as a structured document, every sentence generated from the
 * village_year rows (the TOWN row of the year and of the year before, and the village rows) and
 * formatted once from the unrounded values, following shared/notes/bulletin-style.md.
 * Throws when `rows` has no TOWN row for `year`, or `releaseDate` is not a real date. Pure: same input ⇒ same document.
 */
export function bulletinFromIndicators(rows: VillageYearRow[], options: BulletinOptions): BulletinDocument {
  const {year} = options;
  const town = rows.find((row) => row.village_code === "TOWN" && row.year === year);
  if (!town) throw new Error(`village_year 中没有 ${year} 年的全镇(TOWN)数据`);
  const previous = rows.find((row) => row.village_code === "TOWN" && row.year === year - 1);
  const region = town.village_name.trim() || "全镇";
  const {whole, self} = scopeNames(region);
  const minCell = options.minCell ?? 0;
  const notes = noteRegistry(bulletinNotes({self, year, minCell}));
  // A verdict on a value the text cannot give (blanked by --min-cell, or missing) is not stated: the check
  // reads as no data, so the text never says "出生率无数据" and then "达到…的目标" of it.
  const published = town as unknown as Record<string, unknown>;
  const targetRows = options.targets
    ?.filter((row) => row.village_code === "TOWN" && row.year === year)
    .map((row) => (row.indicator in published && published[row.indicator] == null ? {...row, status: "no_data"} : row));
  const context: SectionContext = {
    year,
    region,
    whole,
    self,
    town,
    previous,
    villages: rows
      .filter((row) => row.year === year && row.village_code !== "TOWN")
      .sort((a, b) => (a.village_code < b.village_code ? -1 : a.village_code > b.village_code ? 1 : 0)),
    // From the rows of every year, as the site names villages: one village is named alike in every year's bulletin.
    villageLabels: villageLabels(rows),
    townSeries: rows.filter((row) => row.village_code === "TOWN" && row.year <= year).sort((a, b) => a.year - b.year),
    targets: options.targets ? new Map((targetRows ?? []).map((row) => [row.indicator, row])) : undefined,
    ageSex: (options.ageSex ?? []).filter((row) => row.village_code === "TOWN" && row.year === year),
    smallBase: options.smallBase ?? bulletinDefaults.smallBase,
    fewBirths: options.fewBirths ?? bulletinDefaults.fewBirths,
    minCell,
    note: notes.ref
  };

  let lead =
    `为反映${year}年${region === whole ? "" : region}人口发展情况,根据${region === whole ? self : region}${dataSource},` +
    `以${year}年12月31日24时为标准时点,对${whole}人口数据进行了汇总。` +
    `本公报所称常住人口为年末在${self}登记居住的户籍人口和流动人口${notes.ref("resident")};` +
    `出生、死亡人口按居住登记口径统计${notes.ref("vitalCaliber")};` +
    `出生率、死亡率和人口自然增长率按年平均人口计算${notes.ref("rates")}。`;
  if (!previous) lead += `${year}年为本资料的第一个统计年度,各项指标不作与上年的比较${notes.ref("firstYear")}。`;
  if (options.expectedEventsMissing !== undefined) {
    lead +=
      `需要说明的是,登记资料中${year}年${whole}没有任何出生、死亡、迁入或迁出记录(按登记各年的平均变动频率,约应有${Math.round(options.expectedEventsMissing)}起),` +
      `资料可能尚未更新到本年,以下人数只是上年数据的结转,请慎用。`;
  }
  if (minCell > 0) lead += `为保护个人隐私,少于${minCell}人的人数及由其算出的比率不予公布,能由合计推算出这些人数的其他人数也一并不予公布${notes.ref("withheld")}。`;
  lead += `现将主要数据${notes.ref("preliminary")}公布如下:`;

  const sections = withheldWording([
    sectionResident(context),
    sectionNaturalChange(context),
    sectionDistribution(context),
    sectionAge(context),
    sectionSex(context),
    sectionRegistration(context),
    sectionFamilyPlanning(context)
  ], minCell);
  const issuer = options.issuer ?? (region === whole ? "统计站" : `${region}统计站`);
  const releaseDate = options.releaseDate === undefined ? undefined : chineseDateFromIso(options.releaseDate);
  return {
    year,
    region,
    title: `${region}${year}年人口发展统计公报`,
    issuer,
    ...(releaseDate === undefined ? {} : {releaseDate}),
    releaseLine: releaseDate === undefined ? issuer : `${issuer} ${releaseDate}`,
    lead,
    sections,
    notes: notes.list(),
    firstYear: !previous
  };
}
