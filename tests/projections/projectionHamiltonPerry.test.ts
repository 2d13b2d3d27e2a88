import {describe, expect, test} from "vitest";
import {hamiltonPerryDefaults, projectionHamiltonPerry} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";

const previous = {F: Array.from({length: 18}, (_, i) => 100 + 2 * i), M: Array.from({length: 18}, (_, i) => 90 + 3 * i)};

describe("projectionHamiltonPerry", () => {
  test("projectionHamiltonPerry has the expected defaults", () => {
    expect(hamiltonPerryDefaults).toEqual({womenFrom: 3, womenTo: 9, cwrScale: 1, credibility: 0});
  });

  test("projectionHamiltonPerry in a closed, immortal population only ages it (CCR = 1) and keeps the child–woman ratio", () => {
    // current = previous aged by five years, with births equal to the child–woman ratio of 0.3
    const shift = (a: number[]) => [0, ...a.slice(0, 16), a[16] + a[17]];
    const current = {F: shift(previous.F), M: shift(previous.M)};
    const women = (f: number[]) => f.slice(3, 10).reduce((a, b) => a + b, 0);
    current.F[0] = 0.3 * women(current.F);
    current.M[0] = 0.31 * women(current.F);
    const {population, ccr, cwr} = projectionHamiltonPerry({previous, current});
    for (const sex of ["F", "M"] as const) {
      assertInDelta(ccr[sex], Array(17).fill(1), 1e-12);
      assertInDelta(population[sex].slice(1, 17), current[sex].slice(0, 16), 1e-9);
      assertInDelta(population[sex][17], current[sex][16] + current[sex][17], 1e-9);
    }
    assertInDelta(cwr.F, 0.3, 1e-12);
    assertInDelta(population.F[0], 0.3 * women(population.F), 1e-9);
    assertInDelta(population.M[0], 0.31 * women(population.F), 1e-9);
  });

  test("projectionHamiltonPerry({cwrScale}) scales children 0–4 only", () => {
    const current = {F: previous.F.map((v) => v * 1.1), M: previous.M.map((v) => v * 0.9)};
    const base = projectionHamiltonPerry({previous, current});
    const high = projectionHamiltonPerry({previous, current, cwrScale: 1.2});
    assertInDelta(high.population.F[0], 1.2 * base.population.F[0], 1e-9);
    assertInDelta(high.population.F.slice(1), base.population.F.slice(1), 1e-12);
  });

  test("projectionHamiltonPerry uses fallbackRatios where the earlier group is empty", () => {
    const empty = {F: previous.F.map((v, i) => (i === 4 ? 0 : v)), M: previous.M};
    const fallbackRatios = {F: Array(17).fill(0.5), M: Array(17).fill(0.5)};
    const {ccr, population} = projectionHamiltonPerry({previous: empty, current: previous, fallbackRatios});
    expect(ccr.F[4]).toBe(0.5);
    assertInDelta(population.F[5], 0.5 * previous.F[4], 1e-12);
  });

  test("projectionHamiltonPerry({credibility}) weighs each ratio by the people it rests on: a cohort of 1 that became 4 hardly counts, one of 100 mostly does", () => {
    const ones = () => Array<number>(18).fill(0);
    const prev = {F: ones(), M: ones()};
    const current = {F: ones(), M: ones()};
    prev.F[5] = 1; // one woman 25–29 five years ago …
    current.F[6] = 4; // … and four women 30–34 now (a family moved in)
    current.F[5] = 3; // three women 25–29 now, who plain Hamilton–Perry turns into 12 women 30–34
    prev.M[5] = 100;
    current.M[6] = 80;
    current.M[5] = 50;
    const fallbackRatios = {F: Array<number>(17).fill(0.9), M: Array<number>(17).fill(0.9)};
    const plain = projectionHamiltonPerry({previous: prev, current, fallbackRatios});
    expect(plain.ccr.F[5]).toBe(4);
    expect(plain.population.F[6]).toBe(12);
    const c = 10;
    const shrunk = projectionHamiltonPerry({previous: prev, current, fallbackRatios, credibility: c});
    assertInDelta(shrunk.ccr.F[5]!, (4 + c * 0.9) / (1 + c), 1e-12);
    assertInDelta(shrunk.population.F[6]!, 3 * (4 + c * 0.9) / (1 + c), 1e-12);
    assertInDelta(shrunk.ccr.M[5]!, (80 + c * 0.9) / (100 + c), 1e-12);
    // An empty earlier cohort that nobody joined takes the reference ratio.
    assertInDelta(shrunk.ccr.F[0]!, 0.9, 1e-12);
  });

  test("projectionHamiltonPerry({credibility, fallbackCwr}) shrinks the child–woman ratio on the women 15–49, before cwrScale", () => {
    const prev = {F: Array<number>(18).fill(2), M: Array<number>(18).fill(2)};
    const current = {F: Array<number>(18).fill(2), M: Array<number>(18).fill(2)};
    current.F[0] = 6; // 6 girls 0–4 per 14 women 15–49
    const fallbackCwr = {F: 0.1, M: 0.12};
    const {cwr} = projectionHamiltonPerry({previous: prev, current, fallbackCwr, credibility: 10, cwrScale: 1.5});
    assertInDelta(cwr.F, 1.5 * (6 + 10 * 0.1) / (14 + 10), 1e-12);
    assertInDelta(cwr.M, 1.5 * (2 + 10 * 0.12) / (14 + 10), 1e-12);
  });

  test("projectionHamiltonPerry({credibility: -1}) throws, naming the value", () => {
    expect(() => projectionHamiltonPerry({previous, current: previous, credibility: -1})).toThrow("credibility must be a number ≥ 0, not -1");
  });
});
