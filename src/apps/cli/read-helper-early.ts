/**
 * The checking worker's inflating helper, started as this module is imported: check-worker imports
 * it first, so that the helper's start-up runs beside the loading of the engine and the rules.
 */
import { isMainThread, resourceLimits } from "worker_threads";
import { inflateHelper } from "./read-helper";
import { DEFAULT_MEMORY_MB } from "./worker-start";

/** With the checking worker's memory limit (the one budget-check gave it). */
export const helper = inflateHelper(resourceLimits.maxOldGenerationSizeMb ?? DEFAULT_MEMORY_MB);
if (!isMainThread) helper.start();
