/**
 * The browser page as one self-contained HTML file (dist/web/预算公开表检查.html): the webpack
 * bundle is inlined, so a reviewer can copy the file to any computer and open it from disk, with
 * no server and no network. The Content-Security-Policy allows only this page's own script and
 * style (by hash), and a worker started from a blob: URL, and forbids every connection: workbook
 * data cannot leave the machine even by mistake. The check worker's own bundle is inlined as a
 * script the browser does not run (`type="text/plain"`, so no hash is needed or given); the page
 * reads its text and starts the worker from it. A small first script (by hash too) starts the
 * worker before the page's own large script is parsed.
 *
 * Fluent UI's styles (Griffel, and the theme's CSS variables) are made at run time: the components
 * append EMPTY <style> elements to the head and fill them through the CSSOM (`sheet.insertRule`).
 * A style element is checked against style-src by its text, so the policy lists, besides the
 * page's own style, the hash of the empty text ('sha256-47DEQ…'): an empty element is allowed, any
 * element with content that is not the page's own style is refused. The CSSOM itself is not
 * governed by CSP, and only this page's script (by hash) runs to use it, so this admits no style
 * that markup injected into the page could bring. (Build-time extraction would need Griffel's
 * Babel transform of every component and still leave the theme's variables to run time.)
 */
"use strict";

const crypto = require("crypto");
const path = require("path");
const { Compilation, sources } = require("webpack");
const { loadTsExport } = require("../addin/metadata");
const { PAGE_STYLE: STYLE } = require("./styles");

const ROOT = path.resolve(__dirname, "..", "..");
const PAGE_FILE = "预算公开表检查.html";


/** Script text may not contain "</script" or "<!--" inside an inline <script>. */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

function sha256(text) {
  return "'sha256-" + crypto.createHash("sha256").update(text, "utf8").digest("base64") + "'";
}

function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/**
 * The page's first script, run before the large page script is parsed: it starts the check worker
 * and its helper (which inflates large files' sheet parts for it) from the inlined worker text, so
 * that they parse their bundle while the page parses its own (main.ts takes them over from
 * `window.budgetCheckWorker`; without it, main.ts starts them).
 */
const WORKER_BOOT =
  'try{var u=URL.createObjectURL(new Blob([document.getElementById("check-worker").textContent],{type:"text/javascript"}));' +
  "window.budgetCheckWorker={url:u,worker:new Worker(u),helper:new Worker(u)}}catch(e){}";

/** The hash of an empty <style>: the elements Fluent UI (Griffel) fills through the CSSOM. */
const EMPTY_STYLE_HASH = sha256("");

function pageHtml(script, messages, workerScript = "") {
  const js = inlineSafe(script);
  const csp = [
    "default-src 'none'",
    `script-src ${workerScript ? sha256(WORKER_BOOT) + " " : ""}${sha256(js)}`,
    `style-src ${sha256(STYLE)} ${EMPTY_STYLE_HASH}`,
    "img-src data:",
    // The check worker runs the inlined worker script from a blob: URL and inherits this policy.
    "worker-src blob:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${esc(messages["web.title"])}</title>
<style>${STYLE}</style>
</head>
<body>
<noscript>${esc(messages["web.heading"])}：本页需要启用 JavaScript。</noscript>
<div id="app"></div>
${workerScript ? `<script type="text/plain" id="check-worker">${inlineSafe(workerScript)}</script>\n<script>${WORKER_BOOT}</script>\n` : ""}<script>${js}</script>
</body>
</html>
`;
}

/** Replaces the bundle (and its map) with the one HTML file. */
class InlinePagePlugin {
  constructor(bundle, workerBundle) {
    this.bundle = bundle;
    this.workerBundle = workerBundle;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlinePagePlugin", (compilation) => {
      // After minification, so that the hash is taken over the final script.
      compilation.hooks.processAssets.tap({ name: "InlinePagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(this.bundle);
        if (!asset) {
          compilation.errors.push(new Error(`${this.bundle} was not emitted`));
          return;
        }
        const worker = this.workerBundle ? compilation.getAsset(this.workerBundle) : undefined;
        if (this.workerBundle && !worker) {
          compilation.errors.push(new Error(`${this.workerBundle} was not emitted`));
          return;
        }
        const messages = loadTsExport(path.join(ROOT, "src", "catalog", "messages", "zh-CN", "web.ts"), "web");
        const html = pageHtml(asset.source.source().toString(), messages, worker ? worker.source.source().toString() : "");
        compilation.emitAsset(PAGE_FILE, new sources.RawSource(html));
        for (const name of [this.bundle, this.workerBundle]) {
          if (!name) continue;
          compilation.deleteAsset(name);
          if (compilation.getAsset(name + ".map")) compilation.deleteAsset(name + ".map");
        }
      });
    });
  }
}

module.exports = { InlinePagePlugin, PAGE_FILE, pageHtml, inlineSafe, sha256, EMPTY_STYLE_HASH };
