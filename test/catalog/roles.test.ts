/**
 * Column and row roles are string-literal unions declared in the catalog (src/catalog/roles.ts).
 * The runtime half: the lists and the templates agree. The type half: the `@ts-expect-error` lines
 * below are checked by `tsc --noEmit` (npm run typecheck): if a misspelt role ever compiled, the
 * directive would be unused and the typecheck would fail.
 */
import { allColumnRoles, LABELED_ROW_ROLES, type ColumnRole, type RowRole } from "../../src/catalog/roles";
import { TEMPLATES, type ColumnRoleDef, type RowIdentity } from "../../src/catalog/templates";
import { ROW_ROLES } from "../../src/recognize/labeled";
import { columnByRole, rowByRole, type LabeledTable, type TableColumn } from "../../src/recognize/model";

function templateRoles(): Set<string> {
  const roles = new Set<string>();
  for (const def of Object.values(TEMPLATES)) {
    for (const c of def.columns) roles.add(c.role);
    for (const i of def.rowIdentities) for (const r of [i.total, ...i.parts, ...(i.optional ?? [])]) roles.add(r);
  }
  return roles;
}

describe("column roles", () => {
  test("the templates use every role the catalog lists, and no other", () => {
    const listed = allColumnRoles();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...templateRoles()].sort()).toEqual([...listed].sort());
  });

  test("one lookup: the first of the roles given that the table has", () => {
    const columns: TableColumn[] = [
      { role: "item.training", col: 3, header: "培训费", numeric: true },
      { role: "total", col: 1, header: "合计", numeric: true },
      { role: "total", col: 2, header: "合计", numeric: true },
    ];
    expect(columnByRole({ columns }, "total")?.col).toBe(1);
    expect(columnByRole({ columns }, "final.training", "item.training")?.col).toBe(3);
    expect(columnByRole({ columns }, "final.training")).toBeUndefined();
    expect(columnByRole({ columns })).toBeUndefined();
  });
});

describe("row roles", () => {
  test("the label patterns give every row role the catalog lists but \"other\" (the fallback)", () => {
    const given = ROW_ROLES.map((r) => r.role);
    expect([...new Set(given)].sort()).toEqual(LABELED_ROW_ROLES.filter((r) => r !== "other").sort());
  });
});

describe("a misspelt role is a compile error", () => {
  test("in a role value, a lookup, a template column and an identity", () => {
    const columns: TableColumn[] = [{ role: "income.amount", col: 2, header: "收入/金额", numeric: true }];
    const table = { rows: [{ row: 5, role: "reception", label: "公务接待费", labelCol: 0 }] } as unknown as LabeledTable;
    // @ts-expect-error "income.amont" is not a column role
    const misspelt: ColumnRole = "income.amont";
    // @ts-expect-error "recepton" is not a row role
    const row: RowRole = "recepton";
    // @ts-expect-error a lookup by a role no template gives
    expect(columnByRole({ columns }, "income.amont")).toBeUndefined();
    // @ts-expect-error nor in a generated family ("三公" items by block)
    expect(columnByRole({ columns }, "final.trainings")).toBeUndefined();
    // @ts-expect-error a row lookup by a misspelt role
    expect(rowByRole(table, "recepton")).toBeUndefined();
    // @ts-expect-error a template column with a misspelt role
    const def: ColumnRoleDef = { role: "expense.totl", pattern: /合计/, numeric: true };
    // @ts-expect-error an identity part with a misspelt role
    const identity: RowIdentity = { ref: "A7", total: "total", parts: ["curent"], severity: "error" };
    expect([misspelt, row, def.role, identity.parts[0]]).toEqual(["income.amont", "recepton", "expense.totl", "curent"]);
    expect(rowByRole(table, "reception")?.row).toBe(5);
  });
});
