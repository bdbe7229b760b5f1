/**
 * @jest-environment jsdom
 *
 * The 绩效目标 tab's forms in a DOM (React Testing Library) over a port of jest functions: the
 * standard-template picker (search, preview, amount validation, the confirmation listing the cells
 * before overwriting), the project list (suggested types, correction, generation all at once, the
 * cells left to fill), the self-evaluation (stated weights, validation, creation, reasons).
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { HostPort, WriteAtResult } from "../../../src/model/host-port";
import type { WritePlan } from "../../../src/model/write-plan";
import { sheetFromRows, type CellValue, type WorkbookSnapshot } from "../../../src/model/snapshot";
import { LibraryTemplateForm } from "../../../src/apps/ui/LibraryTemplateForm";
import { ProjectGoalsForm } from "../../../src/apps/ui/ProjectGoalsForm";
import { SelfEvaluationForm } from "../../../src/apps/ui/SelfEvaluationForm";
import { readWeights, suggestionsFor, typesMatching, previewRows } from "../../../src/apps/ui/goal-forms";
import type { Feedback, Perform } from "../../../src/apps/ui/feedback";
import { useConfirm } from "../../../src/apps/ui/ConfirmDialog";
import { projectTypeById } from "../../../src/catalog/indicator-library";
import { moneyFromNumber } from "../../../src/model/money";
import { goalsPaneTable } from "../../../src/catalog/messages/goals-pane";

const book = (rows: CellValue[][], name = "项目清单"): WorkbookSnapshot => ({ source: "x.xlsx", sheets: [sheetFromRows(name, rows)] });

/** A port whose methods are jest functions; what is not given throws. */
function fakePort(parts: Partial<HostPort>): HostPort {
  return new Proxy(parts, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? (() => Promise.reject(new Error(`not expected: ${key}`))),
  }) as HostPort;
}

/** The pane's perform, reduced: runs the work and shows its outcome in the form. */
function Harness({ form: Form, port }: { form: typeof LibraryTemplateForm; port: HostPort }): React.ReactElement {
  const [feedback, setFeedback] = React.useState<Feedback | null>(null);
  const [confirm, dialog] = useConfirm();
  const perform: Perform = async (where, _action, work) => {
    setFeedback(null);
    try {
      const outcome = await work();
      if (outcome) setFeedback({ where, ...outcome });
    } catch (e) {
      setFeedback({ where, intent: "error", text: (e as Error).message });
    }
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <Form port={port} busy={false} perform={perform} feedback={feedback} confirm={confirm} />
      {dialog}
    </FluentProvider>
  );
}

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const button = (name: string | RegExp) => screen.getByRole("button", { name });

describe("the tab's own message table", () => {
  it("has an English twin of every text with the same placeholders", () => {
    const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const zh = goalsPaneTable("zh-CN");
    const en = goalsPaneTable("en");
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect([key, names(en[key])]).toEqual([key, names(zh[key])]);
  });
});

