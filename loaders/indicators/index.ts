// Public surface of the indicators stage.
export {computeIndicators} from "./computeIndicators.ts";
export {checkTargets} from "./checkTargets.ts";
export {reportedYears} from "./reportedYears.ts";
export {indicatorDefinitions} from "./dataDictionary.ts";
export {defaultTargets} from "./defaultTargets.ts";
export {targetRowSchema, type TargetRow} from "./targetRow.ts";
export {targetIndicators} from "./targetIndicators.ts";
export {defaults, type IndicatorOptions} from "./defaults.ts";
export type {ColumnDefinition} from "./columnDefinition.ts";
