/**
 * What the page's components may ask of the browser: check a picked file (in the worker), list
 * what was picked or dropped, and hand the annotated copy or the batch summary to the user as a
 * download. The components (PageApp.tsx) talk only to this port; main.ts builds it over the File
 * API, the check worker and object URLs, and tests can build it over anything.
 */
import type { FileReport } from "../../engine/file-report";
import type { Collected, PickedFile } from "./collect-files";

/** One checked file: its report, and the file itself when an annotated copy can be made of it. */
export interface CheckedFile {
  report: FileReport;
  /**
   * Read again for the annotated copy (absent when it could not be read). Not its bytes: a batch
   * of hundreds of large workbooks would hold them all in memory.
   */
  file?: File;
}

export interface PagePort {
  /** Checks one file; never rejects: a file that cannot be read or checked is a report with `error`. */
  check(picked: PickedFile, onFraction: (fraction: number) => void): Promise<CheckedFile>;
  /** The files of an `<input type=file>` (`fromFolder` for the folder picker). */
  collectPicked(list: FileList, fromFolder: boolean): Collected;
  /** The files (and folders' spreadsheets) of a drop. */
  collectDropped(data: DataTransfer): Promise<Collected>;
  /**
   * Builds and downloads the annotated copy of `checked`. Resolves to a sentence on what the copy
   * could not keep ("" when it kept everything); rejects with the reason it could not be made.
   */
  downloadCopy(checked: CheckedFile): Promise<string>;
  /** Builds and downloads the summary workbook of the batch. */
  downloadSummary(reports: readonly FileReport[]): Promise<void>;
}
