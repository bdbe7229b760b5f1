/** The attribute on the pane's root (#app) that says its content was rendered at build time (src/apps/pane/prerender.tsx). */
export const PRERENDERED_ATTRIBUTE = "data-prerendered";

/** Where early.js (./early-clicks.ts) leaves the clicks it kept, for taskpane.js. */
export const EARLY_CLICKS_GLOBAL = "__budgetPaneEarlyClicks";

export interface EarlyClicks {
  /** 检查 was clicked before the pane was live. */
  check: boolean;
  /** Stops listening. */
  stop(): void;
}

/** Whether 检查 was clicked before the pane was live (kept by early.js); stops listening. */
export function takeEarlyCheckClick(): boolean {
  const w = window as unknown as Record<string, EarlyClicks | undefined>;
  const early = w[EARLY_CLICKS_GLOBAL];
  if (!early) return false;
  early.stop();
  w[EARLY_CLICKS_GLOBAL] = undefined;
  return early.check;
}
