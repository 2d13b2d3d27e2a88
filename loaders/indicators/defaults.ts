/** Options of the indicators stage. */
export interface IndicatorOptions {
  /** services.project whose rows give prepregnancy_eligible / _served / _check_coverage_rate. Default "免费孕前优生健康检查". */
  prepregnancyProject: string;
  /** z of the 95% intervals (Wilson for shares, Byar for Poisson counts). Default 1.959964. */
  z: number;
  /** village_name of the TOWN rows when extract.json gives no region. Default "全镇". */
  townName: string;
}

/** Defaults of the indicators stage, declared once. The town's code is always "TOWN". */
export const defaults: IndicatorOptions = {
  prepregnancyProject: "免费孕前优生健康检查",
  z: 1.959964,
  townName: "全镇"
};
