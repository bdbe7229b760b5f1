import { runRule } from "./helpers/run";
import { seedWorkbook, sheet, workbook } from "./helpers/sheets";
import { say } from "../support/text";

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
    expect(say(f[0])).toContain("巨鹿县医疗保障局");
    expect(say(f[1])).toContain("空工作表");
  });

  it("says where it looked when a sheet has data but no text near the top left", () => {
    const far: (string | number | null)[] = Array<null>(40).fill(null);
    far[39] = "远处的文字";
    const f = runRule("unrecognized-sheet", workbook(sheet("远", [far])));
    expect(f.map((x) => say(x))).toEqual(["未识别为已知的公开表（左上角没有标题或表头文字），本表未做校验"]);
  });
});
