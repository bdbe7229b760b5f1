import { runRule, at } from "./helpers/run";
import { seedWorkbook, threePublicRows, withCell } from "./helpers/sheets";
import { say } from "../support/text";

describe("cross-three-public-economic", () => {
  it("passes the seed (培训费 2.20 = 30216 2.20)", () => {
    expect(runRule("cross-three-public-economic", seedWorkbook())).toEqual([]);
  });

  it("warns when 公务接待费 exceeds 30217 (absent from the basic table)", () => {
    const rows = withCell(withCell(threePublicRows(), 13, 2, 1.5), 13, 3, 1.5);
    const f = runRule("cross-three-public-economic", seedWorkbook({ t9: rows }));
    expect(f.map(at)).toEqual(["三公!D14"]);
    expect(f[0].severity).toBe("warning");
    expect(say(f[0])).toContain("30217");
  });
});
