/** Messages of error localisation: one finding at the cell to fix instead of one per failed identity. */
export const locate = {
  "locate.cell": "此格应为 {expected}，实为 {actual}，差额 {difference}。改正这一格，{count}个不成立的等式（{totals}）同时成立，其他等式不受影响{transposed}{pair}",
  "locate.transposed": "；疑为相邻两位数字颠倒（{expected} 录成了 {actual}）",
  "locate.pair": "（与 {other} 一起有误）",
  "locate.versus": " 与 ",
  "locate.tables": "此格与其他表的同一数字不一致：应为 {expected}，实为 {actual}，差额 {difference}；本表自身平衡，请一并核对本表中与它相加的明细{transposed}{pair}",
  "locate.tie": "{cells} 之一有误：{options}。任一改法都能让 {count}个不成立的等式（{totals}）同时成立，无法判断是哪一处，请核对原始数据",
  "locate.tieTables": "{cells} 之一有误：两张表各自平衡，但彼此不一致（{options}），无法判断是哪一张表，请核对原始数据",
  "locate.option": "{cells} 应为 {values}",
  "locate.or": "；或 ",
  "locate.and": "、",
};
