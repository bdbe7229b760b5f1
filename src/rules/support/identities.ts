/**
 * The sum identities of a recognised table, as SumChecks. Each collector serves one rule; the
 * blank-total rule walks all of them. Nothing here reads values except to decide structure.
 */
import { TEMPLATES, RowIdentity } from "../../catalog/templates";
import { t } from "../../i18n";
import type { CodedRow, CodedTable, LabeledTable, SummaryRow, SummaryTable, Table, TableColumn } from "../../recognize/model";
import type { CellPos, SumCheck } from "./sums";

const lastSegment = (header: string) => {
  const parts = header.split("/");
  return parts[parts.length - 1] || header;
};

export function columnLabel(c: TableColumn): string {
  return lastSegment(c.header);
}

function pos(table: Table, row: number, col: number): CellPos {
  return { sheetIndex: table.sheetIndex, row, col };
}

/** Row identities of the template (合计 = 基本 + 项目 …) that the recognised columns allow. */
export function applicableRowIdentities(table: Table): { identity: RowIdentity; total: TableColumn; parts: TableColumn[] }[] {
  const out: { identity: RowIdentity; total: TableColumn; parts: TableColumn[] }[] = [];
  for (const identity of TEMPLATES[table.template].rowIdentities) {
    const total = table.columns.find((c) => c.role === identity.total);
    if (!total) continue;
    const parts: TableColumn[] = [];
    let complete = true;
    for (const role of identity.parts) {
      const col = table.columns.find((c) => c.role === role);
      if (col) parts.push(col);
      else if (!identity.optional?.includes(role)) complete = false;
    }
    if (complete && parts.length >= 1) out.push({ identity, total, parts });
  }
  return out;
}

function rowsForRowIdentities(table: Table, side?: "income" | "expense"): { row: number; label: string }[] {
  switch (table.shape) {
    case "coded":
      return table.rows.map((r) => ({ row: r.row, label: r.code ? `${r.code} ${r.label}`.trim() : r.label }));
    case "summary":
      return table.rows.filter((r) => !side || r.side === side).map((r) => ({ row: r.row, label: r.label }));
    case "labeled":
      return table.rows.map((r) => ({ row: r.row, label: r.label }));
    default:
      return [];
  }
}

export function rowSumChecks(table: Table): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const { identity, total, parts } of applicableRowIdentities(table)) {
    const partCols = parts.map((p) => p.col);
    const seen = new Set<number>();
    for (const r of rowsForRowIdentities(table, identity.side)) {
      if (seen.has(r.row)) continue;
      seen.add(r.row);
      checks.push({
        ref: identity.ref,
        severity: identity.severity,
        table: table.template,
        total: pos(table, r.row, total.col),
        parts: { sheetIndex: table.sheetIndex, rows: [r.row], cols: partCols },
        what: () => t("sums.row", {
          row: r.row + 1,
          label: r.label,
          total: columnLabel(total),
          parts: parts.map(columnLabel).join(" + "),
        }),
      });
    }
  }
  return checks;
}

// ---- coded tables: code tree ----

export interface CodeTree {
  /** Coded rows by code (duplicates kept in sheet order). */
  byCode: Map<string, CodedRow[]>;
  /** Nearest ancestor row present in the table, per coded row. */
  parentOf: Map<CodedRow, CodedRow | undefined>;
  childrenOf: Map<CodedRow, CodedRow[]>;
  roots: CodedRow[];
}

/** Parent prefixes of a code, nearest first: 2080505 → 20805, 208. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (let len = code.length - 2; len >= 3; len -= 2) out.push(code.slice(0, len));
  return out;
}

const treeCache = new WeakMap<CodedTable, CodeTree>();

/** The code tree of a table's rows, built once per table. */
export function codeTreeOf(table: CodedTable): CodeTree {
  let tree = treeCache.get(table);
  if (!tree) {
    tree = buildCodeTree(table.rows);
    treeCache.set(table, tree);
  }
  return tree;
}

export function buildCodeTree(rows: readonly CodedRow[]): CodeTree {
  const coded = rows.filter((r) => r.kind === "coded" && r.code && /^\d+$/.test(r.code));
  const byCode = new Map<string, CodedRow[]>();
  for (const r of coded) {
    const list = byCode.get(r.code!);
    if (list) list.push(r);
    else byCode.set(r.code!, [r]);
  }
  const parentOf = new Map<CodedRow, CodedRow | undefined>();
  const childrenOf = new Map<CodedRow, CodedRow[]>();
  const roots: CodedRow[] = [];
  for (const r of coded) {
    let parent: CodedRow | undefined;
    for (const a of ancestorCodes(r.code!)) {
      const hit = byCode.get(a);
      if (hit) {
        parent = hit[0];
        break;
      }
    }
    parentOf.set(r, parent);
    if (parent) {
      const kids = childrenOf.get(parent);
      if (kids) kids.push(r);
      else childrenOf.set(parent, [r]);
    } else roots.push(r);
  }
  return { byCode, parentOf, childrenOf, roots };
}

function numericCols(table: Table): TableColumn[] {
  return table.columns.filter((c) => c.numeric);
}

