/**
 * Indicator levels of a scoring table that has no 三级 column. The 2019 决算 项目支出绩效评价表
 * (docs/domain.md §4.4, 四川某决算) is headed 分层指标 | 一级指标 | 二级指标 | 分值 | 自评分: its
 * indicators are the 二级 cells. Other evaluation tables write 一级 | 二级 | 指标 | 分值 | 得分, or
 * only 一级 | 二级. Whatever the levels are called, the deepest one is the indicator (role "name")
 * and the two above it are its 一级 and 二级 (roles "level1", "level2").
 */
import { columnByRole, type ColumnRole, type TableColumn } from "./model";

/** A header (its last segment, a "（20分）" suffix dropped) that names a level of indicators. */
const LEVEL_HEADER = /^(分层|一级|二级|三级|评价)?指标(名称)?$/;

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/[(（][^()（）]*[)）]$/, "");
}

/**
 * Columns with the deepest level as the indicator name, when no column has that role yet and the
 * header names at least two levels; otherwise the columns unchanged.
 */
export function withLeafLevel(paths: readonly string[], columns: TableColumn[]): TableColumn[] {
  if (columnByRole({ columns }, "name")) return columns;
  const levels: number[] = [];
  for (let c = 0; c < paths.length; c++) if (paths[c] && LEVEL_HEADER.test(lastSegment(paths[c]))) levels.push(c);
  if (levels.length < 2) return columns;
  const n = levels.length;
  const roles = new Map<number, ColumnRole>();
  roles.set(levels[n - 1], "name");
  if (n >= 3) {
    roles.set(levels[n - 2], "level2");
    roles.set(levels[n - 3], "level1");
  } else {
    roles.set(levels[0], "level1");
  }
  const out = columns.filter((c) => !roles.has(c.col) && c.role !== "level1" && c.role !== "level2");
  roles.forEach((role, col) => out.push({ role, col, header: paths[col], numeric: false }));
  out.sort((a, b) => a.col - b.col);
  return out;
}
