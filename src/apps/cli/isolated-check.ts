/**
 * Each file is checked in a worker thread with a memory limit and a time limit, so that a hostile
 * or broken file costs that file only: when the worker runs out of memory, hangs past the limit or
 * dies, the file is reported as not checked (a Chinese one-line reason), a half-written copy is
 * removed, and a fresh worker checks the next file. One worker serves file after file while it
 * lives (no start-up cost per file, and V8's compiled code carries over).
 */
import { promises as fs } from "fs";
import { Worker } from "worker_threads";
import { translator } from "../../catalog/messages";
import type * as WriteModule from "../../adapters/xlsx/write";
import { oneLine } from "../../present/groups";
import type { Rule } from "../../rules/types";
import type * as CheckFileModule from "./check-file";
import type { FileOutcome, FileTask } from "./check-file";
import { checkedFile, renderFile, type CheckedFile, type CheckRequest } from "./render-file";
import { DEFAULT_MEMORY_MB, defaultWorkerScript, takeWorker } from "./worker-start";
import type { WorkerReply, WorkerTask } from "./worker-protocol";

export interface IsolationLimits {
  /** Wall-clock time one file may take (read, check and copy), in milliseconds. */
  timeoutMs: number;
  /** V8 heap the worker may use (old generation), in MB. */
  memoryMb: number;
}

/**
 * Defaults, stated in the README: the bench's county workbook (1M cells) needs about 0.4 GB of
 * heap and 5 s here; one five times larger fits well within both on a slow desktop.
 */
export const DEFAULT_LIMITS: IsolationLimits = { timeoutMs: 300_000, memoryMb: DEFAULT_MEMORY_MB };

export interface IsolationOptions extends Partial<IsolationLimits> {
  /** Tests: sees each progress report with the worker doing the file (to kill it mid-check). */
  onProgress?: (task: FileTask, fraction: number, worker: Worker) => void;
  /** Tests: another worker script (.js), e.g. one that hangs on purpose. */
  workerScript?: string;
}

export interface FileChecker {
  check(task: CheckRequest, onFraction: (f: number) => void): Promise<CheckedFile>;
  close(): Promise<void>;
}

/** Checks in this thread (a test's own rule set cannot be sent to a worker). */
export function inProcessChecker(rules: readonly Rule[] | undefined): FileChecker {
  // Loaded here only: the main thread of budget-check leaves reading and checking to the worker,
  // which starts sooner when the main thread does not load the engine first (about 0.2 s).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkFile } = require("./check-file") as typeof CheckFileModule;
  return { check: async (task, onFraction) => checkedFile(await checkFile(task, rules, onFraction), task, renderFile), close: async () => undefined };
}

export function isolatedChecker(options: IsolationOptions = {}): FileChecker {
  const limits: IsolationLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    memoryMb: options.memoryMb ?? DEFAULT_LIMITS.memoryMb,
  };
  let worker: Worker | null = null;
  let nextId = 1;

  const start = (): Worker => {
    const w = takeWorker(options.workerScript ?? defaultWorkerScript(), limits.memoryMb);
    w.on("exit", () => {
      if (worker === w) worker = null;
    });
    return w;
  };

  const check = (task: CheckRequest, onFraction: (f: number) => void): Promise<CheckedFile> =>
    new Promise<CheckedFile>((resolve) => {
      const w = worker ?? (worker = start());
      const id = nextId++;
      let timedOut = false;
      let failure: Error | undefined;
      let settled = false;
      const finish = (outcome: CheckedFile) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        resolve(outcome);
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if ("outcome" in reply) finish(reply.outcome);
        else if ("started" in reply) timer = setTimeout(stop, limits.timeoutMs);
        else {
          onFraction(reply.fraction);
          options.onProgress?.(task, reply.fraction, w);
        }
      };
      const onError = (e: Error) => {
        failure = e;
      };
      const onExit = (code: number) => {
        void removeHalfCopy(task).then(() => finish(checkedFile({ report: deadWorkerReport(task, timedOut, failure, code, limits) }, task, renderFile)));
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = () => {
        timedOut = true;
        void w.terminate();
      };
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
      w.postMessage({ ...task, id } satisfies WorkerTask);
    });

  return {
    check,
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** The report of a file whose worker died: why, in one line. */
function deadWorkerReport({ file, locale }: FileTask, timedOut: boolean, failure: Error | undefined, code: number, limits: IsolationLimits): FileOutcome["report"] {
  const t = translator(locale);
  const base = { file, tables: [], findings: [] };
  if (timedOut) return { ...base, error: t("cli.fileTimeout", { file, seconds: Math.round(limits.timeoutMs / 1000) }), errorReason: "timeout" };
  if ((failure as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return { ...base, error: t("cli.fileOutOfMemory", { file, megabytes: limits.memoryMb }), errorReason: "out-of-memory" };
  }
  const message = failure ? oneLine(failure.message) : t("cli.exitCode", { code });
  return { ...base, error: t("cli.fileCrashed", { file, message }), errorReason: "crashed" };
}

/** A worker killed while writing the copy leaves its temporary file; nobody else will remove it. */
async function removeHalfCopy(task: FileTask): Promise<void> {
  if (task.out === undefined) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { temporaryPath } = require("../../adapters/xlsx/write") as typeof WriteModule;
  await fs.rm(temporaryPath(task.out), { force: true }).catch(() => undefined);
}
