import {describe, expect, test} from "vitest";
import {scopeNames} from "../../loaders/bulletin/scopeNames.ts";

describe("scopeNames", () => {
  test("scopeNames(region) names the whole area after the region's last character", () => {
    expect(scopeNames("青石镇")).toEqual({whole: "全镇", self: "本镇"});
    expect(scopeNames("石门乡")).toEqual({whole: "全乡", self: "本乡"});
    expect(scopeNames("城关街道")).toEqual({whole: "全街道", self: "本街道"});
    expect(scopeNames("全镇")).toEqual({whole: "全镇", self: "本镇"});
    expect(scopeNames("Sample")).toEqual({whole: "全镇", self: "本镇"});
  });
});
