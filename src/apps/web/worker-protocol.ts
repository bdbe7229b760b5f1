/** Messages between the page and its check worker. */
import type { FileReport } from "../../engine/file-report";

/** Page → worker: check these bytes. */
export interface CheckRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** Worker → page: progress of request `id` (0–1), then its report. */
export type CheckReply = { id: number; fraction: number } | { id: number; report: FileReport };
