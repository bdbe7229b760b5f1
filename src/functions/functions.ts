/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator reads these TS types */
/**
 * The custom functions, as the hosts see them. This file is the single source of both hosts:
 * - Excel: custom-functions-metadata-plugin reads the JSDoc below to generate functions.json (the
 *   English metadata; functions-zh-cn.json is built from src/catalog/messages/zh-CN/functions.ts) and appends
 *   `CustomFunctions.associate(id, fn)` for each function when webpack bundles this file;
 * - WPS: src/functions/wps/ registers the FUNCTIONS list below with wps.AddCustomFunction.
 *
 * Descriptions here must equal the fn.* entries of src/catalog/messages/en/functions.ts (a test checks it).
 * Every function is a thin call into a pure implementation; errors come back as FnError values
 * and the presenter installed by the host maps them (src/functions/host-seam.ts).
 * Ids are stored in workbooks: never rename one.
 */
import { execrate } from "./execrate";
import { yoychange } from "./yoychange";
import { checktotal } from "./checktotal";
import { share } from "./share";
import { rmbupper } from "./rmbupper";
import { targetmet, targetscore } from "./targets";
import { codename } from "./codename";
import { presentMatrix, presentScalar } from "./host-seam";

/** Typed before every function name: =YS.EXECRATE(…), in Excel and in WPS. */
export const FUNCTION_NAMESPACE = "YS";

/**
 * Execution rate = actual ÷ (budget + adjustment), as a fraction (format the cell as %). #DIV/0! when the budget is blank or zero; ranges are computed element by element.
 * @customfunction EXECRATE
 * @param actual Amount executed in the year (cell, range or number; numbers stored as text are accepted)
 * @param budget Budget for the year (cell, range or number)
 * @param [adjustment] Optional: budget adjustment added to the budget in the denominator; blank counts as 0
 * @returns Execution rates (fractions), one per input cell.
 */
export function EXECRATE(actual: any[][], budget: any[][], adjustment?: any[][]): any[][] {
  return presentMatrix(execrate(actual, budget, adjustment)) as any[][];
}

/**
 * Year-over-year change: the change rate (a fraction) by default; form "差额" gives the amount; form "文字" gives the sentence "增加X万元，增长Y%", "减少X万元，下降Y%" or "持平". A zero base is not comparable.
 * @customfunction YOYCHANGE
 * @param current This year's amount (cell, range or number)
 * @param previous Last year's amount (cell, range or number)
 * @param [form] Optional: "比率" (rate, default), "差额" (amount) or "文字" (sentence)
 * @param [unit] Optional: unit of the amount in the sentence, default "万元"
 * @returns Change rate, amount or sentence, one per input cell.
 */
export function YOYCHANGE(current: any[][], previous: any[][], form?: any, unit?: any): any[][] {
  return presentMatrix(yoychange(current, previous, form, unit)) as any[][];
}

/**
 * Total check: TRUE when the total equals the sum of the parts within the tolerance, FALSE otherwise. Blanks count as zero; numbers stored as text are parsed.
 * @customfunction CHECKTOTAL
 * @param total The total (one cell or a number)
 * @param parts Part amounts (cells, ranges or numbers, several allowed). Add "容差0.01" at the end to set the tolerance (default 0.005), or "差额" to return total minus the sum of the parts
 * @returns TRUE/FALSE, or the signed difference with the option "差额".
 */
export function CHECKTOTAL(total: any, parts: any[][][]): any {
  return presentScalar(checktotal(total, parts)) as any;
}

/**
 * Share = part ÷ total, rounded to two decimals of a percent and returned as a fraction (0.1536 is 15.36%). Ranges are computed element by element.
 * @customfunction SHARE
 * @param part Part amount (cell, range or number)
 * @param total Total amount; #DIV/0! when blank or zero
 * @param [decimals] Optional: decimals of the percentage (0-4), default 2
 * @returns Shares (fractions), one per input cell.
 */
export function SHARE(part: any[][], total: any[][], decimals?: any): any[][] {
  return presentMatrix(share(part, total, decimals)) as any[][];
}

/**
 * Amount in Chinese capital numerals (人民币大写), e.g. 1680.32 → 壹仟陆佰捌拾元零叁角贰分.
 * @customfunction RMBUPPER
 * @param amount Amount (cell, range or number)
 * @param [unit] Optional: unit of the amount, "元" (default) or "万元"
 * @returns The amount in words, one per input cell.
 */
export function RMBUPPER(amount: any[][], unit?: any): any[][] {
  return presentMatrix(rmbupper(amount, unit)) as any[][];
}

/**
 * Whether the actual value meets a performance-indicator target such as "≥95%", "≤20万元", "6-9个月", "不晚于12月底" or a qualitative target; returns TRUE or FALSE.
 * @customfunction TARGETMET
 * @param actual Actual value (e.g. 98%, 18万元, 13个月, 11月底, 达到预期目标)
 * @param target Target value (e.g. ≥95%, ≤20万元, 6-9个月, 不晚于12月底, 明显提高)
 * @param [direction] Optional: "正向" (higher is better), "反向" (lower is better) or "定性" (qualitative); by default read from the symbol (≥ > = positive, ≤ < negative)
 * @returns TRUE/FALSE, one per input cell.
 */
export function TARGETMET(actual: any[][], target: any[][], direction?: any): any[][] {
  return presentMatrix(targetmet(actual, target, direction)) as any[][];
}

/**
 * Self-evaluation score of an indicator: positive = min(actual/target, 1) × points; negative = min(target/actual, 1) × points; qualitative 100% / 60% / 0% for met / partly met / not met. Two decimals.
 * @customfunction TARGETSCORE
 * @param actual Actual value; for a qualitative indicator "达到预期目标", "部分达到预期目标", "未达到预期目标" or a grade such as 85%
 * @param target Target value (e.g. ≥95%, ≤20万元, 6-9个月)
 * @param points Points (weight) of the indicator
 * @param [direction] Optional: "正向", "反向" or "定性"; by default read from the symbol
 * @returns Scores, one per input cell.
 */
export function TARGETSCORE(actual: any[][], target: any[][], points: any[][], direction?: any): any[][] {
  return presentMatrix(targetscore(actual, target, points, direction)) as any[][];
}

/**
 * Name of an expenditure classification code (function or economic) from the bundled catalogue, e.g. 2080505 → 机关事业单位基本养老保险缴费支出.
 * @customfunction CODENAME
 * @param code Classification code (3, 5 or 7 digits; cell, range, number or text)
 * @returns Names, one per input cell.
 */
export function CODENAME(code: any[][]): any[][] {
  return presentMatrix(codename(code)) as any[][];
}

/** How a host passes arguments: Excel gives a repeating parameter as one array; WPS passes them spread. */
export interface FunctionEntry {
  id: string;
  fn: (...args: any[]) => unknown;
  /** Index of the repeating parameter (its values are gathered into one array), if any. */
  repeatingFrom?: number;
}

/** Every custom function, in the order of the metadata. Both hosts register exactly this list. */
export const FUNCTIONS: readonly FunctionEntry[] = [
  { id: "EXECRATE", fn: EXECRATE },
  { id: "YOYCHANGE", fn: YOYCHANGE },
  { id: "CHECKTOTAL", fn: CHECKTOTAL, repeatingFrom: 1 },
  { id: "SHARE", fn: SHARE },
  { id: "RMBUPPER", fn: RMBUPPER },
  { id: "TARGETMET", fn: TARGETMET },
  { id: "TARGETSCORE", fn: TARGETSCORE },
  { id: "CODENAME", fn: CODENAME },
];
