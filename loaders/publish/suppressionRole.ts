import type {DictionaryEntry} from "./dataDictionary.ts";
import {derivedFrom} from "./derivedFrom.ts";
import type {SuppressionDataset} from "./suppressionDatasets.ts";

/** How a dictionary column takes part in suppression: a count of people, a value computed from counts, or neither. */
export function suppressionRole(entry: DictionaryEntry, dataset: SuppressionDataset): "count" | "derived" | undefined {
  if (entry.name in derivedFrom) return "derived";
  if (entry.unit === "人" && (entry.type !== "DOUBLE" || dataset.counts?.includes(entry.name))) return "count";
  return undefined;
}

