/**
 * Renders an app into a root element inside Fluent's provider with the Office (web light) theme.
 * Fluent's styles (Griffel, and the theme's variables) go into empty <style> elements in the head,
 * filled through the CSSOM: the browser page's hash-only policy allows them by the hash of the
 * empty text (scripts/web/page.js).
 */
import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../catalog/messages";
import { LocaleProvider } from "./locale";

/** `locale` is the app's language, decided once by its entry (src/apps/ui/locale.tsx). */
export function mount(root: HTMLElement, app: React.ReactElement, locale: Locale): Root {
  const r = createRoot(root);
  r.render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%", backgroundColor: webLightTheme.colorNeutralBackground1 }}>
      <LocaleProvider locale={locale}>{app}</LocaleProvider>
    </FluentProvider>,
  );
  return r;
}
