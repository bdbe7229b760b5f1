/**
 * WPS entry (bundled as main.js, loaded by the add-in's main page index.html): registers every
 * function of ../functions.ts with wps.AddCustomFunction — the same list Excel associates — and
 * provides the ribbon callbacks named in ribbon.xml. Only the main page registers (registering
 * from several pages registers twice).
 */
import { FUNCTIONS, FUNCTION_NAMESPACE } from "../functions";
import { setPresenter } from "../host-seam";
import { wpsCallable, wpsPresenter } from "./adapter";
import type { MessageKey } from "../../catalog/messages";
import { fnText } from "../errors";

export interface WpsFunctionApi {
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown, metadata?: unknown) => unknown;
}

/** Registers all functions; returns the names registered (empty when the API is missing). */
export function registerWpsFunctions(api: WpsFunctionApi | undefined): string[] {
  if (!api || typeof api.AddCustomFunction !== "function") return [];
  setPresenter(wpsPresenter);
  const names: string[] = [];
  for (const entry of FUNCTIONS) {
    api.AddCustomFunction(FUNCTION_NAMESPACE, entry.id, wpsCallable(entry));
    names.push(entry.id);
  }
  return names;
}

// ---- ribbon (callbacks resolved by name from ribbon.xml: ribbon.OnAddinLoad, …) ----

interface RibbonControl {
  Id: string;
}

interface TaskPane {
  ID: string;
  Visible: boolean;
}

interface WpsHost {
  CreateTaskPane?: (url: string, title?: string) => TaskPane;
  GetTaskPane?: (id: string) => TaskPane | undefined;
  PluginStorage?: { getItem(k: string): string | null; setItem(k: string, v: string): void };
  AddCustomFunction?: WpsFunctionApi["AddCustomFunction"];
}

declare const wps: WpsHost | undefined;
declare const Application: WpsHost | undefined;

const LABELS: Record<string, MessageKey> = {
  ysTab: "fn.ribbon.tab",
  ysGroup: "fn.ribbon.group",
  ysFunctions: "fn.ribbon.functions",
};

function host(): WpsHost | undefined {
  if (typeof wps !== "undefined" && wps && typeof wps.CreateTaskPane === "function") return wps;
  if (typeof Application !== "undefined" && Application) return Application;
  return typeof wps !== "undefined" ? wps : undefined;
}

function addinUrl(file: string): string {
  const href = typeof location !== "undefined" ? location.href : "";
  return href.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + file;
}

const PANE_KEY = "ys_functions_pane_et";

export const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  GetLabel(control: RibbonControl): string {
    const key = LABELS[control.Id];
    return key ? fnText(key) : control.Id;
  },
  GetImage(): string {
    return "images/functions.svg";
  },
  OnAction(control: RibbonControl): boolean {
    if (control.Id !== "ysFunctions") return true;
    const h = host();
    if (!h || typeof h.CreateTaskPane !== "function") return true;
    const storage = h.PluginStorage ?? (typeof Application !== "undefined" ? Application?.PluginStorage : undefined);
    const id = storage?.getItem(PANE_KEY);
    const existing = id && h.GetTaskPane ? h.GetTaskPane(id) : undefined;
    if (existing) {
      existing.Visible = !existing.Visible;
      return true;
    }
    const pane = h.CreateTaskPane(addinUrl("taskpane.html"), fnText("fn.page.title"));
    storage?.setItem(PANE_KEY, String(pane.ID));
    pane.Visible = true;
    return true;
  },
};

const g = globalThis as unknown as { ribbon?: typeof ribbon; wps?: WpsFunctionApi };
g.ribbon = ribbon;
registerWpsFunctions(g.wps);
