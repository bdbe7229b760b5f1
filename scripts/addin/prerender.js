/**
 * Renders the task pane's first screen at build time (src/apps/pane/prerender.tsx) for the Excel
 * and WPS pages: esbuild bundles that module for Node in memory, and it runs here once per build
 * process. The result goes into #app and the head of taskpane.html (./pages.js); taskpane.js hydrates it.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const Module = require("module");

const ROOT = path.resolve(__dirname, "..", "..");
const ENTRY = path.join(ROOT, "src", "apps", "pane", "prerender.tsx");

let cached;

/** The latest modification time among `files` (a file gone counts as changed). */
function newestChange(files) {
  let newest = 0;
  for (const f of files) {
    try {
      newest = Math.max(newest, fs.statSync(f).mtimeMs);
    } catch {
      return Infinity;
    }
  }
  return newest;
}

/**
 * { html, styles, inputs }: the markup for #app, Griffel's <style> elements, and the source files
 * it read. Rendered once per process, again when one of those files changed (watch mode).
 */
function prerenderedPane() {
  if (cached && newestChange(cached.inputs) <= cached.renderedAt) return cached;
  const renderedAt = Date.now();
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, "tsconfig.json"),
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
  });
  const file = path.join(ROOT, "prerender.bundle.js");
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(ROOT);
  m._compile(result.outputFiles[0].text, file);
  const { html, styles } = m.exports.prerenderPane();
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => f.startsWith("src/"))
    .map((f) => path.join(ROOT, f));
  cached = { html, styles, inputs, renderedAt };
  return cached;
}

module.exports = { prerenderedPane };
