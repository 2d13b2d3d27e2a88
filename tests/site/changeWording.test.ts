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
import {indicators} from "../../src/components/indicators.js";

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

describe("年平均人口 (pop_avg), a mean of two counts, is printed exactly everywhere", () => {
  test("formatValue(value, \"人\", {average: true}) writes a mean of two counts as it is, whole or with its half, with no thousands separator; a count is still whole", () => {
    // (27341 + 27342) / 2: the sample town's 2025 年平均人口.
    const mean = (27341 + 27342) / 2;
    expect(formatValue(mean, "人", {average: true})).toBe("27341.5人");
    expect(formatValue(mean, "人", {withUnit: false, average: true})).toBe("27341.5");
    expect(formatValue((4427 + 4427) / 2, "人", {average: true})).toBe("4427人");
    expect(formatValue((0 + 1) / 2, "人", {average: true})).toBe("0.5人");
    expect(formatValue(null, "人", {average: true})).toBe("—");
    // Counts of persons (and projected populations) stay whole.
    expect(formatValue(mean, "人")).toBe(String(Math.round(mean)) + "人");
  });

  test("formatChange(current, previous, \"人\", {average: true}) is the difference of the printed means, exactly", () => {
    expect(formatChange((27341 + 27342) / 2, 27300, "人", {average: true})).toBe("比上年增加41.5人");
    expect(formatChange(27300, (27341 + 27342) / 2, "人", {average: true})).toBe("比上年减少41.5人");
    expect(formatChange(27300.5, 27300.5, "人", {average: true})).toBe("与上年持平");
    // Rounded first, as counts are, the two means 27300.5 and 27301 would read 与上年持平.
    expect(formatChange(27301, 27300.5, "人", {average: true})).toBe("比上年增加0.5人");
  });

  test("indicators.js marks pop_avg, and only pop_avg, as an average, so every page that formats an indicator prints it exactly", () => {
    expect((indicators as {key: string; average?: boolean}[]).filter((d) => d.average).map((d) => d.key)).toEqual(["pop_avg"]);
  });
});

test("the site's ageGroupLabel writes every age group of the outputs as the bulletin's does ('0—4岁', '85岁及以上')", () => {
  const groups = [...Array.from({length: 17}, (_, i) => `${i * 5}-${i * 5 + 4}`), "85+", "0-14", "15-64", "65+", "60+"];
  for (const group of groups) expect(ageGroupLabel(group), group).toBe(bulletinAgeGroupLabel(group));
  expect(ageGroupLabel("85+")).toBe("85岁及以上");
});
