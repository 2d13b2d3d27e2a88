import type {IndicatorFormat} from "./indicatorFormats.ts";

/** Most decimals a set figure is written with (a target is set by hand: 84.6, 8.5, 15). */
const maxDigits = 8;

/**
 * setFigure(format, value): a figure that was set rather than measured (a target), in the indicator's
 * unit but in its shortest form, without trailing zeros: 15 → "15‰", 84.6 → "84.6%", 8.5 → "8.5元",
 * 103 → "103". A measured value keeps its fixed decimals (format(value) → "15.00‰"). No value → format's "无数据".
 */
export function setFigure(format: IndicatorFormat, value: number | null | undefined): string {
  return format(value, {digits: maxDigits}).replace(/\.(\d*?)0+(?!\d)/, (_, kept: string) => (kept ? `.${kept}` : ""));
}
