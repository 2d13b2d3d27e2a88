import {describe, expect, test} from "vitest";
import {villageLabels as bulletinVillageLabels} from "../../loaders/bulletin/villageLabels.ts";
// The site's own copy of the rule (a browser module; pages cannot import loaders/).
// @ts-expect-error -- plain JavaScript without type declarations
import {villageLabels} from "../../src/components/villageLabels.js";

type Row = {village_code: string; village_name: string | null};

/** Registers of every shape the rule distinguishes: unique, shared (twice, three times), unnamed, TOWN, repeated years, shuffled. */
function registers(): Row[][] {
  const names = ["新村", "东岭村", "新村", "<b>小溪</b>村", "", "新村", "东岭村", "西社区", null, "新村 "];
  const out: Row[][] = [];
  for (let n = 0; n <= names.length; n++) {
    const villages = names.slice(0, n).map((name, i) => ({village_code: String(100 + ((i * 7) % 11)).padStart(3, "0"), village_name: name}));
    out.push(villages, [{village_code: "TOWN", village_name: "青石镇"}, ...villages], [...villages, ...villages].reverse());
  }
  // Names made to collide with the labels of others: name(code) of a 新村, 全镇, a code, and codes holding brackets.
  const adversarial: Row[] = [
    {village_code: "101", village_name: "新村"}, {village_code: "205", village_name: "新村"}, {village_code: "300", village_name: "新村(101)"},
    {village_code: "400", village_name: "新村(101)(300)"}, {village_code: "007", village_name: "全镇"}, {village_code: "106", village_name: null},
    {village_code: "108", village_name: "106"}, {village_code: "1)(2", village_name: "新村"}, {village_code: "2", village_name: "新村(1)"}, {village_code: "8", village_name: "新村(1)"}
  ];
  for (let n = 1; n <= adversarial.length; n++) {
    const villages = adversarial.slice(0, n);
    out.push(villages, [{village_code: "TOWN", village_name: "青石镇"}, ...villages].reverse());
  }
  return out;
}

describe("the site and the bulletin label villages alike", () => {
  test("villageLabels(rows) of the site equals the bulletin's villageLabels(rows), entries and order, for every register", () => {
    for (const rows of registers()) expect([...villageLabels(rows)], JSON.stringify(rows)).toEqual([...bulletinVillageLabels(rows)]);
  });

  test("villageLabels(rows) of the site gives every code a label no other code has, for every register", () => {
    for (const rows of registers()) {
      const labels = villageLabels(rows);
      expect(new Set(labels.values()).size, JSON.stringify([...labels])).toBe(labels.size);
    }
  });

  test("villageLabels(rows) of the site gives a village literally named 新村(101) its code, beside the 新村 coded 101 and another 新村", () => {
    const rows = [{village_code: "300", village_name: "新村(101)"}, {village_code: "205", village_name: "新村"}, {village_code: "101", village_name: "新村"}];
    expect([...villageLabels(rows)]).toEqual([["101", "新村(101)"], ["205", "新村(205)"], ["300", "新村(101)(300)"]]);
  });

  test("villageLabels(rows) of the site keeps unique names as they are and adds the code to shared ones", () => {
    const rows = [{village_code: "TOWN", village_name: "青石镇"}, {village_code: "205", village_name: "新村"}, {village_code: "101", village_name: "新村"}, {village_code: "102", village_name: "东岭村"}];
    expect([...villageLabels(rows)]).toEqual([["TOWN", "全镇"], ["101", "新村(101)"], ["102", "东岭村"], ["205", "新村(205)"]]);
  });
});
