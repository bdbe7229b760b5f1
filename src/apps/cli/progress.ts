/**
 * Progress on stderr while several files are checked: a redrawn bar on a terminal, otherwise
 * one plain line per file (logs and CI stay readable).
 */
import { t, type Locale } from "../../catalog/messages";

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** A file starts (index is 0-based). */
  start(index: number, file: string): void;
  /** Fraction (0..1) of the current file done. */
  update(fraction: number): void;
  /** Writes a line to the stream without tearing the bar. */
  log(line: string): void;
  /** Removes the bar. */
  finish(): void;
}

export interface ProgressOptions {
  now?: () => number;
  /** Least time between two redraws of the bar. */
  intervalMs?: number;
}

export function createProgress(stream: ProgressStream, total: number, locale: Locale, options: ProgressOptions = {}): Progress {
  return stream.isTTY ? new Bar(stream, total, options) : new Lines(stream, total, locale);
}

class Lines implements Progress {
  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly locale: Locale,
  ) {}
  start(index: number, file: string): void {
    this.stream.write(t("cli.progress", { done: index + 1, total: this.total, file: clean(file) }, this.locale) + "\n");
  }
  update(): void {}
  log(line: string): void {
    this.stream.write(line + "\n");
  }
  finish(): void {}
}

class Bar implements Progress {
  private index = 0;
  private file = "";
  private fraction = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly now: () => number;
  private readonly interval: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.interval = options.intervalMs ?? 80;
  }

  start(index: number, file: string): void {
    this.index = index;
    this.file = clean(file);
    this.fraction = 0;
    this.draw(true);
  }

  update(fraction: number): void {
    this.fraction = Math.max(0, Math.min(1, fraction));
    this.draw(false);
  }

  log(line: string): void {
    this.clear();
    this.stream.write(line + "\n");
    this.draw(true);
  }

  finish(): void {
    this.clear();
  }

  private draw(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastDraw < this.interval) return;
    this.lastDraw = now;
    const columns = this.stream.columns && this.stream.columns > 20 ? this.stream.columns : 80;
    const width = 24;
    const done = (this.index + this.fraction) / Math.max(1, this.total);
    const filled = Math.round(done * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const head = `${bar} ${this.index + 1}/${this.total} `;
    const room = columns - 1 - displayWidth(head);
    this.stream.write(`\r${head}${truncate(this.file, room)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}

/** Terminal columns of a string: wide (CJK, full-width) characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}

/** Keeps the end of a long file name (the part that tells files apart). */
export function truncate(text: string, columns: number): string {
  if (columns <= 1) return "";
  if (displayWidth(text) <= columns) return text;
  const chars = Array.from(text);
  let w = 1;
  let i = chars.length;
  while (i > 0 && w + displayWidth(chars[i - 1]) <= columns) {
    i -= 1;
    w += displayWidth(chars[i]);
  }
  return "…" + chars.slice(i).join("");
}
