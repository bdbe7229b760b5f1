/**
 * The worker thread of budget-check (started by isolated-check.ts): checks the files it is sent,
 * one at a time. A file that exhausts its memory or hangs takes only this thread down; the main
 * thread reports that file and starts a fresh worker for the next.
 *
 * It reads alone, without the inflating helper thread the page uses (read-helper.ts): measured on
 * the bench's county workbook on 2 cores, the helper took the whole run's peak RSS from about
 * 265 MB to 294–307 MB (over the 300 MB target) for 0.1–0.2 s of a 4 s run, inside the noise.
 */
import { parentPort } from "worker_threads";
import { checkFile } from "./check-file";
import { checkedFile, renderFileBytes } from "./render-file";
import type { WorkerReply, WorkerTask } from "./worker-protocol";

const port = parentPort;
if (port) {
  port.on("message", (task: WorkerTask) => {
    const reply = (message: WorkerReply) => port.postMessage(message);
    reply({ id: task.id, started: true });
    void checkFile(task, undefined, wholePercents((fraction) => reply({ id: task.id, fraction }))).then((outcome) => {
      // The rendered part as UTF-8 chunks, moved to the main thread rather than copied.
      const checked = checkedFile(outcome, task, renderFileBytes);
      port.postMessage({ id: task.id, outcome: checked } satisfies WorkerReply, checked.rendered.text.map((chunk) => chunk.buffer));
    });
  });
}

/**
 * Passes a fraction on only when its whole percent changes: the check reports after every table
 * (5,459 on the bench's county workbook), and a message each cost about 0.3 s in all.
 */
function wholePercents(send: (fraction: number) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    send(fraction);
  };
}
