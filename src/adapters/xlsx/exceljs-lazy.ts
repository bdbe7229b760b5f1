/**
 * ExcelJS, loaded on first use: reading goes through the fast reader and needs none of it, and
 * loading the module costs a tenth of a second or more in every process and worker. Browser-safe
 * (webpack bundles the require like an import).
 */
import type * as ExcelJSModule from "exceljs";

let loaded: typeof ExcelJSModule | undefined;

export function excelJS(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require("exceljs") as typeof ExcelJSModule);
}
