/**
 * Styles of the browser page and the task pane: one look for the findings list in both.
 */
"use strict";

/** The findings list, badges, buttons, filters: shared. */
const FINDINGS_STYLE = `
[hidden] { display: none !important; }
h3 { font-size: 14px; margin: 12px 0 4px; }
.scope { color: #616161; margin: 4px 0 12px; }
button { font: inherit; padding: 4px 14px; border: 1px solid #b3b3b3; border-radius: 4px; background: #fff; cursor: pointer; }
button:hover:not(:disabled) { background: #f5f5f5; }
button:disabled { color: #a0a0a0; cursor: default; }
.progress { margin: 12px 0; min-height: 1.5em; }
progress { width: 100%; }
.tools { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.note { color: #616161; }
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

const PAGE_STYLE =
  FINDINGS_STYLE +
  `
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px 24px 48px; color: #242424; font-size: 14px; line-height: 1.5; }
h1 { font-size: 20px; margin: 8px 0; }
.privacy { color: #0e700e; margin: 4px 0; }
.drop { border: 2px dashed #b3b3b3; border-radius: 6px; padding: 20px; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.drop.over { border-color: #0f6cbd; background: #ebf3fc; }
#pick-files, #pick-folder { background: #0f6cbd; color: #fff; border-color: #0f6cbd; }
.toolbar { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #e0e0e0; padding: 8px 0; z-index: 1; }
#overall { font-weight: bold; margin: 0 0 6px; }
#overall.bad { color: #c50f1f; }
#overall.good { color: #0e700e; }
details.file { border: 1px solid #e0e0e0; border-radius: 6px; margin: 10px 0; padding: 0 12px; }
details.file > summary { cursor: pointer; padding: 8px 0; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
details.file.has-errors, details.file.failed { border-color: #f1bbbc; }
.file-name { font-weight: bold; word-break: break-all; }
`;

const FONT = `"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;

/** The task pane (React + Fluent UI): the app fills the pane's height; its findings list scrolls inside it. */
const PANE_STYLE = `
html, body, #app { height: 100%; margin: 0; }
body { font-family: ${FONT}; font-size: 14px; color: #242424; background: #fff; }
`;

module.exports = { FINDINGS_STYLE, PAGE_STYLE, PANE_STYLE };
