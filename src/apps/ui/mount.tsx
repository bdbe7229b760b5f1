/**
 * Renders an app into a root element inside Fluent's provider with the Office (web light) theme
 * (./themed.tsx). Fluent's styles (Griffel, and the theme's variables) go into empty <style>
 * elements in the head, filled through the CSSOM: the browser page's hash-only policy allows them
 * by the hash of the empty text (scripts/web/page.js).
 *
 * `hydrate` takes over markup rendered at build time (the task pane, src/apps/pane/prerender.tsx):
 * Griffel's renderer first reads the server's <style> elements, so no rule is inserted twice, and
 * React attaches to the existing elements without replacing them.
 */
import * as React from "react";
import { createRoot, hydrateRoot, Root } from "react-dom/client";
import { createDOMRenderer } from "@fluentui/react-components";
import type { Locale } from "../../catalog/messages";
import { themed } from "./themed";

/** `locale` is the app's language, decided once by its entry (src/apps/ui/locale.tsx). */
export function mount(root: HTMLElement, app: React.ReactElement, locale: Locale): Root {
  const r = createRoot(root);
  r.render(themed(app, locale, createDOMRenderer(document), document));
  return r;
}

/** Hydrates `root`'s prerendered markup; a mismatch (which React recovers from by rendering afresh) is passed to `onMismatch`. */
export function hydrate(root: HTMLElement, app: React.ReactElement, locale: Locale, onMismatch: (error: unknown) => void = () => undefined): Root {
  return hydrateRoot(root, themed(app, locale, createDOMRenderer(document), document), { onRecoverableError: onMismatch });
}
