/**
 * The task pane's check chunk: everything the pane needs only once a check starts (the engine with
 * every rule and code catalogue, the notes' migration, the report sheet, the findings view). The
 * pane's first bundle holds the shell (tabs and the 检查 button); this module comes by dynamic
 * import (./pane-check-loader.ts), fetched on idle after the first paint and awaited by a check.
 */
import { TEMPLATES } from "../../catalog/templates";

export { checkWorkbook } from "../../engine/check";
export { migrateNotes } from "../../engine/notes";
export { PaneResults } from "./PaneResults";

/** The names of the tables the checker recognises (the no-tables state lists them). */
export function recognisedTableNames(): string[] {
  return Array.from(new Set(Object.values(TEMPLATES).map((d) => d.name)));
}
