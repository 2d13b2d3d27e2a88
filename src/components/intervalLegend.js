/**
 * intervalLegend: how TrendChart draws an indicator's 95% interval, in the words of a chart's legend
 * (the 趋势 page and a village's trend chart say it alike).
 */
export const intervalLegend = "竖线为各年的95%区间(颜色同折线),超出纵轴范围的部分已截去";
