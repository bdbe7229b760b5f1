/** Limits the .xlsx reader applies before and while loading a file (src/adapters/xlsx/sml/limits.ts). */
export const load = {
  "load.limit.parts": "{file} 包含 {count} 个部件，超过上限 {limit} 个，不予读取（文件可能已损坏或被恶意构造）",
  "load.limit.totalBytes": "{file} 解压后共 {size} MB，超过上限 {limit} MB（多出 {over} MB），不予读取",
  "load.limit.partBytes": "{file}：{part}解压后为 {size} MB，超过上限 {limit} MB（多出 {over} MB），不予读取",
  "load.limit.ratio": "{file}：{part}的压缩比为 {ratio}:1，超过上限 {limit}:1（疑似压缩炸弹），不予读取",
  "load.limit.dimension": "{file}：工作表“{sheet}”声明的范围 {range} 共 {cells} 个单元格，超过上限 {limit} 个，不予读取",
  "load.limit.cells": "{file}：单元格超过上限 {limit} 个（读到工作表“{sheet}”时已超出），不予读取",
  "load.limit.rows": "{file}：行数超过上限 {limit} 行（读到工作表“{sheet}”第 {row} 行时已超出），不予读取",
  "load.limit.sharedStrings": "{file}：共享字符串表有 {count} 个字符串，超过上限 {limit} 个，不予读取",
  "load.limit.depth": "{file}：{part}的 XML 嵌套超过 {limit} 层，不予读取",
  "load.limit.fallback": "{file} 含快速读取器不支持的内容（{what}），而文件解压后 {size} MB，超过备用读取器的上限 {limit} MB（多出 {over} MB），不予读取",
  "load.part.sheet": "工作表“{sheet}”",
  "load.part.sharedStrings": "共享字符串表",
  "load.part.styles": "样式表",
  "load.part.other": "部件 {path} ",
};
