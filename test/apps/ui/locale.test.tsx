/**
 * @jest-environment jsdom
 *
 * No process-wide locale: each app gets its language at mount (LocaleProvider) and each plain
 * function takes it as an argument, so a pane in English, a pane in Chinese and the CLI's Chinese
 * text are rendered side by side in one process, none changing what the others show.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding } from "../../../src/model/findings";
import { countFindings } from "../../../src/model/findings";
import type { FileReport } from "../../../src/engine/file-report";
import type { Locale } from "../../../src/catalog/messages";
import { FindingsView } from "../../../src/apps/ui/FindingsView";
import { sectionsOf } from "../../../src/apps/ui/findings-model";
import { LocaleProvider } from "../../../src/apps/ui/locale";
import { formatText } from "../../../src/apps/cli/format-text";

const FINDING: Finding = {
  ruleId: "text-number",
  severity: "warning",
  sheet: "收支总表",
  cell: "C4",
  related: [],
  messageId: "rule.text-number.message",
  data: { text: "1,200", value: "1200.00" },
};

const REPORT: FileReport = {
  file: "县.xlsx",
  tables: [{ sheet: "收支总表", template: "income-expense-summary", title: "部门收支总表", layout: "hebei", range: "A3:H40" }],
  findings: [FINDING],
};

function Pane({ locale }: { locale: Locale }): React.ReactElement {
  return (
    <div data-testid={locale}>
      <LocaleProvider locale={locale}>
        <FindingsView sections={sectionsOf(REPORT.tables, REPORT.findings, locale)} counts={countFindings(REPORT.findings)} label={locale} jump={() => undefined} />
      </LocaleProvider>
    </div>
  );
}

describe("the locale is the caller's, not the process's", () => {
  it("shows a pane in English beside one in Chinese while the CLI renders Chinese", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Pane locale="en" />
        <Pane locale="zh-CN" />
      </FluentProvider>,
    );
    const cli = formatText([REPORT], "zh-CN");

    const en = within(screen.getByTestId("en"));
    expect(en.getByRole("button", { name: /^Warning 1/ })).toBeTruthy();
    expect(en.getByText("“收支总表” 部门收支总表")).toBeTruthy();
    expect(en.getByText('The amount is stored as text ("1,200") and is read as 1200.00; make it a number')).toBeTruthy();

    const zh = within(screen.getByTestId("zh-CN"));
    expect(zh.getByRole("button", { name: /^警告 1/ })).toBeTruthy();
    expect(zh.getByText("「收支总表」部门收支总表")).toBeTruthy();
    expect(zh.getByText("金额以文本形式存放（“1,200”），按 1200.00 计算；建议改为数值")).toBeTruthy();

    expect(cli.split("\n")[0]).toBe("文件：县.xlsx");
    expect(cli).toContain("金额以文本形式存放（“1,200”），按 1200.00 计算；建议改为数值");
    expect(cli).not.toContain("The amount is stored as text");
  });
});
