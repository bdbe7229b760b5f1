/**
 * Explanations of findings, saved in the workbook by `findingKey`. Keys saved before findings were
 * data ended with the zh-CN message text (`rule|sheet|cell|message`); they are matched to the
 * current findings by rendering each finding's zh-CN message, and moved to the current key (the
 * CLI and the page match them so; the pane saves the moved keys with the next explanation).
 */
import type { Finding } from "../model/findings";
import { findingKey } from "../model/host-port";
import { messageText } from "../catalog/messages";

/** The key an explanation was saved under before findings were data. */
export function legacyFindingKey(f: Finding): string {
  return `${f.ruleId}|${f.sheet}|${f.cell}|${messageText(f.messageId, f.data, "zh-CN")}`;
}

/**
 * The notes with every old-style key that names one of `findings` moved to its current key;
 * `changed` tells the caller to save them. Keys that match no finding are kept as they are (the
 * finding may come back once a table is recognised again).
 */
export function migrateNotes(notes: Readonly<Record<string, string>>, findings: readonly Finding[]): { notes: Record<string, string>; changed: boolean } {
  const out: Record<string, string> = { ...notes };
  // Rendering a finding's message is the costly part, and most workbooks have a few notes against
  // thousands of findings: only a finding whose `rule|sheet|cell|` begins a saved key can match one.
  const heads = keyHeads(Object.keys(out));
  let changed = false;
  if (heads.size === 0) return { notes: out, changed };
  for (const f of findings) {
    if (!heads.has(`${f.ruleId}|${f.sheet}|${f.cell}|`)) continue;
    const key = findingKey(f);
    if (key in out) continue;
    const old = legacyFindingKey(f);
    if (!Object.prototype.hasOwnProperty.call(out, old)) continue;
    out[key] = out[old];
    delete out[old];
    changed = true;
  }
  return { notes: out, changed };
}

/** Every beginning of the keys that ends with "|" (a sheet's name may hold "|" itself). */
function keyHeads(keys: readonly string[]): Set<string> {
  const heads = new Set<string>();
  for (const key of keys) {
    for (let bar = key.indexOf("|"); bar >= 0; bar = key.indexOf("|", bar + 1)) heads.add(key.slice(0, bar + 1));
  }
  return heads;
}
