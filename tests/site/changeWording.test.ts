import {describe, expect, test} from "vitest";
import {changePhrase, type ChangeKind} from "../../loaders/bulletin/changePhrase.ts";
// The site's own copy of the wording (a browser module; pages cannot import loaders/).
// @ts-expect-error -- plain JavaScript without type declarations
import {formatChange} from "../../src/components/formatChange.js";

/** A deterministic spread of levels: values near two decimals' rounding edges included. */
function levels(): number[] {
  const values: number[] = [];
  for (let i = 0; i < 400; i++) values.push(Math.round(((i * 7919) % 10007) / 10007 * 3000) / 100 + (i % 7) * 0.0013 - 0.004);
  return values;
}

describe("the site and the bulletin word a change on last year alike", () => {
  const cases: [ChangeKind, string][] = [["perMille", "‰"], ["percent", "%"], ["ratio", ""], ["yuan", "元"]];
  for (const [kind, unit] of cases) {
    test(`formatChange(current, previous, "${unit}") is the bulletin's changePhrase(current, previous, "${kind}")`, () => {
      const values = levels();
      for (let i = 1; i < values.length; i++) {
        const [current, previous] = [values[i]!, values[i - 1]!];
        expect(formatChange(current, previous, unit), `${current} vs ${previous}`).toBe(changePhrase(current, previous, kind));
      }
    });
  }
});
