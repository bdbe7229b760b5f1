/**
 * The files a user hands the page: picked files as they are (a non-spreadsheet gets its "not an
 * .xlsx" message, as on the command line), and the spreadsheet files of picked or dropped folders,
 * subfolders included, in natural order. Lock files ("~$…") and hidden files in folders are left out.
 */
import { byNaturalOrder, isSpreadsheetName } from "../../present/spreadsheet-names";

export interface PickedFile {
  /** Path shown to the user: the name, or folder/…/name for a file found in a folder. */
  name: string;
  file: File;
}

export interface Collected {
  files: PickedFile[];
  /** Files inside folders that are not spreadsheets (left out, counted). */
  skipped: string[];
}

/** Files from an <input type=file>; `fromFolder` when it was a folder picker (webkitdirectory). */
export function collectPicked(list: FileList | readonly File[], fromFolder: boolean): Collected {
  const files: PickedFile[] = [];
  const skipped: string[] = [];
  for (const file of Array.from(list)) {
    const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (fromFolder && !isSpreadsheetName(file.name)) skipped.push(name);
    else files.push({ name, file });
  }
  if (fromFolder) files.sort((a, b) => byNaturalOrder(a.name, b.name));
  return { files, skipped };
}

/** Minimal typing of the drag-and-drop file-system entries (Chromium, Firefox, Safari). */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntry extends Entry {
  file(ok: (f: File) => void, fail: (e: unknown) => void): void;
}
interface DirectoryEntry extends Entry {
  createReader(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

/** Files and folders dropped on the page. */
export async function collectDropped(data: DataTransfer): Promise<Collected> {
  const entries: Entry[] = [];
  const plain: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== "file") continue;
    const entry = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) plain.push(f);
    }
  }
  if (!entries.length) return collectPicked(plain.length ? plain : Array.from(data.files ?? []), false);
  const result: Collected = { files: [], skipped: [] };
  for (const entry of entries) await walk(entry, true, result);
  return result;
}

async function walk(entry: Entry, topLevel: boolean, into: Collected): Promise<void> {
  const name = entry.fullPath.replace(/^\//, "") || entry.name;
  if (entry.isFile) {
    // A file dropped by itself is checked whatever its name; inside a folder only spreadsheets are.
    if (!topLevel && !isSpreadsheetName(entry.name)) {
      into.skipped.push(name);
      return;
    }
    const file = await new Promise<File>((ok, fail) => (entry as FileEntry).file(ok, fail));
    into.files.push({ name, file });
    return;
  }
  if (!entry.isDirectory || (!topLevel && entry.name.startsWith("."))) return;
  const children = await readAll(entry as DirectoryEntry);
  const files = children.filter((c) => c.isFile).sort((a, b) => byNaturalOrder(a.name, b.name));
  const folders = children.filter((c) => c.isDirectory).sort((a, b) => byNaturalOrder(a.name, b.name));
  for (const child of [...files, ...folders]) await walk(child, false, into);
}

/** readEntries returns at most 100 entries a call: read until it returns none. */
async function readAll(dir: DirectoryEntry): Promise<Entry[]> {
  const reader = dir.createReader();
  const all: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return all;
    all.push(...batch);
  }
}
