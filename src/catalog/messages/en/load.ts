import type { load as zh } from "../zh-CN/load";

export const load: Record<keyof typeof zh, string> = {
  "load.limit.parts": "{file} holds {count} parts, more than the limit of {limit}; not read (the file may be damaged or crafted)",
  "load.limit.totalBytes": "{file} expands to {size} MB, over the limit of {limit} MB by {over} MB; not read",
  "load.limit.partBytes": "{file}: {part} expands to {size} MB, over the limit of {limit} MB by {over} MB; not read",
  "load.limit.ratio": "{file}: {part} is compressed {ratio}:1, over the limit of {limit}:1 (a likely zip bomb); not read",
  "load.limit.dimension": "{file}: sheet \"{sheet}\" declares the range {range} of {cells} cells, over the limit of {limit}; not read",
  "load.limit.cells": "{file}: more than {limit} cells (passed while reading sheet \"{sheet}\"); not read",
  "load.limit.rows": "{file}: more than {limit} rows (passed at row {row} of sheet \"{sheet}\"); not read",
  "load.limit.sharedStrings": "{file}: the shared-string table holds {count} strings, over the limit of {limit}; not read",
  "load.limit.depth": "{file}: {part} nests XML deeper than {limit} levels; not read",
  "load.limit.fallback": "{file} holds something the fast reader does not read ({what}) and expands to {size} MB, over the fallback reader's limit of {limit} MB by {over} MB; not read",
  "load.part.sheet": "sheet \"{sheet}\"",
  "load.part.sharedStrings": "the shared-string table",
  "load.part.styles": "the style sheet",
  "load.part.other": "part {path}",
};
