import type { WorkbookSnapshot } from "../../src/model/snapshot";
import { runRule, at } from "./helpers/run";
import { basicRows, Row, seedWorkbook, sheet, withCell } from "./helpers/sheets";

describe("cross-basic-expenditure", () => {
  it("passes the seed (298.80 = 298.80)", () => {
    expect(runRule("cross-basic-expenditure", seedWorkbook())).toEqual([]);
  });

  it("flags a 基本支出表 合计 that differs from 一般公共预算支出表 基本支出", () => {
    const f = runRule("cross-basic-expenditure", seedWorkbook({ t6: withCell(basicRows(), 5, 3, 297.8) }));
    expect(f.map(at)).toEqual(["基本!D6"]);
    expect(f[0].related).toEqual([{ sheet: "一般", cell: "E6" }]);
  });

  describe("a 基本支出表 of all fiscal funds (财政拨款安排的基本支出预算表)", () => {
    /** The seed with its 基本支出表 retitled, its 合计 set, and a 政府性基金 table whose 基本支出 is `fundBasic`. */
    const fiscalBasic = (total: number, fundBasic: number): WorkbookSnapshot => {
      const basic = withCell(withCell(basicRows(), 0, 0, "2017年财政拨款安排的基本支出预算表"), 5, 3, total);
      const wb = seedWorkbook({ t6: basic });
      const fund: Row[] = [
        ["部门预算政府性基金预算财政拨款支出表"],
        ["单位：万元"],
        ["序号", "功能分类科目", null, "合计", "基本支出", "项目支出"],
        [null, "科目编码", "科目名称"],
        ["栏次", 1, 2, 3, 4, 5],
        [1, "合计", null, fundBasic + 5, fundBasic, 5],
        [2, "229", "其他支出", fundBasic + 5, fundBasic, 5],
        [3, "22960", "彩票公益金安排的支出", fundBasic + 5, fundBasic, 5],
        [4, "2296002", "用于社会福利的彩票公益金支出", fundBasic + 5, fundBasic, 5],
      ];
      return { ...wb, sheets: wb.sheets.map((s) => (s.name === "基金" ? sheet("基金", fund) : s)) };
    };

    it("adds the funds' basic expenditure: 308.80 = 298.80 + 10.00 passes", () => {
      expect(runRule("cross-basic-expenditure", fiscalBasic(308.8, 10))).toEqual([]);
    });

    it("flags a 合计 without the fund's part, naming both tables' cells", () => {
      const f = runRule("cross-basic-expenditure", fiscalBasic(298.8, 10));
      expect(f.map(at)).toEqual(["基本!D6"]);
      expect(f[0].related).toEqual([
        { sheet: "一般", cell: "E6" },
        { sheet: "基金", cell: "E6" },
      ]);
    });

    it("is the 一般公共预算 comparison when the package has no fund expenditure", () => {
      expect(runRule("cross-basic-expenditure", fiscalBasic(298.8, 0))).toEqual([]);
    });
  });
});
