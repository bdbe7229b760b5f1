/** Messages between budget-check and the worker thread that checks one file at a time. */
import type { CheckedFile, CheckRequest } from "./render-file";

/** Main → worker: check this file (and write its copy), and render its part of the output, in the task's locale. */
export interface WorkerTask extends CheckRequest {
  id: number;
}

/**
 * Worker → main: task `id` started (the file's time limit runs from here, not from the worker's
 * own start-up), its progress (0–1), then its outcome.
 */
export type WorkerReply = { id: number; started: true } | { id: number; fraction: number } | { id: number; outcome: CheckedFile };
