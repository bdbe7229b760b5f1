/** Rows of the two-sided tables (收支总表, 财政拨款收支总表): income on the left, expenditure on the right. */
import { classCodeByName } from "../catalog/codes";
import { columnByRole, type SummaryRow, type SummaryRowKind, type SummarySide, type TableColumn } from "./model";
import type { SheetGrid } from "./grid";
import { memoByText } from "../model/memo";

const LEVEL1 = /^[一二三四五六七八九十]+[、.．]/;
const LEVEL2 = /^([0-9]+[、.．]|[(（][0-9一二三四五六七八九十]+[)）]|其中[:：])/;

// Module constants, not literals in the functions: a literal is a new object on every call.
const WHICH_OF = /^其中[:：]/;
const ADD = /^加[:：]/;
const INCOME_CURRENT = /^本年收入(合计|小计)$/;
// The central 决算 form writes a bare "总计" on both sides.
const INCOME_GRAND = /^收入(总计|合计)$|^总计$/;
const INCOME_CARRYOVER = /^(上年结转|年初.*结转|.*资金结转$|用事业基金弥补|使用非财政拨款结余)/;
const INCOME_NOT_CARRYOVER = /^年初.*结转.*收入/;
const EXPENSE_CURRENT = /^本年支出(合计|小计)$/;
const EXPENSE_GRAND = /^支出(总计|合计)$|^总计$/;
const EXPENSE_CARRYOVER = /^(年终结转|年末.*结转|结转下年|结余分配)/;

export function stripOrdinal(label: string): string {
  return label.replace(LEVEL1, "").replace(LEVEL2, "").replace(WHICH_OF, "");
}

function classify(side: SummarySide, label: string): SummaryRowKind {
  const l = stripOrdinal(label).replace(ADD, "");
  if (side === "income") {
    if (INCOME_CURRENT.test(l)) return "current-total";
    if (INCOME_GRAND.test(l)) return "grand-total";
    if (INCOME_CARRYOVER.test(l) && !INCOME_NOT_CARRYOVER.test(l)) return "carryover";
  } else {
    if (EXPENSE_CURRENT.test(l)) return "current-total";
    if (EXPENSE_GRAND.test(l)) return "grand-total";
    if (EXPENSE_CARRYOVER.test(l)) return "carryover";
  }
  return "item";
}

/** What a label says on one side, worked out once per label: 收支总表 labels repeat in every department. */
interface LabelReading {
  kind: SummaryRowKind;
  numbered: boolean;
  secondLevel: boolean;
  classCode: string | undefined;
}

function reading(side: SummarySide, text: string): LabelReading {
  const kind = classify(side, text);
  return {
    kind,
    numbered: LEVEL1.test(text),
    secondLevel: LEVEL2.test(text),
    classCode: (side === "expense" && kind === "item" && classCodeByName(text)) || undefined,
  };
}

const READERS: Record<SummarySide, (text: string) => LabelReading> = {
  income: memoByText((text) => reading("income", text)),
  expense: memoByText((text) => reading("expense", text)),
};

export function buildSummaryRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (let s = 0; s < SIDES.length; s++) {
    const side = SIDES[s];
    const label = labelColumn(columns, side);
    if (!label) continue;
    const readLabel = READERS[side];
    let afterCarryover = false;
    // Under a numbered item ("一、一般公共预算"), an item without a number ("财政拨款", often just
    // indented) is one of its parts, not an item of its own.
    let underNumbered = false;
    for (let r = top; r <= bottom; r++) {
      const text = grid.ownText(r, label.col);
      if (!text) continue;
      const reading = readLabel(text);
      let kind = reading.kind;
      if (kind === "carryover") afterCarryover = true;
      else if (kind === "grand-total" || kind === "current-total") afterCarryover = false;
      else if (afterCarryover) kind = "carryover-item";
      let level: 1 | 2 = reading.secondLevel ? 2 : 1;
      if (kind !== "item") underNumbered = false;
      else if (reading.numbered) underNumbered = true;
      else if (level === 1 && underNumbered) level = 2;
      const row: SummaryRow = {
        row: r,
        side,
        kind,
        label: text,
        labelCol: label.col,
        level,
        // Always present (undefined when none): one row shape.
        classCode: kind === "item" ? reading.classCode : undefined,
      };
      rows.push(row);
    }
  }
  return rows;
}

const SIDES: readonly SummarySide[] = ["income", "expense"];

function labelColumn(columns: readonly TableColumn[], side: SummarySide): TableColumn | undefined {
  return columnByRole({ columns }, side === "income" ? "income.label" : "expense.label");
}
