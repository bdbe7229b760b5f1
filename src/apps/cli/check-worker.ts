/**
 * The worker thread of budget-check (started by isolated-check.ts): checks the files it is sent,
 * one at a time. A file that exhausts its memory or hangs takes only this thread down; the main
 * thread reports that file and starts a fresh worker for the next.
 */
import { parentPort } from "worker_threads";
import { setLocale } from "../../catalog/messages";
import { checkFile } from "./check-file";
import type { WorkerReply, WorkerTask } from "./worker-protocol";

const port = parentPort;
if (port) {
  port.on("message", (task: WorkerTask) => {
    setLocale(task.locale);
    const reply = (message: WorkerReply) => port.postMessage(message);
    reply({ id: task.id, started: true });
    void checkFile(task, undefined, (fraction) => reply({ id: task.id, fraction })).then((outcome) => reply({ id: task.id, outcome }));
  });
}