describe("what the forms compute", () => {
  it("matches types by name and keyword, best first; blank lists all", () => {
    expect(typesMatching("救助")[0].name).toBe("医疗救助");
    expect(typesMatching("城乡医疗救助项目").map((t) => t.name)).toContain("医疗救助");
    expect(typesMatching("会议").map((t) => t.name)).toEqual(["会议"]);
    expect(typesMatching("").length).toBeGreaterThanOrEqual(16);
    expect(typesMatching("火星探测")).toEqual([]);
  });

  it("previews caps from the amount, and waits for it when there is none", () => {
    const type = projectTypeById("medical-assistance")!;
    const withAmount = previewRows(type, "classic", moneyFromNumber(20));
    expect(withAmount.filter((r) => r.level2 === "成本指标").map((r) => r.target)).toEqual(["≤20万元"]);
    expect(withAmount.some((r) => r.kind === "to-fill" && /\{数量\}/.test(r.pattern ?? ""))).toBe(true);
    const without = previewRows(type, "classic", undefined);
    expect(without.filter((r) => r.level2 === "成本指标").map((r) => r.kind)).toEqual(["cap-pending"]);
    // The 2021 framework puts 成本 under its own 一级.
    expect(previewRows(type, "2021", moneyFromNumber(20)).some((r) => r.level1 === "成本指标")).toBe(true);
  });

  it("preselects a type only when a keyword is in the name", () => {
    expect(suggestionsFor("医疗救助经费").typeId).toBe("medical-assistance");
    const guess = suggestionsFor("火星探测经费");
    expect(guess.typeId).toBe("");
    expect(guess.suggestions.length).toBeGreaterThan(0);
  });

  it("reads the weights as typed: whole numbers adding up to 100", () => {
    expect(readWeights({ execution: "10", output: "50", benefit: "30", satisfaction: "10" }).weights).toEqual({ execution: 10, output: 50, benefit: 30, satisfaction: 10 });
    expect(readWeights({ execution: "10", output: "40", benefit: "30", satisfaction: "10" })).toEqual({ invalid: [], total: 90 });
    expect(readWeights({ execution: "1.5", output: "50", benefit: "", satisfaction: "101" }).invalid).toEqual(["execution", "benefit", "satisfaction"]);
  });
});

describe("插入标准指标模板", () => {
  it("says under the amount what is missing, then inserts the searched type as a sheet", async () => {
    const writeSheet = jest.fn(async (plan: WritePlan) => plan.name);
    render(<Harness form={LibraryTemplateForm} port={fakePort({ writeSheet })} />);
    fireEvent.change(screen.getByRole("searchbox", { name: /查找类型/ }), { target: { value: "救助" } });
    expect((screen.getByRole("combobox", { name: /项目类型/ }) as HTMLSelectElement).value).toBe("medical-assistance");
    expect(screen.getByRole("region", { name: /预览：医疗救助/ })).toBeTruthy();
    await click(button("插入为新工作表"));
    expect(screen.getByText("请填写资金总额（万元），成本指标的上限按它分配。")).toBeTruthy();
    expect(writeSheet).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("textbox", { name: /年度资金总额/ }), { target: { value: "二十" } });
    await click(button("插入为新工作表"));
    expect(screen.getByText("资金总额“二十”不是一个正数（单位万元，例如 20 或 1,234.5）。")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /年度资金总额/ }), { target: { value: "1,234.5" } });
    fireEvent.change(screen.getByRole("textbox", { name: /项目名称/ }), { target: { value: "城乡医疗救助" } });
    await click(button("插入为新工作表"));
    expect(writeSheet).toHaveBeenCalledTimes(1);
    const plan = writeSheet.mock.calls[0][0];
    expect(plan.name).toBe("绩效目标-城乡医疗救助");
    expect(plan.rows.flat()).toContain("≤1234.5万元");
    expect(screen.getByText(/已新建工作表「绩效目标-城乡医疗救助」/)).toBeTruthy();
  });

  it("says when no type matches and offers no insertion", () => {
    render(<Harness form={LibraryTemplateForm} port={fakePort({})} />);
    fireEvent.change(screen.getByRole("searchbox", { name: /查找类型/ }), { target: { value: "火星探测" } });
    expect(screen.getByText(/没有与“火星探测”匹配的类型/)).toBeTruthy();
    expect((button("插入为新工作表") as HTMLButtonElement).disabled).toBe(true);
  });

  it("lists the cells it would overwrite and writes only after 确认覆盖; 取消 writes nothing", async () => {
    const occupied = ["B2", "C2", "B3"];
    const writeAt = jest.fn(async (_s: string, _at: unknown, _p: WritePlan, confirmed: readonly string[] = []): Promise<WriteAtResult> => ({ written: occupied.every((c) => confirmed.includes(c)), occupied }));
    const readSelection = jest.fn(async () => ({ sheet: "收支总表", range: { top: 1, left: 1, bottom: 1, right: 1 } }));
    render(<Harness form={LibraryTemplateForm} port={fakePort({ writeAt, readSelection })} />);
    fireEvent.change(screen.getByRole("textbox", { name: /年度资金总额/ }), { target: { value: "20" } });
    await click(button("插入到所选单元格"));
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 5000 });
    expect(within(dialog).getByText("以下 3 个单元格已有内容，插入会覆盖它们：")).toBeTruthy();
    expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["收支总表!B2", "收支总表!C2", "收支总表!B3"]);
    expect(writeAt).toHaveBeenCalledTimes(1);
    await click(within(dialog).getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull(), { timeout: 5000 });
    expect(screen.getByText("没有写入，所选位置保持原样。")).toBeTruthy();
    expect(writeAt).toHaveBeenCalledTimes(1);
    // The form is busy until the cancelled action has fully ended: click once it can act again.
    await waitFor(() => expect((button("插入到所选单元格") as HTMLButtonElement).disabled).toBe(false), { timeout: 5000 });
    await click(button("插入到所选单元格"));
    // The dialog opens again. jsdom runs no CSS transitions, so Fluent may not have finished the
    // first dialog's exit and can leave the reopened surface marked hidden to the accessibility
    // tree (test/apps/web/goals-pane.test.ts runs the same flow in Chromium, with axe on the
    // dialog): take the open dialog's button by its id.
    const yes = await waitFor(() => {
      const b = document.querySelector<HTMLButtonElement>("#confirm-yes");
      expect(b?.textContent).toBe("确认覆盖");
      return b!;
    }, { timeout: 5000 });
    await click(yes);
    await waitFor(() => expect(writeAt).toHaveBeenCalledTimes(3), { timeout: 5000 });
    expect(writeAt.mock.calls[2][1]).toEqual({ row: 1, col: 1 });
    expect(writeAt.mock.calls[2][3]).toEqual(occupied);
    expect(await screen.findByText("已在工作表「收支总表」的 B2 处插入指标模板。", {}, { timeout: 5000 })).toBeTruthy();
  });
});

