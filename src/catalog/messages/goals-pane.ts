/**
 * The 绩效目标 tab's texts (zh-CN first, English twin with the same keys): a table of their own so
 * that they load with the tab, not with the pane's first script. Same `{name}` placeholders as t().
 */
import { goalsPane as zh } from "./zh-CN/goalsPane";
import { goalsPane as en } from "./en/goalsPane";
import { format, type Locale, type MessageParams } from "./index";

export type GoalsPaneKey = keyof typeof zh;

const tables: Record<Locale, Record<GoalsPaneKey, string>> = { "zh-CN": zh, en };

export function tg(key: GoalsPaneKey, params: MessageParams, locale: Locale): string {
  return format(tables[locale][key] ?? zh[key], params, locale);
}

export type TranslateGoals = (key: GoalsPaneKey, params?: MessageParams) => string;

const translators: Partial<Record<Locale, TranslateGoals>> = {};

/** The `tg` of one locale. */
export function goalsTranslator(locale: Locale): TranslateGoals {
  return (translators[locale] ??= (key, params = {}) => tg(key, params, locale));
}

export function goalsPaneTable(locale: Locale): Record<GoalsPaneKey, string> {
  return tables[locale];
}
