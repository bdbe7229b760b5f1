/** Rows of the "三公" table and the 固定资产占用情况表, named by their label. */
import { columnByRole, type LabeledRow, type RowRole, type TableColumn } from "./model";
import type { SheetGrid } from "./grid";
import { memoByText } from "../model/memo";

/** Row roles in the order they are tried (the more specific first). */
export const ROW_ROLES: readonly { role: RowRole; pattern: RegExp }[] = [
  { role: "total", pattern: /^(合计|共计|总计)$/ },
  { role: "subtotal", pattern: /三公.*(小计|合计)/ },
  { role: "abroad.teaching", pattern: /教学科研.*出国/ },
  { role: "abroad.other", pattern: /其他因公出国/ },
  { role: "abroad", pattern: /因公出国/ },
  { role: "car", pattern: /公务用车(购置及运(行)?维(护)?费?|费用?$|购置及运行费)/ },
  { role: "car.purchase", pattern: /公务用车购置/ },
  { role: "car.running", pattern: /公务用车运(行|维)/ },
  { role: "reception", pattern: /公务接待/ },
  { role: "meeting", pattern: /会议费/ },
  { role: "training", pattern: /培训费/ },
  // 固定资产占用情况表 (T14)
  { role: "assets.total", pattern: /^(资产总额|固定资产(总额|合计))$/ },
  { role: "assets.office", pattern: /办公用房/ },
  { role: "assets.building", pattern: /^房屋/ },
  { role: "assets.vehicle", pattern: /^车辆/ },
  { role: "assets.equipment", pattern: /万元以上.*设备|大型设备/ },
  { role: "assets.other", pattern: /^其他固定资产/ },
];

// Module constants: a literal in the function would be a new object per row.
const QUOTES = /[“”"‘’']/g;
const ORDINAL = /^[一二三四五六七八九十]+[、.．]|^[0-9]+[、.．]|^[(（][0-9一二三四五六七八九十]+[)）]/;
const WHICH_OF = /^其中[:：]/;
const NUMBERED = /^[(（][0-9]+[)）]/;

/** The role of a row by its label (the "三公" table has the same few labels in every department). */
export const rowRole: (label: string) => RowRole = memoByText(matchRowRole);

function matchRowRole(label: string): RowRole {
  const l = label.replace(QUOTES, "").replace(ORDINAL, "").replace(WHICH_OF, "").replace(NUMBERED, "");
  for (const r of ROW_ROLES) if (r.pattern.test(l)) return r.role;
  return "other";
}

export function buildLabeledRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number): LabeledRow[] {
  let labelCol = columnByRole({ columns }, "label")?.col;
  const amountCols = columns.filter((c) => c.numeric).map((c) => c.col);
  if (labelCol === undefined) {
    const firstNumeric = Math.min(...amountCols);
    // Nothing left of the figures: the items are the columns (决算 form) and the rows are unlabelled.
    if (firstNumeric === 0) return figureRows(grid, amountCols, top, bottom);
    labelCol = Number.isFinite(firstNumeric) && firstNumeric > 0 ? firstNumeric - 1 : 0;
  }
  const rows: LabeledRow[] = [];
  for (let r = top; r <= bottom; r++) {
    const label = grid.text(r, labelCol);
    if (!label) continue;
    rows.push({ row: r, role: rowRole(label), label, labelCol });
  }
  return rows;
}

/** The rows holding figures in a table whose items are its columns (label "", role "other"). */
function figureRows(grid: SheetGrid, amountCols: readonly number[], top: number, bottom: number): LabeledRow[] {
  const rows: LabeledRow[] = [];
  for (let r = top; r <= bottom; r++) {
    if (amountCols.some((c) => grid.isNumber(r, c))) rows.push({ row: r, role: "other", label: "", labelCol: -1 });
  }
  return rows;
}
