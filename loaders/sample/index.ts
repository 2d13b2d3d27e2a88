export {generateSample, type SampleSummary} from "./generateSample.ts";
export {sampleDefaults, type SampleOptions} from "./sampleDefaults.ts";
export {idNumberCheckDigit} from "../validate/idNumberCheckDigit.ts";
export {simulateTown, type TownState} from "./simulateTown.ts";
export {townVillages, type SampleVillage} from "./townVillages.ts";
export {writeSampleFiles, type PlantedFlaw} from "./writeSampleFiles.ts";
export {plantFlaws, serviceProjects} from "./plantFlaws.ts";
