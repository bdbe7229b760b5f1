/**
 * ExcelJS's browser build drives its streams through a `process.nextTick` shim that schedules with
 * `setTimeout(fn, 0)`. Browsers clamp nested zero-delay timers to 4 ms, and loading a large
 * workbook goes through that shim tens of thousands of times: most of a load was spent waiting
 * (same bundle in Node, where the clamp is 1 ms: county workbook 10.7 s → 6.0 s without it).
 *
 * In the check worker, where only this bundle runs, zero-delay timers are dispatched through a
 * MessageChannel instead: still one task each, in the order they were set, without the clamp.
 * Imported first by the entry module, because the shim keeps the `setTimeout` it finds when
 * ExcelJS is evaluated. Timers with a delay are left to the browser.
 */
type TimerScope = {
  setTimeout: (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown;
  clearTimeout: (id: unknown) => void;
  MessageChannel?: typeof MessageChannel;
};

/** Installs the timers on `scope`; returns how to undo that (tests), or null without MessageChannel. */
export function installUnclampedZeroTimers(scope: TimerScope): { uninstall(): void } | null {
  if (typeof scope.MessageChannel !== "function") return null;
  const { setTimeout: previousSet, clearTimeout: previousClear } = scope;
  const originalSet = previousSet.bind(scope);
  const originalClear = previousClear.bind(scope);
  const pending = new Map<number, () => void>();
  const channel = new scope.MessageChannel();
  // Negative ids never collide with the browser's (positive) timer ids.
  let nextId = -1;
  channel.port1.onmessage = (e: MessageEvent<number>) => {
    const run = pending.get(e.data);
    if (!run) return; // cleared before it ran
    pending.delete(e.data);
    run();
  };
  scope.setTimeout = (handler, ms, ...args) => {
    if (ms !== undefined && ms > 0) return originalSet(handler, ms, ...args);
    const id = nextId--;
    pending.set(id, () => handler(...args));
    channel.port2.postMessage(id);
    return id;
  };
  scope.clearTimeout = (id) => {
    if (typeof id === "number" && id < 0) pending.delete(id);
    else originalClear(id);
  };
  return {
    uninstall() {
      scope.setTimeout = previousSet;
      scope.clearTimeout = previousClear;
      channel.port1.close();
      pending.clear();
    },
  };
}

// A dedicated worker has no document; the page itself keeps the browser's timers.
if (typeof document === "undefined" && typeof self !== "undefined") installUnclampedZeroTimers(self as unknown as TimerScope);
