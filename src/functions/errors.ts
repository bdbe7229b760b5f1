/**
 * Errors of the custom functions as plain, host-free values. A function never throws for bad
 * input: it returns an FnError (alone, or as one cell of an array result) and the host layer maps
 * it: Excel to `CustomFunctions.Error`, WPS to what its grid shows (see src/functions/wps/).
 */
import { translator, type Locale, type MessageKey, type MessageParams, type Translate } from "../catalog/messages";

/** The spreadsheet error a value stands for. #REF!/#NAME? only ever arrive as inputs. */
export type FnErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!" | "#NULL!" | "#REF!" | "#NAME?";

export interface FnError {
  readonly fnError: true;
  readonly code: FnErrorCode;
  /** Message in FN_LOCALE. */
  readonly message: string;
  /** Message key, for tests and for hosts that want to re-render the text. */
  readonly key: MessageKey | "";
}

export type FnScalar = number | string | boolean;
export type FnValue = FnScalar | FnError;
export type FnMatrix = FnValue[][];

/**
 * The language of the functions' messages: zh-CN. Their names are the same in every locale, and a
 * host shows one message per error value (the presenters pass `message` on as it is).
 */
export const FN_LOCALE: Locale = "zh-CN";

/** The functions' texts (parameter names in messages, option lists), in FN_LOCALE. */
export const fnText: Translate = translator(FN_LOCALE);

/** Errors without parameters are immutable and shared (a blank column yields a million of them). */
const shared = new Map<string, FnError>();

export function fnError(code: FnErrorCode, key: MessageKey, params?: MessageParams): FnError {
  if (params === undefined) {
    const id = `${code}|${key}`;
    let e = shared.get(id);
    if (!e) {
      e = Object.freeze({ fnError: true as const, code, key, message: fnText(key) });
      shared.set(id, e);
    }
    return e;
  }
  return { fnError: true, code, key, message: fnText(key, params) };
}

export function isFnError(v: unknown): v is FnError {
  return typeof v === "object" && v !== null && (v as FnError).fnError === true;
}

const KNOWN: Record<string, FnErrorCode> = {
  "#VALUE!": "#VALUE!",
  "#DIV/0!": "#DIV/0!",
  "#N/A": "#N/A",
  "#NUM!": "#NUM!",
  "#NULL!": "#NULL!",
  "#REF!": "#REF!",
  "#NAME?": "#NAME?",
};

/** An error value found in an input cell, passed on with its own code (#SPILL! etc. → #VALUE!). */
export function inputError(code: string, param: string): FnError {
  const known = KNOWN[code.toUpperCase()];
  return fnError(known ?? "#VALUE!", "fn.err.inputError", { param, code });
}
