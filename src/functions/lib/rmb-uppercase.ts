/**
 * 人民币大写金额 (amount in words), following the rules for 中文大写金额数字 in 会计基础工作规范
 * (财会字〔1996〕19号) and 支付结算办法:
 * - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, then 元角分;
 * - "整" after 元 or 角 when there are no 分; nothing after 分;
 * - a run of zeros inside the number is written as one 零; a zero 元位 before a non-zero 角 is
 *   written as 零 ("壹仟陆佰捌拾元零叁角贰分"), as is a zero 角 before a non-zero 分;
 * - 拾 at the head is written 壹拾 ("壹拾陆元整");
 * - negative amounts start with 负.
 * Amounts are taken in 分 (integer cents) so nothing is lost to floating point.
 */

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const IN_GROUP = ["", "拾", "佰", "仟"];
const GROUPS = ["", "万", "亿"];

/** Largest amount converted, in 分: 9999亿9999万9999元9角9分. */
export const RMB_MAX_CENTS = 99999999999999;

/** The amount in words, or undefined when |cents| is beyond RMB_MAX_CENTS or not an integer. */
export function rmbUppercase(cents: number): string | undefined {
  if (!Number.isInteger(cents) || Math.abs(cents) > RMB_MAX_CENTS) return undefined;
  if (cents === 0) return "零元整";
  const negative = cents < 0;
  const a = Math.abs(cents);
  const yuan = Math.floor(a / 100);
  const jiao = Math.floor(a / 10) % 10;
  const fen = a % 10;

  let s = yuan > 0 ? integerWords(yuan) + "元" : "";
  if (jiao === 0 && fen === 0) {
    s += "整";
  } else {
    if (jiao > 0) {
      if (yuan > 0 && yuan % 10 === 0) s += "零";
      s += DIGITS[jiao] + "角";
    } else if (yuan > 0) {
      s += "零";
    }
    s += fen > 0 ? DIGITS[fen] + "分" : "整";
  }
  return (negative ? "负" : "") + s;
}

/** A positive integer below 10^12 in words (without 元). */
function integerWords(n: number): string {
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let out = "";
  let zeroPending = false;
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi];
    if (g === 0) {
      if (out !== "") zeroPending = true;
      continue;
    }
    if (out !== "" && (zeroPending || g < 1000)) out += "零";
    out += groupWords(g) + GROUPS[gi];
    zeroPending = false;
  }
  return out;
}

/** 1..9999 in words; inner zeros as one 零, trailing zeros dropped, no leading 零. */
function groupWords(g: number): string {
  let out = "";
  let zero = false;
  let started = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(g / Math.pow(10, pos)) % 10;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += "零";
    out += DIGITS[d] + IN_GROUP[pos];
    zero = false;
    started = true;
  }
  return out;
}
