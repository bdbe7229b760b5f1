/** Loading .xlsx files into a WorkbookSnapshot (ExcelJS). Placeholder signature; see issue #2. */
import type { WorkbookSnapshot } from "../../core/snapshot";

/** A file that cannot be read as a workbook; `message` is one zh-CN line for the user. */
export class WorkbookLoadError extends Error {
  constructor(message: string, readonly reason: "missing" | "unreadable" | "encrypted" | "not-xlsx" | "empty") {
    super(message);
    this.name = "WorkbookLoadError";
  }
}

export async function loadWorkbookFile(_path: string): Promise<WorkbookSnapshot> {
  throw new WorkbookLoadError("loader pending", "unreadable");
}

export async function loadWorkbookBuffer(_data: ArrayBuffer | Uint8Array, _name: string): Promise<WorkbookSnapshot> {
  throw new WorkbookLoadError("loader pending", "unreadable");
}
