/**
 * Every user-visible string lives in one zh-CN table (English second), split into files by area
 * only so that they are easy to edit. `t(key, params)` fills `{name}` placeholders.
 */
import { zhCN } from "./zh-CN";
import { en } from "./en";

export type MessageKey = keyof typeof zhCN;
export type Locale = "zh-CN" | "en";

const tables: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

let current: Locale = "zh-CN";

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Picks a locale from a host language tag such as "zh-CN", "zh-Hans", "en-US". */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^en/i.test(tag) ? "en" : "zh-CN";
}

export type MessageParams = Record<string, string | number>;

export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = current): string {
  const template = tables[locale][key] ?? zhCN[key] ?? key;
  return format(template, params);
}

export function format(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(zhCN) as MessageKey[];
}

export function messageTable(locale: Locale): Record<MessageKey, string> {
  return tables[locale];
}
