/**
 * The WPS self-test against the in-memory WPS: every check passes where WPS behaves as assumed,
 * a check fails (with what came back) where it does not, and the user's workbook is untouched.
 */
import type { EtApplication } from "../../src/adapters/wps/et-model";
import { runWpsSelfTest, selfTestLines } from "../../src/adapters/wps/self-test";
import { FakeWorkbook } from "../support/fake-excel";
import { FakeWps } from "../support/fake-wps";

function userBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("收入总表").cells.set("0,0", { value: "本表" });
  return book;
}

it("passes every check where WPS behaves as the adapter assumes, in a temporary workbook", async () => {
  const book = userBook();
  const app = new FakeWps(book);
  const results = await runWpsSelfTest(() => app as unknown as EtApplication);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  expect(results).toHaveLength(11);
  // Back on the user's workbook, which has not changed.
  expect(app.book).toBe(book);
  expect(book.sheets.map((s) => s.name)).toEqual(["收入总表"]);
  expect(book.sheet("收入总表").cells.size).toBe(1);
  expect(selfTestLines(results, "zh-CN")[0]).toBe("✓ 单个单元格的 Value2 读作一个值：number 12.5");
});

it("reports a failed check with what came back, and still closes the temporary workbook", async () => {
  // A WPS that reports a hidden row the test did not hide.
  class OddWps extends FakeWps {
    override get Workbooks() {
      const real = super.Workbooks;
      return {
        Add: () => {
          const wb = real.Add();
          this.book.sheets[0].hiddenRows.add(0);
          return wb;
        },
      };
    }
  }
  const book = userBook();
  const app = new OddWps(book);
  const results = await runWpsSelfTest(() => app as unknown as EtApplication);
  expect(results.filter((r) => !r.ok).map((r) => [r.key, r.observed])).toEqual([["selftest.hiddenRow", "[0,2]"]]);
  expect(selfTestLines(results, "zh-CN").find((l) => l.startsWith("✗"))).toBe("✗ 隐藏的第 3 行：[0,2]");
  expect(app.book).toBe(book);
});
