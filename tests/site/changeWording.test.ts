import {describe, expect, test} from "vitest";
import {ageGroupLabel as bulletinAgeGroupLabel} from "../../loaders/bulletin/ageGroupLabel.ts";
import {changePhrase, type ChangeKind} from "../../loaders/bulletin/changePhrase.ts";
// @ts-expect-error -- plain JavaScript without type declarations
import {ageGroupLabel} from "../../src/components/ageGroupOrder.js";
// The site's own copy of the wording (a browser module; pages cannot import loaders/).
// @ts-expect-error -- plain JavaScript without type declarations
import {formatChange} from "../../src/components/formatChange.js";
// @ts-expect-error -- plain JavaScript without type declarations
import {formatValue} from "../../src/components/formatValue.js";

/**
 * A deterministic spread of levels: values near two decimals' rounding edges included, negative ones
 * (natural growth) too, and exact ties such as -0.125, which Math.round and toFixed round apart.
 */
function levels(): number[] {
  const values: number[] = [];
  for (let i = 0; i < 400; i++) values.push(Math.round(((i * 7919) % 10007) / 10007 * 3000) / 100 + (i % 7) * 0.0013 - 0.004);
  for (let i = 0; i < 200; i++) values.push(-values[i]!);
  values.push(-0.125, 0.25, -0.375, 0.125, -0.625, -1.125, -0.001, 0.001, -0.004, 0);
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

describe("the site prints levels as the bulletin does", () => {
  test("formatValue never prints -0.00: a rate that rounds to zero is unsigned, and a change from it matches the printed levels", () => {
    expect(formatValue(-0.001, "‰")).toBe("0.00‰");
    expect(formatValue(-0.004, "%")).toBe("0.00%");
    expect(formatValue(-0.0049, "比")).toBe("0.00");
    expect(formatValue(-0.125, "‰")).toBe("-0.13‰");
    expect(formatChange(-0.125, 0, "‰")).toBe("比上年下降0.13个千分点");
    expect(formatChange(-0.001, 0.001, "‰")).toBe("与上年持平");
  });

  test("formatChange of a year-end count is the bulletin's 'stock' phrase, the % left out when it rounds to 0.00", () => {
    for (const [current, previous] of [[23801, 23996], [24001, 24000], [23996, 23801], [5000, 5000], [12, 10]] as const) {
      expect(formatChange(current, previous, "人", {stock: true}), `${current} vs ${previous}`).toBe(changePhrase(current, previous, "stock"));
    }
  });
});

test("the site's ageGroupLabel writes every age group of the outputs as the bulletin's does ('0—4岁', '85岁及以上')", () => {
  const groups = [...Array.from({length: 17}, (_, i) => `${i * 5}-${i * 5 + 4}`), "85+", "0-14", "15-64", "65+", "60+"];
  for (const group of groups) expect(ageGroupLabel(group), group).toBe(bulletinAgeGroupLabel(group));
  expect(ageGroupLabel("85+")).toBe("85岁及以上");
});
