import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {intervalSideNote} from "../../src/components/intervalSideNote.js";

describe("intervalSideNote", () => {
  test("intervalSideNote(row) explains a projection at the top or the bottom of its 80% interval", () => {
    expect(intervalSideNote({population: 26230.3, lower_80: 25583, upper_80: 26230.3})).toContain("预测绝大多数偏高");
    expect(intervalSideNote({population: 1000, lower_80: 1000, upper_80: 1100})).toContain("预测绝大多数偏低");
  });

  test("intervalSideNote(row, {coverage}) of the town's one-sided interval (upper_80 = upper_95 = the projection) says the bound is the projection, not a limit, with the coverage scored in time order", () => {
    const town = {population: 26230, lower_80: 25583, upper_80: 26230, lower_95: 25101, upper_95: 26230};
    expect(intervalSideNote(town, {coverage: {n: 40, inside: 10.2, share: 0.255}})).toBe(
      "区间只在预测值以下:回测中该方法的预测几乎全部偏高(实际人口低于预测),所以区间的上限就是预测值本身,并不表示人口不会超过26230人;按时间顺序回测,80%区间覆盖了40次中的10次,约占26%。"
    );
    expect(intervalSideNote({population: 1000, lower_80: 1000, upper_80: 1100, lower_95: 1000, upper_95: 1180})).toBe(
      "区间只在预测值以上:回测中该方法的预测几乎全部偏低(实际人口高于预测),所以区间的下限就是预测值本身,并不表示人口不会低于1000人。"
    );
  });

  test("intervalSideNote(row) says nothing for a projection inside its interval, or without one", () => {
    expect(intervalSideNote({population: 1000, lower_80: 950, upper_80: 1060})).toBe("");
    expect(intervalSideNote({population: 1000, lower_80: 950, upper_80: 1060}, {coverage: {n: 40, inside: 10, share: 0.25}})).toBe("");
    expect(intervalSideNote({population: 1000, lower_80: null, upper_80: null})).toBe("");
    expect(intervalSideNote({population: 1000, lower_80: 1000, upper_80: 1000})).toBe("");
    expect(intervalSideNote(undefined)).toBe("");
  });

  test("intervalSideNote(row) says nothing for a projection of 0 at the bottom of its interval: 0 is the floor of every interval, not a one-sided backtest", () => {
    // An emptied village: projected 0, its interval 0—0.2 (the size class's errors, floored at 0).
    const emptied = {population: 0, lower_80: 0, upper_80: 0.1, lower_95: 0, upper_95: 0.2};
    expect(intervalSideNote(emptied, {coverage: {n: 120, inside: 66, share: 0.55}})).toBe("");
    // A bound at the projection above 0 is still a one-sided history.
    expect(intervalSideNote({population: 0.5, lower_80: 0.5, upper_80: 3})).toContain("预测绝大多数偏低");
  });
});
