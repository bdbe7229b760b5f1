/**
 * A budget-check worker that hangs (a busy loop, as a pathological file might cause) on files
 * whose name contains "挂起", and checks every other file with the real worker. Used to prove
 * the per-file time limit (test/apps/cli/isolation.test.ts).
 */
"use strict";
require("tsx/cjs");
const path = require("path");
const { parentPort } = require("worker_threads");

const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) =>
  on(event, event !== "message" ? listener : (task) => {
    if (!String(task.file).includes("挂起")) return listener(task);
    parentPort.postMessage({ id: task.id, started: true });
    for (;;) {
      // hang until the main thread's time limit terminates this worker
    }
  });
require(path.join(__dirname, "..", "..", "src", "apps", "cli", "check-worker.ts"));
