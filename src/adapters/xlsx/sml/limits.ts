/**
 * Limits before loading: what a workbook may expand to before anything is inflated (from the zip's
 * central directory), and what it may hold while it is read (a sheet's declared dimension, rows,
 * cells, shared strings, XML nesting). A file past a limit is unreadable (exit 2) with a message
 * saying which limit and by how much. Chosen so that the bench's county workbook (1M+ cells, 5,313
 * parts, 52 MB of XML) and one five times larger pass; stated in the README. Browser-safe.
 */
import { phrase } from "../../../catalog/messages";
import type { NestedMessage } from "../../../model/findings";
import { loadError, WorkbookLoadError } from "../errors";
import type { ZipEntry } from "./zip";

export interface ReadLimits {
  /** Parts in the package. */
  maxParts: number;
  /** All parts together, uncompressed. */
  maxTotalBytes: number;
  /** One part, uncompressed. */
  maxPartBytes: number;
  /** Uncompressed : compressed, for parts of at least `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Cells in one sheet's declared dimension (rows × columns). */
  maxDeclaredCells: number;
  /** Cells read into the snapshot, all sheets together. */
  maxCells: number;
  /** Rows of all sheets together (the snapshot keeps one array per row up to the last). */
  maxRows: number;
  maxSharedStrings: number;
  /** Element nesting in one XML part. */
  maxDepth: number;
  /** Uncompressed size up to which a file the fast reader does not support goes to ExcelJS (≈10× its size in memory). */
  fallbackMaxBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxParts: 50000,
  maxTotalBytes: 600 * MB,
  maxPartBytes: 200 * MB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxDeclaredCells: 50000000,
  maxCells: 10000000,
  maxRows: 5000000,
  maxSharedStrings: 2000000,
  maxDepth: 64,
  fallbackMaxBytes: 64 * MB,
};

/** How the messages name a part: a sheet by its name, the shared strings and styles by role. */
export type PartLabel = (path: string) => NestedMessage;

export function plainPartLabel(path: string): NestedMessage {
  return phrase("load.part.other", { path });
}

/** Refuses a package with too many parts or too many bytes in all; returns the total uncompressed size. */
export function checkPackage(entries: readonly ZipEntry[], file: string, limits: ReadLimits): number {
  if (entries.length > limits.maxParts) {
    throw loadError("unreadable", "load.limit.parts", { file, count: entries.length, limit: limits.maxParts });
  }
  let total = 0;
  for (const e of entries) total += e.size;
  if (total > limits.maxTotalBytes) throw loadError("unreadable", "load.limit.totalBytes", { file, ...over(total, limits.maxTotalBytes) });
  return total;
}

/** Refuses one part that would expand too far, or too far for its compressed size. */
export function checkPart(e: ZipEntry, file: string, limits: ReadLimits, label: PartLabel): void {
  if (e.size > limits.maxPartBytes) {
    throw loadError("unreadable", "load.limit.partBytes", { file, part: label(e.name), ...over(e.size, limits.maxPartBytes) });
  }
  if (e.size >= limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
    const ratio = Math.round(e.size / Math.max(1, e.compressedSize));
    throw loadError("unreadable", "load.limit.ratio", { file, part: label(e.name), ratio, limit: limits.maxRatio });
  }
}

export function fallbackTooLarge(file: string, total: number, limits: ReadLimits, what: string): WorkbookLoadError {
  return loadError("unreadable", "load.limit.fallback", { file, what, ...over(total, limits.fallbackMaxBytes) });
}

/** Size, limit and excess in MB (one decimal where it matters). */
function over(size: number, limit: number): { size: string; limit: string; over: string } {
  return { size: mb(size), limit: mb(limit), over: mb(size - limit) };
}

function mb(bytes: number): string {
  const v = bytes / MB;
  return v >= 10 ? String(Math.round(v)) : v.toFixed(1);
}
