import {describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
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
});
