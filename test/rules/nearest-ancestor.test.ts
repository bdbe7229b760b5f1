import { nearestAncestor, type CodeIndex } from "../../src/rules/lib/identities";
import type { CodedRow } from "../../src/recognize/model";

/** The first row of the nearest parent code present, by cutting two digits at a time (the definition). */
function bySlicing(byCode: CodeIndex["byCode"], code: string): CodedRow | undefined {
  for (let len = code.length - 2; len >= 3; len -= 2) {
    const hit = byCode.get(code.slice(0, len));
    if (hit !== undefined) return Array.isArray(hit) ? hit[0] : hit;
  }
  return undefined;
}

describe("nearestAncestor", () => {
  const row = (code: string, r: number): CodedRow => ({ row: r, kind: "coded", code, label: code, labelCol: 1, level: 1 }) as unknown as CodedRow;
  const first208 = row("208", 1);
  const byCode: CodeIndex["byCode"] = new Map<string, CodedRow | CodedRow[]>([
    ["208", [first208, row("208", 9)]],
    ["20805", row("20805", 2)],
    ["210", row("210", 3)],
    ["2100", row("2100", 4)],
    ["21001", row("21001", 5)],
    ["abcde", row("abcde", 6)],
    ["abc", row("abc", 7)],
  ]);
  const codes = [
    "2080505", "20805", "2080101", "20801", "208", "2089999", "2100101", "21001", "2109999", "21099",
    "2110101", "21101", "211", "210010101", "2080505xx", "abcdefg", "abcde", "abcd", "2", "20", "",
  ];

  test.each(codes)("%j: the same row as cutting two digits at a time", (code) => {
    expect(nearestAncestor(byCode, code)).toBe(bySlicing(byCode, code));
  });

  test("goes up past a missing 款 to the 类, and takes the first row of a repeated code", () => {
    expect(nearestAncestor(byCode, "2080101")).toBe(first208);
    expect(nearestAncestor(byCode, "2080505")?.code).toBe("20805");
    expect(nearestAncestor(byCode, "2110101")).toBeUndefined();
  });
});
