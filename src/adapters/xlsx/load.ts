/**
 * Loading .xlsx files into a WorkbookSnapshot (Node). The byte → snapshot conversion itself is
 * browser-safe and lives in xlsx-snapshot.ts; this module only adds reading from disk.
 */
import { promises as fs } from "fs";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { loadError, WorkbookLoadError } from "./errors";
import { snapshotFromXlsx, type XlsxReadOptions } from "./xlsx-snapshot";
import { inflateWithZlib } from "./sml/inflate-node";

export { WorkbookLoadError } from "./errors";
export type { LoadFailureReason } from "./errors";

/** Reads a file's bytes, turning file-system failures into a WorkbookLoadError. */
export async function readWorkbookBytes(path: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw loadError("unreadable", "load.directory", { file: path });
    return await fs.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw loadError("missing", "load.missing", { file: path });
    if (code === "EACCES" || code === "EPERM") throw loadError("unreadable", "load.permission", { file: path });
    throw loadError("unreadable", "load.unreadable", { file: path });
  }
}

export async function loadWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  return loadWorkbookBuffer(await readWorkbookBytes(path), path);
}

/** Reads .xlsx bytes (the fast reader with Node's zlib, ExcelJS for what it does not read). */
export async function loadWorkbookBuffer(data: ArrayBuffer | Uint8Array, name: string, options: XlsxReadOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotFromXlsx(data, name, { inflate: inflateWithZlib, ...options });
}
