/**
 * The tree every app renders inside: Fluent's provider with the Office (web light) theme, over a
 * given Griffel renderer. The task pane renders the same tree at build time (into its HTML, with a
 * renderer that collects the CSS) and in the browser (hydrating that HTML): both must be equal.
 */
import * as React from "react";
import { FluentProvider, RendererProvider, webLightTheme, type GriffelRenderer, type Theme } from "@fluentui/react-components";
import type { Locale } from "../../catalog/messages";
import { LocaleProvider } from "./locale";

/**
 * The UI's fonts, Chinese first-class: the document's own list (scripts/web/styles.js). Fluent's
 * base list names Latin fonts only, so every Chinese character fell back, font by font, to
 * whatever the system picks; the first layout also paid a system font lookup for each of those
 * missing names (in the pane's bench, most of its time to the first control).
 */
export const UI_FONT_FAMILY = `"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;

/** Office's web light theme with the UI fonts above. */
export const uiTheme: Theme = { ...webLightTheme, fontFamilyBase: UI_FONT_FAMILY };

/** `locale`: the app's language, decided once by its entry (./locale.tsx). */
export function themed(app: React.ReactElement, locale: Locale, renderer: GriffelRenderer, targetDocument?: Document): React.ReactElement {
  return (
    <RendererProvider renderer={renderer} targetDocument={targetDocument}>
      <FluentProvider theme={uiTheme} style={{ height: "100%", backgroundColor: uiTheme.colorNeutralBackground1 }}>
        <LocaleProvider locale={locale}>{app}</LocaleProvider>
      </FluentProvider>
    </RendererProvider>
  );
}
