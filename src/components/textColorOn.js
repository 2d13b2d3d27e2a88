import {rgb} from "npm:d3";

/**
 * textColorOn(background) is the colour of text on a `background` fill (any CSS colour;
 * d3's interpolators give "#rrggbb" or "rgb(r, g, b)"): black or white, whichever has the higher WCAG 2
 * contrast ratio with it, so a label on any colour of the maps' ramp reads at least 4.5:1 (black on a
 * light fill, white on a dark one; on a mid fill the better of the two: white on cividis' grey #848076
 * read 3.9:1, black reads 5.3:1).
 *
 * textColorOn("#fde737") // "#000"
 * textColorOn("rgb(0, 32, 76)") // "#fff"
 */
export function textColorOn(background) {
  const l = luminance(background);
  // Contrast with black: (l + 0.05) / 0.05; with white: 1.05 / (l + 0.05).
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000" : "#fff";
}

// WCAG 2 relative luminance of an sRGB colour (d3 parses it: d3 has no luminance).
function luminance(color) {
  const {r, g, b} = rgb(color);
  if (Number.isNaN(r)) throw new Error(`textColorOn: not a colour: ${color}`);
  const channel = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
