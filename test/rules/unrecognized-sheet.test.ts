import { runRule } from "./helpers/run";
import { seedWorkbook, sheet, workbook } from "./helpers/sheets";

describe("unrecognized-sheet", () => {
  it("says nothing when every sheet is a known table", () => {
    expect(runRule("unrecognized-sheet", seedWorkbook())).toEqual([]);
  });

  it("lists a cover sheet and an empty sheet as info", () => {
    const wb = workbook(sheet("封面", [["巨鹿县医疗保障局", "2023年部门预算"]]), sheet("Sheet3", []));
    const f = runRule("unrecognized-sheet", wb);
    expect(f.map((x) => [x.sheet, x.severity])).toEqual([
      ["封面", "info"],
      ["Sheet3", "info"],
    ]);
    expect(f[0].message).toContain("巨鹿县医疗保障局");
    expect(f[1].message).toContain("空工作表");
  });
});
