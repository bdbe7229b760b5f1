/**
 * The task pane of both hosts: the React app of src/apps/ui/PaneApp.tsx over a HostPort. The
 * entries (excel-main.ts, wps-main.ts) decide the host and build the port; nothing here touches
 * a host API.
 *
 * taskpane.html comes with the first screen rendered at build time (./prerender.tsx): the 检查
 * button shows before any script runs, and is hydrated here. A click on it before that is kept
 * (by early.js, ./early-clicks.ts) and starts the check once the pane is live.
 */
import "../ui/polyfills";
import * as React from "react";
import type { Locale } from "../../catalog/messages";
import type { HostPort } from "../../model/host-port";
import { hydrate, mount } from "../ui/mount";
import { PaneApp, PaneExtras } from "../ui/PaneApp";
import { PRERENDERED_ATTRIBUTE, takeEarlyCheckClick } from "./prerendered";

export type { PaneExtras };

/**
 * `locale`: the pane's language, decided by its entry (the host's display language, or Chinese).
 * The prerendered screen is in zh-CN: an entry with another locale discards it first.
 */
export function startPane(root: HTMLElement, port: HostPort, locale: Locale, extras: PaneExtras = {}): void {
  const prerendered = root.hasAttribute(PRERENDERED_ATTRIBUTE);
  const app = React.createElement(PaneApp, { port, ...extras, checkAtStart: takeEarlyCheckClick() });
  if (!prerendered) {
    mount(root, app, locale);
    return;
  }
  hydrate(root, app, locale, (e) => {
    // React renders afresh when the markup does not match (a build mismatch): said for the diagnostics, not to the user.
    console.warn("task pane: prerendered markup replaced", e);
  });
}

/**
 * Drops the prerendered first screen (it is in zh-CN) when the pane shows another language or
 * another message. An early click on 检查 stays kept: a pane started after this still runs it.
 */
export function discardPrerendered(root: HTMLElement): void {
  root.removeAttribute(PRERENDERED_ATTRIBUTE);
  root.textContent = "";
}
