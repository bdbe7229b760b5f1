/**
 * The task pane of both hosts: the React app of src/apps/ui/PaneApp.tsx over a HostPort. The
 * entries (excel-main.ts, wps-main.ts) decide the host and build the port; nothing here touches
 * a host API.
 */
import "../ui/polyfills";
import * as React from "react";
import type { Locale } from "../../catalog/messages";
import type { HostPort } from "../../model/host-port";
import { mount } from "../ui/mount";
import { PaneApp, PaneExtras } from "../ui/PaneApp";

export type { PaneExtras };

/** `locale`: the pane's language, decided by its entry (the host's display language, or Chinese). */
export function startPane(root: HTMLElement, port: HostPort, locale: Locale, extras: PaneExtras = {}): void {
  mount(root, React.createElement(PaneApp, { port, ...extras }), locale);
}
