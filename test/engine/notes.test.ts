import { phrase } from "../../src/catalog/messages";
import type { Finding } from "../../src/model/findings";
import { findingKey } from "../../src/model/host-port";
import { legacyFindingKey, migrateNotes } from "../../src/engine/notes";
import { applyNotes } from "../../src/engine/file-report";

const mismatch = (actual: number): Finding => ({
  ruleId: "row-sum",
  messageId: "sums.mismatch",
  data: {
    what: phrase("sums.row", { row: 7, label: "行政运行", total: "合计", parts: "基本支出 + 项目支出" }),
    expected: { money: 2449000, decimals: 2 },
    actual: { money: actual, decimals: 2 },
    difference: { money: actual - 2449000, decimals: 2, signed: true },
  },
  severity: "error",
  sheet: "支出总表",
  cell: "C7",
  related: [],
  expected: { money: 2449000, decimals: 2 },
  actual: { money: actual, decimals: 2 },
});

describe("findingKey", () => {
  it("names the rule, the cell, the message and its figures, not the wording", () => {
    const key = findingKey(mismatch(2494000));
    expect(key).toMatch(/^row-sum\|支出总表\|C7\|sums\.mismatch\|/);
    expect(key).toContain("2494000");
    expect(key).not.toContain("应为"); // no rendered text
  });

  it("changes with an amount and not with the decimals shown", () => {
    expect(findingKey(mismatch(2494000))).not.toBe(findingKey(mismatch(2495000)));
    const wider = mismatch(2494000);
    wider.data = { ...wider.data, actual: { money: 2494000, decimals: 4 } };
    expect(findingKey(wider)).toBe(findingKey(mismatch(2494000)));
  });
});

describe("explanations saved under the old key (rule|sheet|cell|zh-CN message)", () => {
  it("the old key is the one earlier versions wrote", () => {
    expect(legacyFindingKey(mismatch(2494000))).toBe("row-sum|支出总表|C7|第7行“行政运行”：合计 = 基本支出 + 项目支出：应为 244.90，实为 249.40，差额 +4.50");
  });

  it("move to the current key of the finding they explain; others stay", () => {
    const f = mismatch(2494000);
    const saved = { [legacyFindingKey(f)]: "已核实", "other-rule|表|A1|某条旧提示": "留着" };
    const { notes, changed } = migrateNotes(saved, [f]);
    expect(changed).toBe(true);
    expect(notes[findingKey(f)]).toBe("已核实");
    expect(notes[legacyFindingKey(f)]).toBeUndefined();
    expect(notes["other-rule|表|A1|某条旧提示"]).toBe("留着");
  });

  it("a current key is left alone and nothing is to save", () => {
    const f = mismatch(2494000);
    const { notes, changed } = migrateNotes({ [findingKey(f)]: "已核实" }, [f]);
    expect(changed).toBe(false);
    expect(notes).toEqual({ [findingKey(f)]: "已核实" });
  });

  it("an old key of a finding whose amount has changed is not carried over", () => {
    const saved = { [legacyFindingKey(mismatch(2494000))]: "已核实" };
    const { notes, changed } = migrateNotes(saved, [mismatch(2495000)]);
    expect(changed).toBe(false);
    expect(notes).toEqual(saved);
  });
});

describe("applyNotes (the CLI and the page)", () => {
  it("without notes leaves every finding open, in order", () => {
    const list = [mismatch(2494000), mismatch(2495000)];
    expect(applyNotes(list, {})).toEqual({ findings: list, explained: [] });
  });

  it("matches an old key on a sheet whose name holds |, among findings of other cells", () => {
    const on = (sheet: string, cell: string, actual: number) => ({ ...mismatch(actual), sheet, cell });
    const f = on("支出|总表", "C7", 2494000);
    const others = [on("支出|总表", "C8", 2494000), on("支出", "C7", 2494000)];
    const { findings, explained } = applyNotes([...others, f], { [legacyFindingKey(f)]: "已核实" });
    expect(explained).toEqual([{ finding: f, note: "已核实" }]);
    expect(findings).toEqual(others);
  });

  it("counts a finding explained under its old, wording-based key as explained", () => {
    const f = mismatch(2494000);
    const { findings, explained } = applyNotes([f, mismatch(2495000)], { [legacyFindingKey(f)]: "已核实" });
    expect(explained).toEqual([{ finding: f, note: "已核实" }]);
    expect(findings).toEqual([mismatch(2495000)]);
  });
});
