/**
 * RMBUPPER(金额, [单位]) — 人民币大写 of an amount in 元 (default) or 万元:
 * 1680.32 → "壹仟陆佰捌拾元零叁角贰分"; 534.8 万元 → "伍佰叁拾肆万捌仟元整". A blank cell gives "".
 * The amount is rounded to 分 (half away from zero).
 */
import { asMatrix, echo, map1, parseArg, readOption } from "./args";
import { fnError, fnText, inputError, isFnError, type FnMatrix, type FnValue } from "./errors";
import { moneyFromNumber, roundMoney } from "../model/money";
import { normalizeText } from "../model/values";
import { rmbUppercase } from "./lib/rmb-uppercase";

export type AmountUnit = "yuan" | "wan";

const UNITS: Record<string, AmountUnit> = { "": "yuan", 元: "yuan", yuan: "yuan", 万元: "wan", 万: "wan", wan: "wan" };

export function rmbCell(raw: unknown, unit: AmountUnit): FnValue {
  const p = parseArg(raw);
  if (p.kind === "empty") return "";
  if (p.kind === "error") return inputError(p.code, fnText("fn.RMBUPPER.amount.name"));
  // A percentage ("10%") is not an amount of money.
  if (p.kind !== "number" || p.percent) {
    return fnError("#VALUE!", "fn.err.notNumber", { param: fnText("fn.RMBUPPER.amount.name"), value: echo(raw) });
  }
  // 万元 → 元 before rounding to 分, so that 1.234567 万元 keeps its 分 (12345.67 元).
  const yuan = moneyFromNumber(unit === "wan" ? p.value * 10000 : p.value);
  const cents = roundMoney(yuan, 2) / 100;
  const words = rmbUppercase(cents);
  return words === undefined ? fnError("#NUM!", "fn.err.tooLarge") : words;
}

export function rmbupper(amount: unknown, unit?: unknown): FnMatrix {
  const u = readOption(unit, "fn.RMBUPPER.unit.name");
  if (isFnError(u)) return [[u]];
  const which = UNITS[normalizeText(u).replace(/\s+/g, "").toLowerCase()];
  if (!which) {
    return [[fnError("#VALUE!", "fn.err.badOption", { param: fnText("fn.RMBUPPER.unit.name"), allowed: fnText("fn.option.unit"), value: u })]];
  }
  return map1(asMatrix(amount), (x) => rmbCell(x, which));
}
