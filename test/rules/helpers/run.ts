import { checkWorkbookSync } from "../../../src/engine/check";
import type { Finding } from "../../../src/model/findings";
import type { WorkbookSnapshot } from "../../../src/model/snapshot";
import { ruleById } from "../../../src/rules";

/**
 * Runs one registered rule on a workbook and returns its findings, one per identity it checks:
 * without error localisation, a pipeline step over all rules (test/engine/locate covers it).
 */
export function runRule(id: string, wb: WorkbookSnapshot): Finding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`rule ${id} is not registered`);
  return checkWorkbookSync(wb, { rules: [rule], locate: false }).findings;
}

export const at = (f: Finding) => `${f.sheet}!${f.cell}`;
