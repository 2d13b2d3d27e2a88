import {noData} from "./noData.ts";
import type {BulletinBlock, BulletinSection} from "./types.ts";

/** What the text says for a figure without a value when the outputs were written with --min-cell. */
export const noDataOrWithheld = "无数据或不公布";

/**
 * withheldWording(sections, minCell): the sections as they are when minCell is 0; otherwise every
 * "无数据" of their text (paragraphs, chart descriptions) reads "无数据或不公布". A blank of outputs
 * written with --min-cell may be a value withheld (a small count, a count blanked so that it cannot be
 * worked out from a total, or a rate computed from either), which the published files do not tell
 * apart from a value that does not exist (a rate over no births): the text says both, as the tables'
 * footnote does. Pure.
 */
export function withheldWording(sections: BulletinSection[], minCell: number): BulletinSection[] {
  if (minCell <= 0) return sections;
  const reword = (text: string) => text.replaceAll(noData, noDataOrWithheld);
  const block = (b: BulletinBlock): BulletinBlock =>
    b.kind === "paragraph" ? {...b, text: reword(b.text)} : b.kind === "chart" ? {...b, alt: reword(b.alt)} : b;
  return sections.map((section) => ({...section, blocks: section.blocks.map(block)}));
}
