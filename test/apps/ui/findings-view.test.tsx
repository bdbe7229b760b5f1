/**
 * @jest-environment jsdom
 *
 * The shared findings view and the pane's forms in a DOM (React Testing Library): ordering,
 * grouping, filtering, the figures block, the rule explanation and the goal-sheet form.
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding } from "../../../src/model/findings";
import { FindingsView } from "../../../src/apps/ui/FindingsView";
import { filterSections, rowsOf, sectionsOf, TableInfo } from "../../../src/apps/ui/findings-model";
import { figuresOf, groupThousands } from "../../../src/apps/ui/figures";
import { hostFailure } from "../../../src/apps/ui/host-errors";
import { countFindings } from "../../../src/model/findings";
import { GoalTemplateForm, parseAmountWan } from "../../../src/apps/ui/GoalTemplateForm";
import type { HostPort } from "../../../src/model/host-port";
import type { WritePlan } from "../../../src/model/write-plan";

const f = (severity: Finding["severity"], sheet: string, cell: string, message: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: extra.ruleId ?? "row-sum",
  severity,
  sheet,
  cell,
  related: [],
  messageId: message, // a key outside the message table renders as itself
  data: {},
  ...extra,
});

const TABLES: TableInfo[] = [
  { sheet: "收支总表", template: "summary", title: "部门收支总表", unit: "万元" },
  { sheet: "支出总表", template: "expenditure", title: "部门支出总表", unit: "元" },
  { sheet: "三公", template: "three-public", title: "“三公”经费支出表" },
];

const FINDINGS: Finding[] = [
  f("info", "收支总表", "B3", "提示一", { ruleId: "code-not-in-catalogue" }),
  f("warning", "收支总表", "C4", "警告一", { ruleId: "text-number" }),
  f("error", "支出总表", "D9", "合计不等", { expected: "1234567.5", actual: "1234562.5", difference: "-5.00" }),
  f("warning", "三公", "C6", "以文本存放的数字“1,200”", { ruleId: "text-number" }),
  f("warning", "三公", "C7", "以文本存放的数字“35”", { ruleId: "text-number" }),
  f("warning", "三公", "C8", "以文本存放的数字“7”", { ruleId: "text-number" }),
  f("error", "收支总表", "E2", "总计不等", { expected: "10", actual: "15", difference: "5" }),
];

function renderView(findings = FINDINGS, jump: jest.Mock | null = jest.fn()) {
  const sections = sectionsOf(TABLES, findings, "zh-CN");
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView sections={sections} counts={countFindings(findings)} label="结果" jump={jump ?? undefined} />
    </FluentProvider>,
  );
  return { jump };
}

const rowTexts = () => screen.getAllByRole("treeitem").map((r) => r.textContent ?? "");

describe("the findings model", () => {
  it("puts tables with errors first, and within a table errors, then warnings, then notes", () => {
    const sections = sectionsOf(TABLES, FINDINGS, "zh-CN");
    expect(sections.map((s) => s.heading)).toEqual(["「收支总表」部门收支总表", "「支出总表」部门支出总表", "「三公」“三公”经费支出表"]);
    expect(sections[0].items.map((i) => i.severity)).toEqual(["error", "warning", "info"]);
  });

  it("folds the same message on three or more cells of a table into one group", () => {
    const three = sectionsOf(TABLES, FINDINGS, "zh-CN").find((s) => s.sheet === "三公")!;
    expect(three.items).toHaveLength(1);
    expect(three.items[0].kind).toBe("group");
    expect(three.items[0].kind === "group" && three.items[0].findings.map((x) => x.cell)).toEqual(["C6", "C7", "C8"]);
  });

  it("drops sections left empty by the filter", () => {
    const errorsOnly = filterSections(sectionsOf(TABLES, FINDINGS, "zh-CN"), new Set(["error"]));
    expect(errorsOnly.map((s) => s.sheet)).toEqual(["收支总表", "支出总表"]);
    expect(rowsOf(errorsOnly, new Set()).filter((r) => r.type === "finding")).toHaveLength(2);
  });
});

describe("the figures block", () => {
  it("groups thousands, adds the unit and words the difference by its direction", () => {
    expect(groupThousands("1234567.5")).toBe("1,234,567.5");
    expect(groupThousands("-1234")).toBe("-1,234");
    expect(figuresOf({ expected: "1234567.5", actual: "1234562.5", difference: "-5.00" }, "元", "zh-CN")).toEqual({
      expected: "1,234,567.5 元",
      actual: "1,234,562.5 元",
      difference: "少 5.00 元",
      direction: "less",
    });
    expect(figuresOf({ expected: "10", actual: "15", difference: "5" }, "万元", "zh-CN")?.difference).toBe("多 5 万元");
    expect(figuresOf({ difference: "3.00 个百分点" }, undefined, "zh-CN")).toEqual({ difference: "3.00 个百分点" });
    expect(figuresOf({}, undefined, "zh-CN")).toBeUndefined();
  });

  it("reads typed amounts: exact money at its decimals, the direction from the sign", () => {
    const money = (m: number, signed?: boolean) => ({ money: m, decimals: 2, ...(signed ? { signed } : {}) });
    expect(figuresOf({ expected: money(12345675000), actual: money(12345625000), difference: money(-50000, true) }, "元", "zh-CN")).toEqual({
      expected: "1,234,567.50 元",
      actual: "1,234,562.50 元",
      difference: "少 5.00 元",
      direction: "less",
    });
    expect(figuresOf({ expected: 6, actual: 4.5, difference: 0 }, undefined, "zh-CN")).toEqual({ expected: "6", actual: "4.5", difference: "0" });
  });

  it("reads typed rates as they always read: no unit of amounts after them, the difference in percentage points", () => {
    const rate = (basisPoints: number) => ({ basisPoints, decimals: 2 });
    expect(figuresOf({ expected: rate(1536), actual: rate(1236), difference: { basisPoints: -300, decimals: 2, points: true } }, "万元", "zh-CN")).toEqual({
      expected: "15.36%",
      actual: "12.36%",
      difference: "-3.00 个百分点",
    });
    expect(figuresOf({ expected: rate(10000), actual: rate(7732) }, undefined, "zh-CN")).toEqual({ expected: "100.00%", actual: "77.32%" });
  });

  it("shows 应为 / 实为 / 差额 under the message", () => {
    renderView();
    const blocks = screen.getAllByTestId("figures");
    const texts = blocks.map((b) => b.textContent);
    expect(texts).toContain("应为10 万元实为15 万元差额多 5 万元");
    expect(texts).toContain("应为1,234,567.5 元实为1,234,562.5 元差额少 5.00 元");
  });
});

describe("the findings view", () => {
  it("lists a tree of tables with errors first and no rule ids", () => {
    renderView();
    const tree = screen.getByRole("tree");
    const rows = within(tree).getAllByRole("treeitem");
    expect(rows[0].getAttribute("aria-level")).toBe("1");
    expect(rows[0].textContent).toContain("收支总表");
    expect(rows[1].textContent).toContain("总计不等");
    expect(tree.textContent).not.toMatch(/row-sum|text-number|summary/);
    // One tab stop.
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it("filters by severity when a count is clicked, and shows all again on a second click", () => {
    renderView();
    const all = rowTexts().length;
    fireEvent.click(screen.getByRole("button", { name: "错误 2" }));
    expect(screen.getByRole("button", { name: "错误 2" }).getAttribute("aria-pressed")).toBe("true");
    expect(rowTexts().some((t) => t.includes("警告一"))).toBe(false);
    expect(rowTexts().some((t) => t.includes("三公"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "错误 2" }));
    expect(rowTexts()).toHaveLength(all);
  });

  it("opens a group of the same message to list its cells", () => {
    renderView();
    const group = screen.getAllByRole("treeitem").find((r) => r.classList.contains("finding-group"))!;
    expect(group.getAttribute("aria-expanded")).toBe("false");
    expect(group.textContent).toContain("共 3 处：C6、C7、C8");
    fireEvent.click(group);
    expect(screen.getAllByRole("treeitem").filter((r) => r.getAttribute("aria-level") === "3")).toHaveLength(3);
  });

  it("moves with the arrow keys, collapses with Left, and goes to the cell with Enter", () => {
    const { jump } = renderView();
    const first = screen.getAllByRole("treeitem")[0];
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowDown" });
    const second = screen.getAllByRole("treeitem")[1];
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: "Enter" });
    expect(jump).toHaveBeenCalledWith(expect.objectContaining({ cell: "E2" }));
    fireEvent.keyDown(second, { key: "ArrowLeft" }); // to the parent
    const heading = screen.getAllByRole("treeitem")[0];
    expect(document.activeElement).toBe(heading);
    fireEvent.keyDown(heading, { key: "ArrowLeft" }); // closes it
    expect(heading.getAttribute("aria-expanded")).toBe("false");
    expect(rowTexts().some((t) => t.includes("总计不等"))).toBe(false);
  });

  it("shows a pointer on a finding only when there is a cell to go to (the page has none; a whole-sheet finding neither)", () => {
    const cursorOf = (cell: string) => {
      const row = document.querySelector(`.finding[data-cell="${cell}"]`);
      return row ? getComputedStyle(row).cursor : "no row";
    };
    renderView([f("error", "支出总表", "D9", "合计不等"), f("error", "支出总表", "", "整表不等")]);
    expect(cursorOf("D9")).toBe("pointer");
    expect(cursorOf("")).toBe("default");
    cleanup();
    renderView([f("error", "支出总表", "D9", "合计不等")], null); // as on the page
    expect(cursorOf("D9")).toBe("default");
  });

  it("folds related cells after the first few", () => {
    const many = f("info", "收支总表", "A1", "很多相关单元格", { related: Array.from({ length: 10 }, (_, i) => ({ sheet: "收支总表", cell: `B${i + 1}` })) });
    renderView([many]);
    const related = document.querySelector(".related")!;
    expect(related.textContent).toContain("B1、B2、B3、B4");
    expect(related.textContent).not.toContain("B5");
    fireEvent.click(within(related as HTMLElement).getByRole("button", { name: "另有 6 个" }));
    expect(related.textContent).toContain("B10");
  });

  it("explains the rule behind 规则说明, with its id only there", async () => {
    renderView([f("error", "收支总表", "E2", "总计不等")]);
    fireEvent.click(screen.getByRole("button", { name: "规则说明" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("合计栏等于各组成栏之和");
    expect(dialog.textContent).toContain("规则编号：row-sum");
  });
});

describe("host errors", () => {
  it("become Chinese sentences; the raw error is kept apart", () => {
    const e = Object.assign(new Error("This operation is not allowed while in cell edit mode."), { name: "RichApi.Error", code: "InvalidOperationInCellEditMode" });
    const said = hostFailure(e, "高亮", "zh-CN");
    expect(said.text).toBe("高亮没有完成：表格正处于单元格编辑状态。请按回车或 Esc 结束编辑后再试。");
    expect(said.raw).toContain("InvalidOperationInCellEditMode");
    expect(hostFailure(new Error("weird"), "检查", "zh-CN").text).toMatch(/^检查没有完成：表格程序报告了一个错误/);
    expect(hostFailure(new Error("没有打开的工作簿。"), "检查", "zh-CN").text).toBe("没有打开的工作簿。");
  });

  it("say that part of the pane did not load when a lazy chunk fails, even when webpack says timeout", () => {
    const e = Object.assign(new Error("Loading chunk check failed.\n(timeout: https://example.com/check.js)"), { name: "ChunkLoadError" });
    const said = hostFailure(e, "检查", "zh-CN");
    expect(said.text).toMatch(/^检查没有完成：任务窗格的一部分程序没有加载成功/);
    expect(said.raw).toContain("ChunkLoadError");
  });
});

describe("the goal-sheet form", () => {
  const port = (writeSheet: (plan: WritePlan) => Promise<string>) => ({ writeSheet }) as unknown as HostPort;

  it("reads amounts as accountants type them", () => {
    expect(parseAmountWan("")).toEqual({ ok: true });
    expect(parseAmountWan("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmountWan("２０")).toEqual({ ok: true, value: 20 });
    expect(parseAmountWan("二十").ok).toBe(false);
    expect(parseAmountWan("-3").ok).toBe(false);
  });

  it("says what is missing under the field and writes nothing; with a project it writes the sheet", async () => {
    const writeSheet = jest.fn(async (plan: WritePlan) => plan.name);
    const perform = jest.fn(async (_w: string, _a: string, work: () => Promise<unknown>) => void (await work()));
    render(
      <FluentProvider theme={webLightTheme}>
        <GoalTemplateForm port={port(writeSheet)} busy={false} perform={perform as never} feedback={null} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "插入绩效目标表" }));
    expect(screen.getByText("请先填写项目名称。")).toBeTruthy();
    expect(writeSheet).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("textbox", { name: /项目名称/ }), { target: { value: "医疗救助" } });
    fireEvent.change(screen.getByRole("textbox", { name: /年度资金总额/ }), { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "插入绩效目标表" }));
    expect(screen.getByText("资金总额“abc”不是一个正数（单位万元，例如 20 或 1,234.5）。")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /年度资金总额/ }), { target: { value: "20" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "插入绩效目标表" }));
    });
    expect(writeSheet).toHaveBeenCalledTimes(1);
    expect(writeSheet.mock.calls[0][0].name).toBe("绩效目标-医疗救助");
  });
});
