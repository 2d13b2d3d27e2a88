/**
 * textColorOn(background) is the colour of text on a `background` fill ("#rrggbb" or "rgb(r, g, b)",
 * as d3's interpolators give it): black or white, whichever has the higher WCAG 2 contrast ratio with
 * it, so a label on any colour of the maps' ramp reads at least 4.5:1 (black on a light fill, white on
 * a dark one; on a mid fill the better of the two: white on cividis' grey #848076 read 3.9:1, black
 * reads 5.3:1).
 *
 * textColorOn("#fde737") // "#000"
 * textColorOn("rgb(0, 32, 76)") // "#fff"
 */
export function textColorOn(background) {
  const l = luminance(background);
  // Contrast with black: (l + 0.05) / 0.05; with white: 1.05 / (l + 0.05).
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000" : "#fff";
}

// WCAG 2 relative luminance of an sRGB colour.
function luminance(color) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : /^rgb\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)\s*\)$/.exec(color)?.slice(1).map(Number);
  if (!rgb) throw new Error(`textColorOn: not a colour "#rrggbb" or "rgb(r, g, b)": ${color}`);
  const channel = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}
