/**
 * The task pane's first screen, rendered at build time into taskpane.html (scripts/addin/prerender.js
 * runs this in Node): the 检查 tab with its button shows as soon as the page's HTML and CSS are
 * parsed, and taskpane.js then hydrates it (./pane.ts). The port is never called: rendering runs
 * no effect and no handler.
 */
import * as React from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import type { HostPort } from "../../model/host-port";
import { PaneApp, type PaneExtras } from "../ui/PaneApp";
import { themed } from "../ui/themed";

/** The attribute on #app that says its content was rendered at build time (and may be hydrated). */
export { PRERENDERED_ATTRIBUTE } from "./prerendered";

const inert = new Proxy({} as HostPort, {
  get: (_, name) => () => Promise.reject(new Error(`prerender: the host port's ${String(name)} is not available at build time`)),
});

export interface PrerenderedPane {
  /** The markup inside #app. */
  html: string;
  /** Griffel's <style> elements (with their bucket attributes, for rehydration), to go in the head. */
  styles: string;
}

export function prerenderPane(extras: PaneExtras = {}): PrerenderedPane {
  const renderer = createDOMRenderer(undefined);
  const html = renderToString(themed(<PaneApp port={inert} {...extras} />, "zh-CN", renderer));
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles };
}
