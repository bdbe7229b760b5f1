/** Messages between budget-check and the worker thread that checks one file at a time. */
import type { FileOutcome, FileTask } from "./check-file";

/** Main → worker: check this file (and write its copy) in the task's locale. */
export interface WorkerTask extends FileTask {
  id: number;
}

/**
 * Worker → main: task `id` started (the file's time limit runs from here, not from the worker's
 * own start-up), its progress (0–1), then its outcome.
 */
export type WorkerReply = { id: number; started: true } | { id: number; fraction: number } | { id: number; outcome: FileOutcome };
