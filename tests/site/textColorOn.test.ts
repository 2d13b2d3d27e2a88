import {interpolateBlues, interpolateCividis, rgb} from "d3";
import {describe, expect, test} from "vitest";
// Plain JS component (its npm:d3 is d3 here, vitest.config.ts); imported by a computed path, so TypeScript takes it as untyped.
const component = (name: string): Promise<any> => import(`../../src/components/${name}.js`);
const {textColorOn} = await component("textColorOn");

/** WCAG 2 contrast ratio of two colours, computed here from the definition (W3C, WCAG 2.0 § relative luminance). */
function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const {r, g, b: bl} = rgb(color);
    const [R, G, B] = [r, g, bl].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const steps = Array.from({length: 101}, (_, i) => i / 100);

describe("textColorOn", () => {
  test("textColorOn(white) is black and textColorOn(black) is white, in either notation", () => {
    expect(textColorOn("#ffffff")).toBe("#000");
    expect(textColorOn("rgb(255, 255, 255)")).toBe("#000");
    expect(textColorOn("#000000")).toBe("#fff");
    expect(textColorOn("rgb(0, 0, 0)")).toBe("#fff");
  });

  test("textColorOn(colour) picks the one of black and white with the higher contrast", () => {
    for (const t of steps) {
      const fill = rgb(interpolateCividis(t)).formatHex();
      const other = textColorOn(fill) === "#000" ? "#fff" : "#000";
      expect(contrastRatio(textColorOn(fill), fill), fill).toBeGreaterThanOrEqual(contrastRatio(other, fill));
    }
  });

  test("textColorOn(every colour of the maps' cividis and the heat map's blues) reads at least 4.5:1 (WCAG 2 AA)", () => {
    for (const interpolate of [interpolateCividis, interpolateBlues]) {
      for (const t of steps) {
        const fill = rgb(interpolate(t)).formatHex();
        expect(contrastRatio(textColorOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  test("textColorOn(the colours the old rules put white on) is black: cividis' #848076 (Lab lightness ≤ 55) and blues at 61% (coverage > 60)", () => {
    // The tile map wrote white on Lab lightness ≤ 55, the heat map white above 60% coverage: both below 4.5:1 here.
    for (const fill of ["#848076", rgb(interpolateBlues(0.61)).formatHex()]) {
      expect(contrastRatio("#fff", fill), fill).toBeLessThan(4.5);
      expect(textColorOn(fill), fill).toBe("#000");
    }
  });

  test("textColorOn(a named or short CSS colour) reads it as d3 does", () => {
    expect(textColorOn("blue")).toBe("#fff");
    expect(textColorOn("#ff0")).toBe("#000");
  });

  test("textColorOn(not a colour) throws naming it", () => {
    expect(() => textColorOn("bleu")).toThrow("textColorOn: not a colour: bleu");
    expect(() => textColorOn("transparent")).toThrow("textColorOn: not a colour: transparent");
  });
});
