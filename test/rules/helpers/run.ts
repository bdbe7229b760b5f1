import { checkWorkbookSync } from "../../../src/engine/check";
import type { Finding } from "../../../src/model/findings";
import type { WorkbookSnapshot } from "../../../src/model/snapshot";
import { ruleById } from "../../../src/rules";

/** Runs one registered rule on a workbook and returns its findings. */
export function runRule(id: string, wb: WorkbookSnapshot): Finding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`rule ${id} is not registered`);
  return checkWorkbookSync(wb, { rules: [rule] }).findings;
}

export const at = (f: Finding) => `${f.sheet}!${f.cell}`;
