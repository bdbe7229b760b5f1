/** Messages between the page and its check worker. */
import type { Locale } from "../../catalog/messages";
import type { PackedReport } from "./report-transfer";

/**
 * Page → worker, once: read large files with the sheet parts inflated by the helper worker at the
 * other end of `feedPort`; or be that helper for the worker at the other end of `inflatePort`; or
 * the helper died (read alone). See adapters/xlsx/sml/inflate-feed.ts.
 */
export type HelperSetup = { feedPort: MessagePort } | { inflatePort: MessagePort } | { feedDead: true };

/** Page → worker: check these bytes. */
export interface CheckRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  /** The page's language: the report's reasons (a file not checked) are in it. */
  locale: Locale;
}

/** Worker → page: request `id` started (its time limit runs from here), its progress (0–1), then its report (packed). */
export type CheckReply = { id: number; started: true } | { id: number; fraction: number } | { id: number; report: PackedReport };
