/** Reading the projects of a workbook: list sheets (万元 or 元), the Henan table, goal tables, a selection. */
import fs from "fs";
import path from "path";
import { readProjectList } from "../../src/fill/project-list";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { formatMoney } from "../../src/model/money";
import { sheetFromRows, type CellValue, type WorkbookSnapshot } from "../../src/model/snapshot";
import { henanProjectGoals } from "../rules/helpers/goals";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");
const book = (rows: CellValue[][], name = "项目清单"): WorkbookSnapshot => ({ source: "x.xlsx", sheets: [sheetFromRows(name, rows)] });
const brief = (list: ReturnType<typeof readProjectList>) => list.projects.map((p) => [p.name, formatMoney(p.total, 4), formatMoney(p.fiscal, 4), formatMoney(p.other, 4), p.cell]);

describe("readProjectList", () => {
  test("a project list in 元 with 财政拨款 | 其他资金, a 合计 line and notes: amounts in 万元, exactly", () => {
    const list = readProjectList(
      book([
        ["2024年项目支出预算表"],
        ["单位：元"],
        ["序号", "项目名称", "预算数", "财政拨款", "其他资金"],
        [1, "医疗救助经费", 500000, 500000, null],
        [2, "医保宣传经费", 123456.78, 100000, 23456.78],
        [null, "合计", 623456.78, 600000, 23456.78],
        ["注：本表为示例"],
      ]), { locale: "zh-CN" },
    );
    expect(list.source).toBe("list");
    expect(brief(list)).toEqual([
      ["医疗救助经费", "50.0000", "50.0000", "0.0000", "B4"],
      ["医保宣传经费", "12.3457", "10.0000", "2.3457", "B5"],
    ]);
    expect(list.problems).toEqual([]);
  });

  test("parts that do not add up to the total are a problem at the total, not a guess", () => {
    const list = readProjectList(book([["项目名称", "资金总额(万元)", "财政拨款", "其他资金"], ["会议费", 10, 8, 1], ["档案整理", 5, null, null]]), { locale: "zh-CN" });
    expect(brief(list)).toEqual([["档案整理", "5.0000", "5.0000", "0.0000", "A3"]]);
    expect(list.problems.map((p) => p.cell)).toEqual(["B2"]);
  });

  test("the Henan consolidated table: one project per block, the unit lines left out", () => {
    const list = readProjectList(henanProjectGoals(), { locale: "zh-CN" });
    expect(brief(list)).toEqual([
      ["医保信息化建设", "200.0000", "200.0000", "0.0000", "B5"],
      ["医保宣传", "36.0000", "30.0000", "6.0000", "B10"],
    ]);
    const withUnits = readProjectList(
      book([
        ["单位名称(项目名称)", "项目金额(万元)", null, null],
        [null, "资金总额", "财政性资金", "其他资金"],
        ["洛龙区医疗保障局", 40, 40, 0],
        ["洛龙区医疗保障局", 40, 40, 0],
        ["医保政策宣传培训费", 10, 10, 0],
        ["系统维护", 20, 20, 0],
        ["医保信息专网", 10, 10, 0],
      ]), { locale: "zh-CN" },
    );
    expect(withUnits.projects.map((p) => p.name)).toEqual(["医保政策宣传培训费", "系统维护", "医保信息专网"]);
  });

  test("a selection without a header: names from the text column, amounts from the number column", () => {
    const wb = book([["随便写的"], [null, "医疗救助经费", 5], [null, "医保宣传经费", 40]], "草稿");
    const list = readProjectList(wb, { selection: { sheet: "草稿", range: { top: 1, left: 1, bottom: 2, right: 2 } }, locale: "zh-CN" });
    expect(list.source).toBe("range");
    expect(brief(list).map((p) => p.slice(0, 2))).toEqual([["医疗救助经费", "5.0000"], ["医保宣传经费", "40.0000"]]);
  });

  test("the sample workbook: its nine one-project goal tables, each amount from its cost caps", async () => {
    const list = readProjectList(await loadWorkbookBuffer(fs.readFileSync(SAMPLE), "sample.xlsx"), { locale: "zh-CN" });
    expect(list.source).toBe("goal-tables");
    expect(list.projects.map((p) => [p.name.slice(0, 10), formatMoney(p.total)])).toEqual([
      ["长期护理保险专项经费", "20.00"],
      ["城乡居民医保专项经费", "20.00"],
      ["公费医疗、医疗补助经", "90.00"],
      ["冀财社2022年17", "4.00"],
      ["冀财社2022年21", "12.00"],
      ["燃气费、医疗保障经费", "25.00"],
      ["医保数据网络租赁费", "20.00"],
      ["医保宣传经费", "40.00"],
      ["医疗救助经费", "5.00"],
    ]);
  });
});
