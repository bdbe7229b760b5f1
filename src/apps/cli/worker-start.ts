/**
 * Starting the worker thread that checks the files (see isolated-check.ts). bin/budget-check.js
 * starts one before it loads the command itself: the worker's start-up (Node's, then the engine's
 * modules, about 0.15 s) then runs beside the main thread's, and the first file waits less. This
 * module loads nothing but worker_threads and path, so that the early start comes first.
 */
import * as path from "path";
import { setFlagsFromString } from "v8";
import { Worker } from "worker_threads";

/** Memory (V8 heap, MB) a file's worker may use unless the caller says otherwise. */
export const DEFAULT_MEMORY_MB = 4096;

interface Early {
  worker: Worker;
  script: string;
  memoryMb: number;
  exited: boolean;
}

let early: Early | undefined;

/** Starts the checking worker now, to be taken by the first check; it keeps no process alive. */
export function startEarly(): void {
  try {
    const e: Early = { worker: startWorker(defaultWorkerScript(), DEFAULT_MEMORY_MB), script: defaultWorkerScript(), memoryMb: DEFAULT_MEMORY_MB, exited: false };
    // Should it fail before a check takes it, a fresh worker does the check (and reports any failure).
    e.worker.on("error", () => undefined);
    e.worker.on("exit", () => {
      e.exited = true;
    });
    e.worker.unref();
    early = e;
  } catch {
    early = undefined;
  }
}

/** A worker for `script` with that memory limit: the one started early when it matches and lives, else a new one. */
export function takeWorker(script: string, memoryMb: number): Worker {
  const e = early;
  early = undefined;
  if (e && !e.exited && e.script === script && e.memoryMb === memoryMb) {
    e.worker.removeAllListeners();
    e.worker.ref();
    return e.worker;
  }
  if (e && !e.exited) void e.worker.terminate();
  return startWorker(script, memoryMb);
}

/** check-worker beside this module: .js once built (dist/), .ts when run from source (tsx, jest). */
export function defaultWorkerScript(): string {
  return siblingScript("check-worker");
}

/** A module beside this one, as a worker script: .js once built, .ts from source. */
export function siblingScript(name: string): string {
  return path.join(__dirname, `${name}${path.extname(__filename) === ".ts" ? ".ts" : ".js"}`);
}

/**
 * V8 flags for budget-check, set before its first worker compiles anything (they hold for the whole
 * process). A check runs a few hundred rule functions over thousands of tables once, so V8's
 * optimising compiler works on the other core for most of the run; inlining less (a budget of 100
 * bytes of bytecode per optimised function instead of 920) roughly halves that work and the code is
 * optimised sooner. Measured on the bench's county workbook (2 cores, alternating fresh runs): the
 * first check 0.97 → 0.72 s, the whole command 1.86 → 1.61 s, a 300-file batch 2.16 → 2.00 s; a
 * check of code compiled for good 0.38 → 0.40 s (README, 测量记录).
 */
export const CHECK_V8_FLAGS = "--max-inlined-bytecode-size-cumulative=100";

let flagsSet = false;

function setCheckFlags(): void {
  if (flagsSet) return;
  flagsSet = true;
  setFlagsFromString(CHECK_V8_FLAGS);
}

/** A worker thread running `script` (.js, or .ts through tsx) with at most `memoryMb` of V8 heap. */
export function startWorker(script: string, memoryMb: number): Worker {
  setCheckFlags();
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (!script.endsWith(".ts")) return new Worker(script, { resourceLimits });
  // From source: the worker compiles TypeScript on the fly with tsx (a development dependency).
  const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(script)});`;
  return new Worker(code, { eval: true, resourceLimits });
}
