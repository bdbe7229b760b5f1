/**
 * Every user-visible string lives in one zh-CN table (English second), split into files by area
 * only so that they are easy to edit. `t(key, params, locale)` fills `{name}` placeholders. There
 * is no process-wide locale: a caller that shows text in English passes "en".
 */
import { zhCN } from "./zh-CN";
import { en } from "./en";
import { formatMoney } from "../../model/money";
import { formatBasisPoints } from "../../model/percent";
import { isJoinedValues, isMoneyValue, isNestedMessage, isPercentValue, type DataValue, type Figure, type MessageData, type NestedMessage } from "../../model/findings";

export type MessageKey = keyof typeof zhCN;
export type Locale = "zh-CN" | "en";

const tables: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

/** Picks a locale from a host language tag such as "zh-CN", "zh-Hans", "en-US". */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^en/i.test(tag) ? "en" : "zh-CN";
}

/** Values a message is filled with: plain strings and numbers, or the typed values findings carry. */
export type MessageParams = Readonly<Record<string, DataValue>>;

/** A message in `locale`, its placeholders filled. The locale is always the caller's: there is no current one. */
export function t(key: MessageKey, params: MessageParams, locale: Locale): string {
  return format(templateOf(key, locale), params, locale);
}

/**
 * An error whose message is data: a key and its values, rendered for the reader's locale by
 * `text` (the UI shows it so); `message` is the zh-CN sentence, for logs and diagnostics.
 */
export class MessageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(t(key, params, "zh-CN"));
    this.name = "MessageError";
  }

  text(locale: Locale): string {
    return t(this.key, this.params, locale);
  }
}

/** `t` with its locale fixed: what a module that renders many messages for one caller holds. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const translators: Partial<Record<Locale, Translate>> = {};

/** The `t` of one locale (one function per locale, made once). */
export function translator(locale: Locale): Translate {
  return (translators[locale] ??= (key, params = {}) => format(templateOf(key, locale), params, locale));
}

/** `t` for a key that came as data (a finding's `messageId`): an unknown key shows as itself. */
export function messageText(key: string, params: MessageData, locale: Locale): string {
  return format(templateOf(key as MessageKey, locale), params, locale);
}

function templateOf(key: MessageKey, locale: Locale): string {
  return tables[locale][key] ?? zhCN[key] ?? key;
}

export function format(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? valueText(params[name], locale) : whole,
  );
}

/**
 * A typed value as text: amounts at their decimals ("+" before a positive difference), rates as
 * "77.32%" (a difference between rates as "-3.00 个百分点"), phrases in `locale`.
 */
export function valueText(v: DataValue, locale: Locale): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (isMoneyValue(v)) {
    const s = formatMoney(v.money, v.decimals);
    return v.signed && v.money > 0 ? "+" + s : s;
  }
  if (isPercentValue(v)) {
    const s = formatBasisPoints(v.basisPoints, v.decimals);
    return v.points ? `${s} ${t("unit.percentagePoints", {}, locale)}` : `${s}%`;
  }
  if (isNestedMessage(v)) return messageText(v.msg, v.data, locale);
  if (isJoinedValues(v)) return v.join.map((x) => valueText(x, locale)).join(valueText(v.sep, locale));
  return String(v);
}

/** A finding's expected / actual / difference as text (a difference between rates names its unit in `locale`). */
export function figureText(f: Figure, locale: Locale): string {
  return valueText(f, locale);
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(zhCN) as MessageKey[];
}

export function messageTable(locale: Locale): Record<MessageKey, string> {
  return tables[locale];
}

/** A message as a typed value inside another message's data (rendered in the same locale). */
export function phrase(key: MessageKey, data: MessageParams = {}): NestedMessage {
  return { msg: key, data: data as MessageData };
}
