/** Names for sheets this product adds: what Excel and WPS accept (at most 31 characters, none of []:*?/\). */
const MAX = 31;
const BAD = /[[\]:*?/\\]/g;

/** The name with the refused characters dropped and cut to 31 characters. */
export function cleanSheetName(name: string): string {
  return name.replace(BAD, "").slice(0, MAX);
}

/** The wanted name, or "name (2)" … when that sheet exists; never over 31 characters. */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const clean = cleanSheetName(base);
  const fit = (suffix: string) => clean.slice(0, MAX - suffix.length) + suffix;
  if (!taken.has(fit(""))) return fit("");
  for (let n = 2; ; n++) if (!taken.has(fit(` (${n})`))) return fit(` (${n})`);
}
