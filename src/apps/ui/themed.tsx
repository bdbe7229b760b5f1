/**
 * The tree every app renders inside: Fluent's provider with the Office (web light) theme, over a
 * given Griffel renderer. The task pane renders the same tree at build time (into its HTML, with a
 * renderer that collects the CSS) and in the browser (hydrating that HTML): both must be equal.
 */
import * as React from "react";
import { FluentProvider, RendererProvider, webLightTheme, type GriffelRenderer } from "@fluentui/react-components";
import type { Locale } from "../../catalog/messages";
import { LocaleProvider } from "./locale";

/** `locale`: the app's language, decided once by its entry (./locale.tsx). */
export function themed(app: React.ReactElement, locale: Locale, renderer: GriffelRenderer, targetDocument?: Document): React.ReactElement {
  return (
    <RendererProvider renderer={renderer} targetDocument={targetDocument}>
      <FluentProvider theme={webLightTheme} style={{ height: "100%", backgroundColor: webLightTheme.colorNeutralBackground1 }}>
        <LocaleProvider locale={locale}>{app}</LocaleProvider>
      </FluentProvider>
    </RendererProvider>
  );
}