describe("为全部项目生成绩效目标表", () => {
  const list = book([
    ["项目名称", "资金总额(万元)"],
    ["医疗救助经费", 50],
    ["医保信息系统运维", 12],
    ["火星探测经费", 3],
  ]);

  it("shows each project's suggested type, asks for the ones it cannot suggest, and generates with the user's types", async () => {
    const writeSheets = jest.fn(async (plans: readonly WritePlan[]) => plans.map((p) => (p.name === "绩效目标-医疗救助经费" ? `${p.name} (2)` : p.name)));
    const selectCell = jest.fn(async () => undefined);
    render(<Harness form={ProjectGoalsForm as typeof LibraryTemplateForm} port={fakePort({ readWorkbook: async () => list, writeSheets, selectCell })} />);
    await click(button("读取项目清单"));
    expect(screen.getByText("读到 3 个项目，请核对每个项目的类型后生成。")).toBeTruthy();
    const typeOf = (project: string) => screen.getByRole("combobox", { name: `“${project}”的类型` }) as HTMLSelectElement;
    expect(typeOf("医疗救助经费").value).toBe("medical-assistance");
    expect(screen.getByText(/^名称含“医疗救助/)).toBeTruthy();
    // A name no keyword matches gets no type by default: the user must choose.
    await click(button("生成绩效目标表"));
    expect(screen.getByText("还有 1 个项目没有选择类型。")).toBeTruthy();
    expect(writeSheets).not.toHaveBeenCalled();
    expect(screen.getByText("名称中没有能判断类型的词，请选择类型。")).toBeTruthy();
    // Suggestions first (at most three), then the other types.
    const groups = Array.from(typeOf("火星探测经费").querySelectorAll("optgroup"));
    expect(groups.map((g) => g.label)).toEqual(["建议", "其他类型"]);
    expect(groups[0].querySelectorAll("option").length).toBeLessThanOrEqual(3);
    expect(groups[1].querySelectorAll("option").length).toBeGreaterThan(10);
    fireEvent.change(typeOf("火星探测经费"), { target: { value: "research-evaluation" } });
    expect(typeOf("火星探测经费").value).toBe("research-evaluation");
    await click(button("生成绩效目标表"));
    expect(writeSheets).toHaveBeenCalledTimes(1);
    const plans = writeSheets.mock.calls[0][0];
    expect(plans.map((p) => p.name)).toEqual(["绩效目标-医疗救助经费", "绩效目标-医保信息系统运维", "绩效目标-火星探测经费"]);
    expect(screen.getByText("已生成 3 张工作表。")).toBeTruthy();
    // The cells to fill name the sheet as the host named it, and go there.
    const links = within(document.getElementById("goals-placeholders")!).getAllByRole("button");
    expect(links.some((l) => /^绩效目标-医疗救助经费 \(2\)!E\d+$/.test(l.textContent ?? ""))).toBe(true);
    await click(links[0]);
    expect(selectCell).toHaveBeenCalledWith(expect.stringMatching(/^绩效目标-医疗救助经费 \(2\)$/), expect.stringMatching(/^E\d+$/));
  });

  it("says when there is no list", async () => {
    render(<Harness form={ProjectGoalsForm as typeof LibraryTemplateForm} port={fakePort({ readWorkbook: async () => book([["说明"]]) })} />);
    await click(button("读取项目清单"));
    expect(screen.getByText(/没有找到项目清单/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "生成绩效目标表" })).toBeNull();
  });

  it("fails whole: a host failure while writing is said, and the list stays for another try", async () => {
    const writeSheets = jest.fn(async () => Promise.reject(new Error("写入中途失败，已撤回这次写入的全部内容，工作簿保持原样。")));
    render(<Harness form={ProjectGoalsForm as typeof LibraryTemplateForm} port={fakePort({ readWorkbook: async () => list, writeSheets })} />);
    await click(button("读取项目清单"));
    fireEvent.change(screen.getByRole("combobox", { name: "“火星探测经费”的类型" }), { target: { value: "meetings" } });
    await click(button("生成绩效目标表"));
    expect(screen.getByText(/已撤回/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "生成绩效目标表" })).toBeTruthy();
  });
});

