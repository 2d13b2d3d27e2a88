import {ageSex} from "./ageSex.ts";
import {ageStructure} from "./ageStructure.ts";
import {births} from "./births.ts";
import {events} from "./events.ts";
import {fertility} from "./fertility.ts";
import {funding} from "./funding.ts";
import type {IndicatorStep} from "./indicatorStep.ts";
import {internalMoves} from "./internalMoves.ts";
import {policyCompliance} from "./policyCompliance.ts";
import {popEndByAge} from "./popEndByAge.ts";
import {populationCounts} from "./populationCounts.ts";
import {prepregnancyCheck} from "./prepregnancyCheck.ts";
import {reportedYearsStep} from "./reportedYears.ts";
import {schoolAge} from "./schoolAge.ts";
import {serviceCoverage} from "./serviceCoverage.ts";
import {sexRatioAtBirth} from "./sexRatioAtBirth.ts";
import {spellGroups} from "./spellGroups.ts";
import {unitSpellGroups} from "./unitSpellGroups.ts";
import {unitYears} from "./unitYears.ts";
import {villageYear} from "./villageYear.ts";
import {vitalRates} from "./vitalRates.ts";
import {womenByAgeGroup} from "./womenByAgeGroup.ts";

/** The steps of the indicators stage, in the order they run (each reads tables of earlier steps). */
export const indicatorSteps: readonly IndicatorStep[] = [
  reportedYearsStep,
  unitYears,
  spellGroups,
  unitSpellGroups,
  populationCounts,
  internalMoves,
  births,
  events,
  vitalRates,
  sexRatioAtBirth,
  policyCompliance,
  womenByAgeGroup,
  fertility,
  popEndByAge,
  ageSex,
  ageStructure,
  schoolAge,
  serviceCoverage,
  prepregnancyCheck,
  funding,
  villageYear
];
