/**
 * early.js, the first script of taskpane.html (a few hundred bytes, loaded before the body): the
 * prerendered 检查 button (./prerender.tsx) shows before taskpane.js has run, so a click on it
 * would be lost. This keeps it (capture phase, on the document) until the pane takes it over
 * (`takeEarlyCheckClick` in ./pane.ts), and the pane then starts the check. After that React
 * handles clicks itself (it also replays those that arrive while it hydrates).
 */
import { EARLY_CLICKS_GLOBAL, type EarlyClicks } from "./prerendered";

(function listen(): void {
  if (typeof document === "undefined") return;
  const early: EarlyClicks = { check: false, stop: () => document.removeEventListener("click", onClick, true) };
  function onClick(e: Event): void {
    const target = e.target as Element | null;
    if (target && typeof target.closest === "function" && target.closest("#check")) early.check = true;
  }
  document.addEventListener("click", onClick, true);
  (window as unknown as Record<string, EarlyClicks>)[EARLY_CLICKS_GLOBAL] = early;
})();