/** 合计 row = Σ root rows (类 rows, or 项 rows when there are no 类/款 rows; unit rows when present). */
export function columnTotalChecks(table: CodedTable): SumCheck[] {
  const totals = table.rows.filter((r) => r.kind === "total");
  if (totals.length === 0) return [];
  const units = table.rows.filter((r) => r.kind === "unit");
  let parts: CodedRow[];
  let level: string;
  if (units.length) {
    parts = units;
    level = t("sums.levelUnit");
  } else {
    const tree = codeTreeOf(table);
    parts = [...tree.roots, ...table.rows.filter((r) => r.kind === "other")];
    level = tree.roots.every((r) => r.code!.length === 3) ? t("sums.levelClass") : t("sums.levelRoot");
  }
  if (parts.length === 0) return [];
  const checks: SumCheck[] = [];
  const partRows = parts.map((p) => p.row);
  for (const total of totals) {
    for (const c of numericCols(table)) {
      checks.push({
        ref: "A9",
        severity: "error",
        table: table.template,
        total: pos(table, total.row, c.col),
        parts: { sheetIndex: table.sheetIndex, rows: partRows, cols: [c.col] },
        what: () => t("sums.columnTotal", { label: total.label, column: columnLabel(c), level }),
      });
    }
  }
  return checks;
}

function childCodeList(children: CodedRow[]): string {
  const codes = Array.from(new Set(children.map((c) => c.code!)));
  return codes.length > 4 ? `${codes.slice(0, 4).join("、")}等` : codes.join("、");
}

/** 类 = Σ款, 款 = Σ项 (nearest present descendants; duplicated codes all count). */
export function hierarchyChecks(table: CodedTable): SumCheck[] {
  const tree = codeTreeOf(table);
  const checks: SumCheck[] = [];
  for (const [parent, children] of tree.childrenOf) {
    const childRows = children.map((k) => k.row);
    for (const c of numericCols(table)) {
      checks.push({
        ref: "A9",
        severity: "error",
        table: table.template,
        total: pos(table, parent.row, c.col),
        parts: { sheetIndex: table.sheetIndex, rows: childRows, cols: [c.col] },
        what: () => t("sums.hierarchy", {
          code: parent.code!,
          label: parent.label,
          column: columnLabel(c),
          children: childCodeList(children),
        }),
      });
    }
  }
  return checks;
}

/** 小计 and unit rows = Σ their members (only the top-most coded members, so 类 and its 款 are not both counted). */
export function subtotalChecks(table: CodedTable): SumCheck[] {
  const byRow = new Map(table.rows.map((r) => [r.row, r] as const));
  const checks: SumCheck[] = [];
  for (const r of table.rows) {
    if ((r.kind !== "subtotal" && r.kind !== "unit") || !r.members || r.members.length === 0) continue;
    const members = r.members.map((m) => byRow.get(m)).filter((m): m is CodedRow => !!m);
    const tree = buildCodeTree(members);
    const parts = [...tree.roots, ...members.filter((m) => m.kind === "other")];
    if (parts.length === 0) continue;
    const partRows = parts.map((p) => p.row);
    for (const c of numericCols(table)) {
      checks.push({
        ref: "A15",
        severity: "error",
        table: table.template,
        total: pos(table, r.row, c.col),
        parts: { sheetIndex: table.sheetIndex, rows: partRows, cols: [c.col] },
        what: () => t("sums.subtotal", { row: r.row + 1, label: r.label, column: columnLabel(c), count: parts.length }),
      });
    }
  }
  return checks;
}

// ---- summary tables ----

export function sideAmountColumns(table: SummaryTable, side: "income" | "expense"): TableColumn[] {
  return table.columns.filter((c) => c.numeric && c.role.startsWith(side + "."));
}

