import {describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {dataSource} from "../../loaders/publish/dataSource.ts";
import type {BulletinDocument} from "../../loaders/bulletin/types.ts";

// The bulletin of every year of the bundled sample, checked against rules of
// /work/shared/notes/bulletin-style.md that hold for every sentence, whatever the numbers.
const {ensurePipelineOutputs} = await import("../../loaders/publish/ensurePipelineOutputs.ts");
const outputs = await ensurePipelineOutputs("data/sample");
const {bulletins} = bulletinsFromFolder(outputs);
const documents = Object.values(bulletins);

/** Every text of a bulletin a reader sees: lead, paragraphs, table titles and notes, chart texts, notes. */
function texts(doc: BulletinDocument): string[] {
  const blocks = doc.sections.flatMap((s) => s.blocks);
  return [
    doc.lead,
    ...blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "table" ? [b.title, ...b.footnotes] : [b.title, b.alt])),
    ...doc.notes
  ];
}

describe("bulletinsFromFolder(sample outputs): every year's bulletin", () => {
  test("bulletinsFromFolder(sample) has bulletins to check", () => {
    expect(documents.length).toBeGreaterThan(5);
  });

  test("bulletinsFromFolder(sample) puts a note marker after its term and before punctuation, never glued to a number", () => {
    for (const doc of documents) {
      for (const text of texts(doc)) {
        const markers = [...text.matchAll(/\[\d+\]/g)];
        for (const {index} of markers) {
          const before = text.slice(0, index);
          const after = text.slice(index + text.slice(index).indexOf("]") + 1);
          const where = `${doc.year}: …${text.slice(Math.max(0, index - 12), index + 12)}…`;
          // After a term: not after punctuation, not at the start, not after a number.
          expect(before, where).toMatch(/[\u4e00-\u9fff)]$/);
          expect(before, where).not.toMatch(/\d[%‰人元]?$/);
          // Not glued to a number that follows ("流动人口[1]4306人").
          expect(after, where).not.toMatch(/^[-\d]/);
        }
      }
    }
  });

  test("bulletinsFromFolder(sample) names the data source one way, dataSource, in the lead, the table notes and the note on 常住人口", () => {
    for (const doc of documents) {
      const all = texts(doc);
      const naming = all.filter((text) => /资料/.test(text));
      // The lead, the note under each village table and the note defining 常住人口.
      expect(doc.lead).toContain(dataSource);
      const tableNotes = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "table" ? b.footnotes.filter((f) => f.startsWith("注:本表根据")) : []));
      expect(tableNotes.length).toBeGreaterThan(0);
      expect(doc.notes.some((note) => note.includes(dataSource))).toBe(true);
      // Any other mention of 资料 is the same wording (removed from the text, nothing naming a source is left).
      for (const text of naming) expect(text.split(dataSource).join(""), `${doc.year}: ${text}`).not.toMatch(/户籍资料|登记资料|公安/);
      for (const note of tableNotes) expect(note).toContain(dataSource);
    }
  });
});
