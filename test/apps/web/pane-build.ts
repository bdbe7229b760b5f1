/**
 * Builds the task-pane harnesses (the real pane over the in-memory Excel, and WPS's entry over the
 * in-memory WPS) into a temporary folder, with pages that load a workbook given as JSON.
 */
import fs from "fs";
import path from "path";
import { fakeExcelFromXlsx } from "../../support/fake-excel-from-xlsx";
import { SheetJson, workbookToJson } from "../../support/fake-workbook-json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../../../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PANE_STYLE } = require("../../../scripts/web/styles");

export const ROOT = path.resolve(__dirname, "..", "..", "..");

export async function buildHarnesses(work: string): Promise<void> {
  await runWebpack({
    mode: "production",
    devtool: false,
    target: ["web", "es2017"],
    entry: { harness: path.join(__dirname, "pane-harness.ts"), "wps-harness": path.join(__dirname, "wps-pane-harness.ts") },
    output: { path: work, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    optimization: { minimize: false },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.join(ROOT, "tsconfig.addin.json"), transpileOnly: true } } }],
    },
    performance: { hints: false },
  });
}

/** A page with the pane over `json` (the Excel harness, or WPS's entry); `setup` runs before the harness. */
export function writePanePage(work: string, name: string, json: SheetJson[], harness: "harness.js" | "wps-harness.js", setup = ""): string {
  const data = `${name}.data.js`;
  fs.writeFileSync(path.join(work, data), `window.workbookJson = ${JSON.stringify(json)};${setup}`);
  const file = path.join(work, `${name}.html`);
  fs.writeFileSync(
    file,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>预算表格助手</title><style>${PANE_STYLE}</style></head><body><div id="app"></div><script src="${data}"></script><script src="${harness}"></script></body></html>`,
  );
  return file;
}

export async function workbookJsonOf(file: string): Promise<SheetJson[]> {
  return workbookToJson(await fakeExcelFromXlsx(fs.readFileSync(file)));
}
