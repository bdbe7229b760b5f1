/**
 * axe-core in a Playwright page: its source is evaluated in the page (through the debugging
 * protocol, so the page's Content-Security-Policy is not loosened) and run over the document.
 * Returns the serious and critical violations, one line each.
 *
 * Left out: Fluent's focus guards (tabster's `<i data-tabster-dummy tabindex="0" aria-hidden>`),
 * which hand focus on at once and are hidden so that screen readers do not announce them — a
 * known false positive of aria-hidden-focus that Accessibility Insights also suppresses
 * (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Nothing else is excluded.
 */
import fs from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export async function axeViolations(page: Page): Promise<string[]> {
  // Colours are judged as the user sees them once the page is still: Fluent's buttons fade
  // between states (the 检查 button from disabled back to primary takes ~100 ms), and a
  // contrast measured mid-fade is neither colour.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id} — ${v.nodes.join(" | ")}`);
}
