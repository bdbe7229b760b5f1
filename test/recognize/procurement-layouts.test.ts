/**
 * A 政府采购预算表 whose rows start with the project's name (no code, no ordinal, its 合计 at the
 * bottom) and whose 预算金额 is split by source under a merged group header.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { LabeledTable } from "../../src/recognize/model";
import { sheet, workbook, type Row } from "../rules/helpers/sheets";

const _ = null;

function procurement(other: string, fix: (rows: Row[]) => void = () => undefined) {
  const rows: Row[] = [
    ["2024年政府采购预算表", _, _, _, _, _, _],
    ["单位：万元", _, _, _, _, _, _],
    ["项目名称", "采购品目", "数量", "预算金额", _, _, _],
    [_, _, _, "合计", "一般公共预算", "政府性基金预算", other],
    ["办公设备购置", "台式计算机", 10, 6, 6, _, _],
    ["物业管理服务", "物业管理服务", 1, 30, 25, _, 5],
    ["合计", _, _, 36, 31, _, 5],
  ];
  fix(rows);
  const merges = [{ top: 2, left: 3, bottom: 2, right: 6 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }];
  return checkWorkbookSync(workbook(sheet("采购", rows, merges)));
}

describe("政府采购预算表 with the project's name in front and 预算金额 by source", () => {
  it("the header ends at the first row of figures; 其他资金 is a source; a correct table raises nothing", () => {
    const r = procurement("其他资金");
    const t = r.recognition.tables[0] as LabeledTable;
    expect(t.header).toEqual({ top: 2, bottom: 3 });
    expect(t.columns.map((c) => c.role)).toEqual(["label", "catalogue", "quantity", "total", "gp", "fund", "unitFunds"]);
    expect(r.findings).toEqual([]);
  });

  it("a 合计 that its sources do not make is found on its row", () => {
    const errors = procurement("其他资金", (rows) => (rows[5][3] = 32)).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.cell.endsWith("6"))).toBe(true);
  });

  it("a source column the template does not name (自筹资金) is not left out of the sum: the row sum is not checked rather than wrong", () => {
    const r = procurement("自筹资金");
    expect(r.recognition.tables[0].unreadFigures).toEqual([6]);
    expect(r.findings.filter((f) => f.ruleId === "row-sum")).toEqual([]);
  });
});
