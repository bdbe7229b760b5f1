/**
 * The files a command line names. A reviewer checks a folder of submissions: a folder stands for
 * the spreadsheet files in it and its subfolders, and a wildcard ("送审/*.xlsx") is expanded here
 * because Windows shells pass it through as written. Files in formats the checker cannot read
 * (.xls, WPS's .et, .xlsb, .ods) are listed too, so that each gets its "save it as .xlsx" message
 * instead of a submission being skipped without a word. Excel's lock files ("~$表.xlsx", present
 * while a workbook is open) and hidden files are left out.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { t, type Locale } from "../../catalog/messages";
import { byNaturalOrder, isSpreadsheetName } from "../../present/spreadsheet-names";

export { isSpreadsheetName };

/** One input to check, or an argument that named nothing to check. */
export type Input = { file: string } | { file: string; error: string; reason: "empty-folder" | "no-match" };

const WILDCARD = /[*?]/;

/**
 * The inputs in command-line order: files as given (a missing file is reported when it is read),
 * folders and wildcards expanded in natural order. `exclude` lists folders and files that folders
 * and wildcards never yield (the --out folder, the --summary file: what an earlier run wrote is not
 * a submission). A file named twice is checked once.
 */
export async function expandInputs(args: readonly string[], locale: Locale, exclude: readonly string[] = []): Promise<Input[]> {
  const skip = new Set(exclude.map((p) => path.resolve(p)));
  const seen = new Set<string>();
  const inputs: Input[] = [];
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ file });
  };
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (stat?.isDirectory()) {
      const files = await workbooksIn(arg, skip);
      if (files.length) for (const f of files) add(f);
      else inputs.push({ file: arg, error: t("cli.emptyFolder", { folder: arg }, locale), reason: "empty-folder" });
    } else if (!stat && WILDCARD.test(path.basename(arg)) && !WILDCARD.test(path.dirname(arg))) {
      const files = await matching(arg, skip);
      if (files.length) for (const f of files) add(f);
      else inputs.push({ file: arg, error: t("cli.noMatch", { pattern: arg }, locale), reason: "no-match" });
    } else {
      add(arg);
    }
  }
  return inputs;
}


/** Workbooks in a folder and its subfolders: each folder's files first, then its subfolders. */
async function workbooksIn(folder: string, skip: ReadonlySet<string>): Promise<string[]> {
  if (skip.has(path.resolve(folder))) return [];
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile() && isSpreadsheetName(e.name)).map((e) => e.name);
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
  const out = files
    .sort(byNaturalOrder)
    .map((name) => path.join(folder, name))
    .filter((file) => !skip.has(path.resolve(file)));
  for (const name of folders.sort(byNaturalOrder)) out.push(...(await workbooksIn(path.join(folder, name), skip)));
  return out;
}

/** Files of a folder whose names match a pattern with * and ? (case-insensitive, as on Windows). */
async function matching(pattern: string, skip: ReadonlySet<string>): Promise<string[]> {
  const folder = path.dirname(pattern);
  const re = new RegExp(
    "^" +
      path
        .basename(pattern)
        .split("")
        .map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.+()[\]{}|]/g, "\\$&")))
        .join("") +
      "$",
    "i",
  );
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && re.test(e.name) && !e.name.startsWith("~$"))
    .map((e) => e.name)
    .sort(byNaturalOrder)
    .map((name) => (folder === "." && !pattern.startsWith(".") ? name : path.join(folder, name)))
    .filter((file) => !skip.has(path.resolve(file)));
}
