/** What a bulletin writes where a figure has no value (never "NaN‰" or "null"). */
export const noData = "无数据";
