import { checkWorkbookSync } from "../../src/engine/check";
import { at, runRule } from "./helpers/run";
import { henanDepartment, henanExpenditureRows, henanSummaryRows } from "./helpers/henan";
import { seedWorkbook } from "./helpers/sheets";
import { money, say } from "../support/text";

describe("cross-expense-nature (X3, Henan layout)", () => {
  it("passes a Henan department whose 收支总表 and 支出总表 agree, with nothing else to report", () => {
    const r = checkWorkbookSync(henanDepartment());
    expect(r.tables.map((t) => t.template)).toEqual(["income-expense-summary", "expenditure"]);
    expect(r.findings).toEqual([]);
  });

  it("has nothing to say about a Hebei 收支总表 (function classes, no 基本支出 line)", () => {
    expect(runRule("cross-expense-nature", seedWorkbook())).toEqual([]);
  });

  it("flags a 收支总表 line by nature that differs from that column of 支出总表's 合计 row", () => {
    const t1 = henanSummaryRows();
    t1[6][3] = 41; // 2、商品和服务支出 in the 合计 column (支出总表 says 40)
    const f = runRule("cross-expense-nature", henanDepartment(t1));
    expect(f.map(at)).toEqual(["收支总体!D7"]);
    expect(f[0]).toMatchObject({ severity: "error", expected: money("40.00"), actual: money("41.00") });
    expect(say(f[0])).toContain("“2、商品和服务支出”应等于支出总表合计行的“商品和服务支出”");
    expect(f[0].related).toEqual([{ sheet: "支出总体", cell: "J6" }]);
  });

  it("compares 基本支出 and 项目支出 with the 小计 of their column groups", () => {
    const t3 = henanExpenditureRows();
    t3[5][10] = 221; // 项目支出 小计 on 支出总表's 合计 row
    const f = runRule("cross-expense-nature", henanDepartment(undefined, t3));
    expect(f.map(at)).toEqual(["收支总体!D9"]);
    expect(say(f[0])).toContain("“二、项目支出”");
  });
});
