/** Findings are data; tests that read their sentence render it as the CLI does (zh-CN by default). */
import type { Figure, Finding, MoneyValue } from "../../src/model/findings";
import { moneyFromDecimalString } from "../../src/model/money";
import type { Locale } from "../../src/catalog/messages";
import { renderFigure, renderMessage } from "../../src/present/render";

export function say(f: Pick<Finding, "messageId" | "data">, locale: Locale = "zh-CN"): string {
  return renderMessage(f, locale);
}

export function fig(v: Figure | undefined): string {
  return renderFigure(v, "zh-CN");
}

/** An amount as a finding carries it, from the text it shows: money("34.90") → {money: 349000, decimals: 2}. */
export function money(text: string): MoneyValue {
  const m = moneyFromDecimalString(text);
  if (m === null) throw new Error(`not an amount: ${text}`);
  const dot = text.indexOf(".");
  return { money: m, decimals: dot < 0 ? 0 : text.length - dot - 1 };
}

/** A difference as a finding carries it (shown with "+" when positive). */
export function diff(text: string): MoneyValue {
  return { ...money(text.replace(/^\+/, "")), signed: true };
}
