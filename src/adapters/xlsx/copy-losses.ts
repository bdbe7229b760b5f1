/**
 * What an annotated copy lacks compared with the original package. The copy is written by ExcelJS,
 * which keeps cells, styles, merges, notes, images and validations but not charts, pivot tables,
 * macros and a few other parts: the user must be told, since the copy is otherwise the original
 * plus marks. Compared by part names (see zip-parts.ts), so whatever a library version drops or
 * keeps, only real losses are reported.
 */
import { translator, type Locale, type MessageKey } from "../../catalog/messages";
import { zipPartNames } from "./zip-parts";

export type PartKind =
  | "chart"
  | "chartSheet"
  | "pivotTable"
  | "macro"
  | "macroSheet"
  | "slicer"
  | "timeline"
  | "externalLink"
  | "threadedComment"
  | "dataModel"
  | "dataConnection"
  | "embeddedObject"
  | "formControl"
  | "table"
  | "image";

export interface PartLoss {
  kind: PartKind;
  /** How many parts of this kind the original has and the copy does not. */
  count: number;
}

/** Part name patterns, one part per counted item (relationship and cache parts are not counted). */
const KINDS: readonly [PartKind, RegExp][] = [
  ["chart", /^xl\/charts\/chart\d*\.xml$/i],
  ["chartSheet", /^xl\/chartsheets\/sheet\d*\.xml$/i],
  ["pivotTable", /^xl\/pivotTables\/pivotTable\d*\.xml$/i],
  ["macro", /^xl\/vbaProject\.bin$/i],
  ["macroSheet", /^xl\/(macrosheets|dialogsheets)\/[^/]+\.xml$/i],
  ["slicer", /^xl\/slicers\/slicer\d*\.xml$/i],
  ["timeline", /^xl\/timelines\/timeline\d*\.xml$/i],
  ["externalLink", /^xl\/externalLinks\/externalLink\d*\.xml$/i],
  ["threadedComment", /^xl\/threadedComments\/threadedComment\d*\.xml$/i],
  ["dataModel", /^xl\/model\/[^/]+$/i],
  ["dataConnection", /^xl\/(connections\.xml|queryTables\/queryTable\d*\.xml)$/i],
  ["embeddedObject", /^xl\/embeddings\/[^/]+$/i],
  ["formControl", /^xl\/ctrlProps\/[^/]+$/i],
  ["table", /^xl\/tables\/table\d*\.xml$/i],
  ["image", /^xl\/media\/[^/]+$/i],
];

export function partKind(name: string): PartKind | undefined {
  for (const [kind, pattern] of KINDS) if (pattern.test(name)) return kind;
  return undefined;
}

function countKinds(names: readonly string[]): Map<PartKind, number> {
  const counts = new Map<PartKind, number>();
  for (const name of names) {
    const kind = partKind(name);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** The kinds of content the copy has fewer of than the original, in the order of KINDS. */
export function partsLost(originalParts: readonly string[], copyParts: readonly string[]): PartLoss[] {
  const before = countKinds(originalParts);
  const after = countKinds(copyParts);
  const lost: PartLoss[] = [];
  for (const [kind] of KINDS) {
    const missing = (before.get(kind) ?? 0) - (after.get(kind) ?? 0);
    if (missing > 0) lost.push({ kind, count: missing });
  }
  return lost;
}

/** `partsLost` from the two packages' bytes. */
export function contentLostInCopy(original: Uint8Array, copy: Uint8Array): PartLoss[] {
  return partsLost(zipPartNames(original), zipPartNames(copy));
}

/** Kinds whose part count means nothing to a user (one VBA project, a model in several parts). */
const UNCOUNTED = new Set<PartKind>(["macro", "dataModel", "dataConnection"]);

/** "图表 2 个、宏（VBA 工程）": the losses for a message. */
export function describeLosses(lost: readonly PartLoss[], locale: Locale): string {
  const t = translator(locale);
  return lost
    .map((l) => {
      const name = t(("copy.part." + l.kind) as MessageKey);
      return UNCOUNTED.has(l.kind) ? name : t("copy.partCount", { name, count: l.count });
    })
    .join(t("copy.partSeparator"));
}
