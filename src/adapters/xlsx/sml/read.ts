/**
 * The fast .xlsx reader: zip central directory first (limits checked before anything is inflated),
 * then the workbook, shared strings, styles and each worksheet inflated one at a time and scanned
 * straight into the WorkbookSnapshot. Throws a WorkbookLoadError for a file past a limit or
 * damaged, and UnsupportedXlsx for what it does not read (the caller falls back to ExcelJS).
 * Browser-safe: the inflater is passed in.
 */
import { phrase } from "../../../catalog/messages";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../model/snapshot";
import { loadError, WorkbookLoadError } from "../errors";
import type { Inflate } from "./inflate";
import { checkPackage, checkPart, DEFAULT_LIMITS, plainPartLabel, type PartLabel, type ReadLimits } from "./limits";
import { readRelationships, readWorkbook, relsPartOf, type Relationship } from "./package";
import { readSheet } from "./sheet";
import { readSharedStrings } from "./strings";
import { NO_STYLES, readStyles, type CellStyles } from "./styles";
import type { PartFeed, PartFeeder } from "./inflate-feed";
import { unsupported, UnsupportedXlsx } from "./unsupported";
import { END, partText, XmlScanner } from "./xml";
import { entryData, readZipDirectory, ZipDirectoryError, type ZipEntry } from "./zip";

export interface FastReadOptions {
  inflate: Inflate;
  limits?: ReadLimits;
}

/** What the fast reader learnt before it stopped: the package's total size, for the fallback's limit. */
export interface ReadProgress {
  totalBytes: number;
  /** How messages name a part, once the workbook's sheets are known. */
  label?: PartLabel;
}

export function readXlsxFast(bytes: Uint8Array, file: string, options: FastReadOptions, progress: ReadProgress = { totalBytes: 0 }): WorkbookSnapshot {
  const book = openWorkbook(bytes, file, options, progress);
  const counts: ReadCounts = { cells: 0, rows: 0 };
  const sheets: SheetSnapshot[] = [];
  for (const job of book.jobs) sheets.push(readJob(book, job, counts));
  return { source: file, sheets };
}

/**
 * readXlsxFast with the sheet parts of a large workbook inflated ahead by a helper thread (`feeder`,
 * inflate-feed.ts), so that inflating runs on the other core while this thread scans. The helper's
 * bytes are only a cache: a part it did not inflate is inflated here, as readXlsxFast would, so the
 * snapshot, the limits and every error are the same.
 */
export async function readXlsxFed(bytes: Uint8Array, file: string, options: FastReadOptions, progress: ReadProgress, feeder: PartFeeder | undefined): Promise<WorkbookSnapshot> {
  let feed: PartFeed | undefined;
  try {
    // The helper starts on the sheets as soon as they are known, while this thread reads the shared strings and styles.
    const book = openWorkbook(bytes, file, options, progress, (jobs) => (feed = feeder?.begin(bytes, jobs.map((j) => j.entry))));
    const counts: ReadCounts = { cells: 0, rows: 0 };
    const sheets: SheetSnapshot[] = [];
    for (let i = 0; i < book.jobs.length; i++) sheets.push(readJob(book, book.jobs[i], counts, feed ? await feed.take(i) : undefined));
    return { source: file, sheets };
  } finally {
    feed?.end();
  }
}

/** One worksheet to read: its name, state and part (in tab order; chart sheets and missing parts are left out). */
export interface SheetJob {
  name: string;
  hidden: boolean;
  part: string;
  entry: ZipEntry;
}

/** A workbook opened up to its sheets: the package, shared strings, styles and the sheets to read. */
export interface OpenedWorkbook {
  readonly pkg: PackageReader;
  readonly file: string;
  readonly limits: ReadLimits;
  readonly date1904: boolean;
  readonly sst: (string | null)[] | null;
  readonly styles: CellStyles;
  readonly jobs: readonly SheetJob[];
}

/** Cells and rows of the sheets read so far (the limits count all sheets together). */
export interface ReadCounts {
  cells: number;
  rows: number;
}

/**
 * Everything before the sheets: the zip directory (limits first), the workbook, its relationships,
 * every part's size, the shared strings and the styles. Throws as readXlsxFast does; a workbook
 * without a sheet to read is refused here. `onJobs` hears the sheets to read as soon as they are
 * known, before the shared strings and styles are read (when there is one).
 */