/** 本年合计 = Σ items; level-1 item = Σ its level-2 items; 总计 = 本年合计 + 结转; 结转 = Σ listed items. */
export function summaryChecks(table: SummaryTable): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const side of ["income", "expense"] as const) {
    const rows = table.rows.filter((r) => r.side === side);
    const sideName = t(side === "income" ? "sums.sideIncome" : "sums.sideExpense");
    const current = rows.find((r) => r.kind === "current-total");
    const grand = rows.find((r) => r.kind === "grand-total");
    const carry = rows.filter((r) => r.kind === "carryover");
    const items = rows.filter((r) => r.kind === "item" && (!current || r.row < current.row));
    const topItems = items.filter((r) => r.level === 1);
    for (const col of sideAmountColumns(table, side)) {
      const cell = (r: SummaryRow) => pos(table, r.row, col.col);
      const column = columnLabel(col);
      if (current && topItems.length) {
        checks.push({
          ref: side === "income" ? "A1" : "A2",
          severity: "error",
          table: table.template,
          total: cell(current),
          parts: topItems.map(cell),
          what: () => t("sums.summaryCurrent", { side: sideName, label: current.label, column }),
        });
      }
      // A level-1 item followed by level-2 items (一、基本支出 → 1 工资福利 …) equals their sum.
      for (let i = 0; i < items.length; i++) {
        if (items[i].level !== 1) continue;
        const kids: SummaryRow[] = [];
        for (let j = i + 1; j < items.length && items[j].level === 2; j++) kids.push(items[j]);
        if (kids.length >= 2) {
          checks.push({
            ref: side === "income" ? "A1" : "A6",
            severity: "error",
            table: table.template,
            total: cell(items[i]),
            parts: kids.map(cell),
            what: () => t("sums.summaryGroup", { side: sideName, label: items[i].label, column }),
          });
        }
      }
      if (grand && current) {
        checks.push({
          ref: side === "income" ? "A3" : "A4",
          severity: "error",
          table: table.template,
          total: cell(grand),
          parts: [cell(current), ...carry.map(cell)],
          what: () => t("sums.summaryGrand", { side: sideName, label: grand.label, column }),
        });
      }
      for (const c of carry) {
        const listed: SummaryRow[] = [];
        for (const r of rows) if (r.row > c.row && r.kind === "carryover-item") listed.push(r);
        const bounded = listed.filter((r) => !grand || r.row < grand.row);
        if (bounded.length) {
          checks.push({
            ref: "A13",
            severity: "error",
            table: table.template,
            total: cell(c),
            parts: bounded.map(cell),
            what: () => t("sums.summaryCarryover", { side: sideName, label: c.label, column }),
          });
        }
      }
    }
  }
  return checks;
}

/** 收入总计 (first income amount column) = 支出总计 (first expense amount column). */
export function balanceChecks(table: SummaryTable): SumCheck[] {
  const incomeGrand = table.rows.find((r) => r.side === "income" && r.kind === "grand-total");
  const expenseGrand = table.rows.find((r) => r.side === "expense" && r.kind === "grand-total");
  const incomeCol = sideAmountColumns(table, "income")[0];
  const expenseCol =
    table.columns.find((c) => c.role === "expense.total") ??
    table.columns.find((c) => c.role === "expense.amount") ??
    sideAmountColumns(table, "expense")[0];
  if (!incomeGrand || !expenseGrand || !incomeCol || !expenseCol) return [];
  return [
    {
      ref: "A5",
      severity: "error",
      table: table.template,
      total: pos(table, expenseGrand.row, expenseCol.col),
      parts: [pos(table, incomeGrand.row, incomeCol.col)],
      what: () => t("sums.balance"),
    },
  ];
}

// ---- "三公" table ----

export function threePublicChecks(table: LabeledTable): SumCheck[] {
  const find = (role: string) => table.rows.find((r) => r.role === role);
  const checks: SumCheck[] = [];
  const add = (totalRole: string, partRoles: string[], key: Parameters<typeof t>[0]) => {
    const total = find(totalRole);
    const parts = partRoles.map(find).filter((r): r is NonNullable<typeof r> => !!r);
    if (!total || parts.length === 0) return;
    for (const c of numericCols(table)) {
      checks.push({
        ref: "A17",
        severity: "warning",
        table: table.template,
        total: pos(table, total.row, c.col),
        parts: parts.map((p) => pos(table, p.row, c.col)),
        what: () => t(key, { column: columnLabel(c) }),
      });
    }
  };
  add("subtotal", ["abroad", "car", "reception"], "sums.threePublicSubtotal");
  if (find("subtotal")) add("total", ["subtotal", "meeting", "training"], "sums.threePublicTotal");
  else if (find("total")) add("total", ["abroad", "car", "reception"], "sums.threePublicSubtotal");
  if (find("abroad.teaching") || find("abroad.other")) add("abroad", ["abroad.teaching", "abroad.other"], "sums.threePublicAbroad");
  add("car", ["car.purchase", "car.running"], "sums.threePublicCar");
  return checks;
}

const checksCache = new WeakMap<Table, Map<string, SumCheck[]>>();

/**
 * The checks of one kind for a table, built once: the sum rules and the blank-total rule read the
 * same checks, and a table object lives for one check run.
 */
export function checksOf(table: Table, kind: string, build: () => SumCheck[]): SumCheck[] {
  let byKind = checksCache.get(table);
  if (!byKind) {
    byKind = new Map();
    checksCache.set(table, byKind);
  }
  let checks = byKind.get(kind);
  if (!checks) {
    checks = build();
    byKind.set(kind, checks);
  }
  return checks;
}

/** Every sum identity of a table (for the blank-total rule). */
export function allSumChecks(table: Table): SumCheck[] {
  const rows = checksOf(table, "row", () => rowSumChecks(table));
  switch (table.shape) {
    case "coded":
      return [
        ...rows,
        ...checksOf(table, "column", () => columnTotalChecks(table)),
        ...checksOf(table, "hierarchy", () => hierarchyChecks(table)),
        ...checksOf(table, "subtotal", () => subtotalChecks(table)),
      ];
    case "summary":
      return [...rows, ...checksOf(table, "summary", () => summaryChecks(table))];
    case "labeled":
      return [...rows, ...checksOf(table, "three-public", () => threePublicChecks(table))];
    default:
      return [];
  }
}
