import {describe, expect, test} from "vitest";
import {survivalRatios, survivalRatiosDefaults} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";

// nLx of Preston et al. (2001) Box 6.2 (Sweden females 1993, l0 = 100000).
const nLx = [497487, 497138, 496901, 496531, 495902, 495168, 494213, 492760, 490447, 486613, 480665, 471786, 457852, 436153, 402775, 350358, 271512, 291707];

describe("survivalRatios", () => {
  test("survivalRatios has the expected defaults", () => {
    expect(survivalRatiosDefaults).toEqual({radix: 100000, width: 5});
  });

  test("survivalRatios(nLx) gives L0/(5·l0) for births, L(x+5)/L(x) and T85/T80 for the open group (Preston Box 6.2)", () => {
    const {birth, ratios} = survivalRatios(nLx);
    assertInDelta(birth, 497487 / 500000, 1e-15);
    expect(ratios).toHaveLength(17);
    assertInDelta(ratios[0], 497138 / 497487, 1e-15);
    assertInDelta(ratios[16], 291707 / (271512 + 291707), 1e-15);
    expect(ratios.every((r) => r > 0 && r <= 1)).toBe(true);
  });

  test("survivalRatios(nLx) returns 0 where a denominator is 0", () => {
    const {birth, ratios} = survivalRatios([0, 0, 0]);
    expect([birth, ...ratios]).toEqual([0, 0, 0]);
  });
});