describe("绩效自评表", () => {
  it("creates with the stated weights after checking they add up to 100", async () => {
    const goals = book(
      [
        ["1、医疗救助经费绩效目标表"],
        ["项目名称", "医疗救助经费"],
        ["年度资金总额", 50],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "救助人次", "≥100人次"],
        ["产出指标", "成本指标", "救助资金", "≤50万元"],
        ["效益指标", "社会效益指标", "困难群众负担减轻", "有效减轻"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
      ],
      "绩效目标",
    );
    const writeSheets = jest.fn(async (plans: readonly WritePlan[]) => plans.map((p) => p.name));
    render(<Harness form={SelfEvaluationForm as typeof LibraryTemplateForm} port={fakePort({ readWorkbook: async () => goals, writeSheets })} />);
    expect((screen.getByRole("textbox", { name: "产出指标" }) as HTMLInputElement).value).toBe("50");
    fireEvent.change(screen.getByRole("textbox", { name: "产出指标" }), { target: { value: "60" } });
    expect(screen.getByText("四项分值合计应为 100，现为 110。")).toBeTruthy();
    expect((button("生成绩效自评表") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "效益指标" }), { target: { value: "20" } });
    await click(button("生成绩效自评表"));
    if (writeSheets.mock.calls.length === 0) throw new Error(document.body.textContent ?? "");
    const plan = writeSheets.mock.calls[0][0][0];
    expect(plan.rows[0][0]).toBe("医疗救助经费项目支出绩效自评表");
    // 产出 60 over two rows: 30 each.
    const points = plan.rows.filter((r) => r[0] === "产出指标").map((r) => r[5]);
    expect(points).toEqual([30, 30]);
    expect(screen.getByText(/已生成 1 张绩效自评表/)).toBeTruthy();
  });
});
