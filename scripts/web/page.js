/**
 * The browser page as one self-contained HTML file (dist/web/预算公开表检查.html): the webpack
 * bundle is inlined, so a reviewer can copy the file to any computer and open it from disk, with
 * no server and no network. The Content-Security-Policy allows only this page's own script and
 * style (by hash), and a worker started from that same script, and forbids every connection: workbook data cannot leave the machine even by
 * mistake.
 */
"use strict";

const crypto = require("crypto");
const path = require("path");
const { Compilation, sources } = require("webpack");
const { loadTsExport } = require("../addin/metadata");

const ROOT = path.resolve(__dirname, "..", "..");
const PAGE_FILE = "预算公开表检查.html";

const STYLE = `
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px 24px 48px; color: #242424; font-size: 14px; line-height: 1.5; }
h1 { font-size: 20px; margin: 8px 0; }
h3 { font-size: 14px; margin: 12px 0 4px; }
.privacy { color: #0e700e; margin: 4px 0; }
.scope { color: #616161; margin: 4px 0 12px; }
.drop { border: 2px dashed #b3b3b3; border-radius: 6px; padding: 20px; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.drop.over { border-color: #0f6cbd; background: #ebf3fc; }
button { font: inherit; padding: 4px 14px; border: 1px solid #b3b3b3; border-radius: 4px; background: #fff; cursor: pointer; }
button:hover:not(:disabled) { background: #f5f5f5; }
button:disabled { color: #a0a0a0; cursor: default; }
#pick-files, #pick-folder { background: #0f6cbd; color: #fff; border-color: #0f6cbd; }
.progress { margin: 12px 0; min-height: 1.5em; }
progress { width: 100%; }
.toolbar { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #e0e0e0; padding: 8px 0; z-index: 1; }
#overall { font-weight: bold; margin: 0 0 6px; }
#overall.bad { color: #c50f1f; }
#overall.good { color: #0e700e; }
.tools { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.note { color: #616161; }
details.file { border: 1px solid #e0e0e0; border-radius: 6px; margin: 10px 0; padding: 0 12px; }
details.file > summary { cursor: pointer; padding: 8px 0; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
details.file.has-errors, details.file.failed { border-color: #f1bbbc; }
.file-name { font-weight: bold; word-break: break-all; }
.counts { display: inline-flex; gap: 8px; }
.count { padding: 0 6px; border-radius: 3px; font-size: 12px; }
.count.zero { color: #8a8a8a; background: #f5f5f5; }
.sev-error .severity, .count.sev-error:not(.zero) { background: #fde7e9; color: #b10e1c; }
.sev-warning .severity, .count.sev-warning:not(.zero) { background: #fff4ce; color: #835b00; }
.sev-info .severity, .count.sev-info:not(.zero) { background: #ebf3fc; color: #0f548c; }
.load-error { color: #b10e1c; }
ul.findings { list-style: none; padding: 0; margin: 0; }
li.finding { display: grid; grid-template-columns: 3.5em 5em 1fr auto; gap: 8px; padding: 4px 0; border-top: 1px solid #f0f0f0; }
li.finding .severity { font-size: 12px; border-radius: 3px; text-align: center; height: fit-content; }
li.finding .cell { font-family: Consolas, "Courier New", monospace; }
li.finding .message { white-space: pre-wrap; word-break: break-word; }
li.finding .rule { color: #8a8a8a; font-size: 12px; font-family: Consolas, "Courier New", monospace; }
li.finding .related { grid-column: 3 / 5; color: #616161; font-size: 12px; }
.clean { color: #616161; }
section.table { content-visibility: auto; contain-intrinsic-size: auto 120px; }
.actions { display: flex; gap: 12px; align-items: center; padding: 8px 0 12px; }
.hide-error li.sev-error, .hide-warning li.sev-warning, .hide-info li.sev-info { display: none; }
label.filter { display: inline-flex; gap: 4px; align-items: center; }
`;

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

function pageHtml(script, messages) {
  const js = inlineSafe(script);
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(STYLE)}`,
    "img-src data:",
    // The check worker runs this page's own script from a blob: URL and inherits this policy.
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
<script>${js}</script>
</body>
</html>
`;
}

/** Replaces the bundle (and its map) with the one HTML file. */
class InlinePagePlugin {
  constructor(bundle) {
    this.bundle = bundle;
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
        const messages = loadTsExport(path.join(ROOT, "src", "i18n", "zh-CN", "web.ts"), "web");
        compilation.emitAsset(PAGE_FILE, new sources.RawSource(pageHtml(asset.source.source().toString(), messages)));
        compilation.deleteAsset(this.bundle);
        if (compilation.getAsset(this.bundle + ".map")) compilation.deleteAsset(this.bundle + ".map");
      });
    });
  }
}

module.exports = { InlinePagePlugin, PAGE_FILE, pageHtml, inlineSafe };
