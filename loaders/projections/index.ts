export {ageGroups, type AgeGroup} from "./ageGroups.ts";
export {naxCoaleDemeny} from "./naxCoaleDemeny.ts";
export {lifeTableAbridged, defaults as lifeTableDefaults, type LifeTable, type LifeTableAbridgedInput} from "./lifeTableAbridged.ts";
export {mortalityGompertz} from "./mortalityGompertz.ts";
export {lifeTableFiveYear, defaults as lifeTableFiveYearDefaults, type LifeTableFiveYear, type LifeTableFiveYearInput} from "./lifeTableFiveYear.ts";
export {survivalRatios, defaults as survivalRatiosDefaults} from "./survivalRatios.ts";
export {projectionCohortComponent, defaults as cohortComponentDefaults, type BySex, type ProjectionCohortComponentInput, type ProjectionCohortComponentResult} from "./projectionCohortComponent.ts";