export function openWorkbook(
  bytes: Uint8Array,
  file: string,
  options: FastReadOptions,
  progress: ReadProgress = { totalBytes: 0 },
  onJobs?: (jobs: readonly SheetJob[]) => void,
): OpenedWorkbook {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipDirectoryError) throw loadError("unreadable", "load.unreadable", { file });
    throw e;
  }
  progress.totalBytes = checkPackage(entries, file, limits);
  const pkg = new PackageReader(bytes, file, entries, options.inflate, limits);

  const rootRels = pkg.relationships("");
  const office = [...rootRels.values()].find((r) => r.type === "officeDocument" && !r.external);
  if (!office || !pkg.has(office.target)) unsupported("no workbook part");
  const workbookPart = office.target;
  const workbook = readWorkbook(pkg.text(workbookPart), limits.maxDepth, pkg.tooDeep(workbookPart));
  const rels = pkg.relationships(workbookPart);

  // Name the sheets' parts in messages from here on.
  const sheetOfPart = new Map<string, string>();
  for (const s of workbook.sheets) {
    const rel = s.relId === undefined ? undefined : rels.get(s.relId);
    if (rel && !rel.external) sheetOfPart.set(rel.target, s.name);
  }
  const related = [...rels.values()];
  const sstPart = related.find((r) => r.type === "sharedStrings" && !r.external)?.target;
  const stylesPart = related.find((r) => r.type === "styles" && !r.external)?.target;
  pkg.label = (path) => {
    const sheet = sheetOfPart.get(path);
    if (sheet !== undefined) return phrase("load.part.sheet", { sheet });
    if (path === sstPart) return phrase("load.part.sharedStrings");
    if (path === stylesPart) return phrase("load.part.styles");
    return plainPartLabel(path);
  };
  progress.label = pkg.label;
  for (const e of entries) checkPart(e, file, limits, pkg.label);

  const jobs: SheetJob[] = [];
  for (const s of workbook.sheets) {
    const rel = s.relId === undefined ? undefined : rels.get(s.relId);
    // Chart sheets, dialog sheets and sheets whose part is missing are not read (ExcelJS skips them too).
    if (!rel || rel.external || rel.type !== "worksheet" || !pkg.has(rel.target)) continue;
    jobs.push({ name: s.name, hidden: s.state === "hidden" || s.state === "veryHidden", part: rel.target, entry: pkg.entryOf(rel.target) });
  }
  if (jobs.length > 0) onJobs?.(jobs);

  const sst = sstPart && pkg.has(sstPart) ? readSharedStrings(pkg.text(sstPart), file, limits, pkg.tooDeep(sstPart)) : null;
  const styles = stylesPart && pkg.has(stylesPart) ? readStyles(pkg.text(stylesPart), limits.maxDepth, pkg.tooDeep(stylesPart)) : NO_STYLES;
  if (jobs.length === 0) throw loadError("empty", "load.noSheets", { file });
  return { pkg, file, limits, date1904: workbook.date1904, sst, styles, jobs };
}

/** One sheet, from its part's bytes inflated elsewhere when given (else inflated here). */
function readJob(book: OpenedWorkbook, job: SheetJob, counts: ReadCounts, inflated?: Uint8Array): SheetSnapshot {
  const { pkg, file, limits, sst, styles } = book;
  const { part } = job;
  let sheetRels: Map<string, Relationship> | undefined;
  return readSheet(pkg.text(part, inflated), {
    file,
    name: job.name,
    hidden: job.hidden,
    sst,
    styles,
    date1904: book.date1904,
    limits,
    counts,
    hasRelationship: (id) => (sheetRels ??= pkg.relationships(part)).has(id),
    tooDeep: pkg.tooDeep(part),
  });
}

export class PackageReader {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  label: PartLabel = plainPartLabel;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    entries: readonly ZipEntry[],
    private readonly inflate: Inflate,
    private readonly limits: ReadLimits,
  ) {
    for (const e of entries) {
      this.byName.set(e.name, e);
      // Part names are case-insensitive in a package
      if (!this.byLowerName.has(e.name.toLowerCase())) this.byLowerName.set(e.name.toLowerCase(), e);
    }
  }

  private entry(path: string): ZipEntry | undefined {
    return this.byName.get(path) ?? this.byLowerName.get(path.toLowerCase());
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  /** The entry of a part that `has`. */
  entryOf(path: string): ZipEntry {
    return this.entry(path)!;
  }

  /**
   * A part's text; its size is checked first (the first parts are read before all are checked).
   * `inflated`: its bytes, inflated by a helper thread with the same size check (inflate-feed.ts).
   */
  text(path: string, inflated?: Uint8Array): string {
    const e = this.entry(path);
    if (!e) unsupported(`missing part ${path}`);
    checkPart(e, this.file, this.limits, this.label);
    if (inflated && inflated.length === e.size && e.method === 8) return partText(inflated);
    let data: Uint8Array;
    try {
      const raw = entryData(this.bytes, e);
      if (e.method === 0) {
        if (e.compressedSize !== e.size) throw new ZipDirectoryError("stored size");
        data = raw;
      } else data = this.inflate(raw, e.size);
    } catch (err) {
      if (err instanceof WorkbookLoadError) throw err;
      throw loadError("unreadable", "load.unreadable", { file: this.file });
    }
    return partText(data);
  }

  /** The relationships of a part ("" for the package's own); empty when it has none. */
  relationships(part: string): Map<string, Relationship> {
    const relsPart = part === "" ? "_rels/.rels" : relsPartOf(part);
    if (!this.has(relsPart)) return new Map();
    return readRelationships(this.text(relsPart), part, this.limits.maxDepth, this.tooDeep(relsPart));
  }

  tooDeep(part: string): (depth: number) => never {
    return () => {
      throw loadError("unreadable", "load.limit.depth", { file: this.file, part: this.label(part), limit: this.limits.maxDepth });
    };
  }
}

/**
 * Before a file goes to ExcelJS: its XML parts' nesting, within the limit (ExcelJS's parser keeps a
 * stack as deep as the nesting). Parts the scanner cannot read are left for ExcelJS to judge.
 */
export function checkNestingForFallback(bytes: Uint8Array, file: string, options: FastReadOptions, label?: PartLabel): void {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const entries = readZipDirectory(bytes);
  const pkg = new PackageReader(bytes, file, entries, options.inflate, limits);
  if (label) pkg.label = label;
  for (const e of entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    const x = new XmlScanner(pkg.text(e.name), limits.maxDepth, pkg.tooDeep(e.name));
    try {
      while (x.next() !== END);
    } catch (err) {
      if (!(err instanceof UnsupportedXlsx)) throw err;
    }
  }
}
