/**
 * early.js, the first script of taskpane.html (a few hundred bytes, loaded before the body).
 *
 * 1. The prerendered 检查 button (./prerender.tsx) shows before taskpane.js has run, so a click on
 *    it would be lost. This keeps it (capture phase, on the document) until the pane takes it
 *    over (`takeEarlyCheckClick` in ./prerendered.ts), and the pane then starts the check. After
 *    that React handles clicks itself (it also replays those that arrive while it hydrates).
 * 2. It loads the page's bundles (its `data-after-paint` attribute names them, in order) once the
 *    page is parsed and its first frame is painted: as plain `defer` scripts they would run before
 *    that frame, and the prerendered screen would only show after their ~0.5 s of work.
 */
import { EARLY_CLICKS_GLOBAL, type EarlyClicks } from "./prerendered";

(function start(): void {
  if (typeof document === "undefined") return;
  const early: EarlyClicks = { check: false, stop: () => document.removeEventListener("click", onClick, true) };
  function onClick(e: Event): void {
    const target = e.target as Element | null;
    if (target && typeof target.closest === "function" && target.closest("#check")) early.check = true;
  }
  document.addEventListener("click", onClick, true);
  (window as unknown as Record<string, EarlyClicks>)[EARLY_CLICKS_GLOBAL] = early;

  const bundles = ((document.currentScript && document.currentScript.getAttribute("data-after-paint")) || "").split(" ").filter(Boolean);
  const load = () => {
    for (const src of bundles) {
      const s = document.createElement("script");
      s.src = src;
      s.async = false; // run in the listed order
      document.head.appendChild(s);
    }
  };
  // After the frame that shows the parsed page: rAF runs just before that paint, the timeout after it.
  const afterPaint = () => requestAnimationFrame(() => setTimeout(load, 0));
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", afterPaint);
  else afterPaint();
})();
