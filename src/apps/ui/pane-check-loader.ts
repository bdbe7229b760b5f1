/**
 * Loads the pane's check chunk (./pane-check.ts) once. The pane asks for it when the browser is idle
 * after the first paint, so that the first click on 检查 rarely waits; a check awaits it. A failed
 * load is forgotten, so the next attempt tries again.
 */
export type PaneCheckModule = typeof import("./pane-check");

let loading: Promise<PaneCheckModule> | undefined;

export function loadPaneCheck(): Promise<PaneCheckModule> {
  if (!loading) {
    loading = import(/* webpackChunkName: "check" */ "./pane-check");
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** Starts the load when the main thread is idle (or soon, where requestIdleCallback is missing); errors wait for the check to report them. */
export function prefetchPaneCheck(): void {
  const start = () => void loadPaneCheck().catch(() => undefined);
  const w = globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };
  if (typeof w.requestIdleCallback === "function") w.requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 50);
}
