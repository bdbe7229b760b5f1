/**
 * Pages of the add-ins, rendered at build time from the zh-CN message table: the Excel task pane
 * (its script renders into #app; the function list below it), and the WPS placeholders.
 * No remote script except office.js from appsforoffice.microsoft.com, in Excel only.
 */
"use strict";

const crypto = require("crypto");
const { signature } = require("./metadata");
const { PANE_STYLE } = require("../web/styles");
const { prerenderedPane } = require("./prerender");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? params[name] : whole));
}

function functionList(namespace, metadata, table) {
  const items = metadata.functions.map(
    (f) => `      <li><code>${esc(signature(namespace, f, table))}</code><br>${esc(table[`fn.${f.id}.description`])}</li>`,
  );
  return `    <ul>\n${items.join("\n")}\n    </ul>`;
}

function page({ title, head, body, bare }) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
${head}
    <title>${esc(title)}</title>
${bare ? "" : `    <style>
      body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 16px; color: #242424; font-size: 14px; }
      h1 { font-size: 18px; }
      li { margin: 8px 0; }
      code { font-family: Consolas, "Courier New", monospace; color: #0f548c; }
    </style>`}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

function bodyText(namespace, metadata, table) {
  return [
    `    <h1>${esc(table["fn.page.title"])}</h1>`,
    `    <p>${esc(table["fn.page.coming"])}</p>`,
    `    <p>${esc(table["fn.page.functionsReady"])}</p>`,
    functionList(namespace, metadata, table),
    `    <p>${esc(fill(table["fn.page.namespaceHint"], { namespace }))}</p>`,
  ].join("\n");
}

/**
 * The task pane's body: the pane's root (its 函数 tab lists the custom functions), holding the first
 * screen rendered at build time (./prerender.js), which taskpane.js hydrates.
 */
function paneBody(pane) {
  return `    <div id="app" data-prerendered>${pane.html}</div>`;
}

/**
 * early.js (src/apps/pane/early-clicks.ts), a few hundred bytes, inlined and run at once: it keeps a
 * click on the prerendered 检查 button until taskpane.js takes over, and loads `bundles` (in order)
 * once the parsed page has been painted. They are preloaded meanwhile. Inline, the parser does not
 * wait for a file of its own before the first screen (the page's policy allows it by its hash,
 * `scriptHash`); `code` is the minified early.js (./plugins.js).
 */
function earlyScript(bundles, code) {
  if (!code || /<\/script/i.test(code)) throw new Error("early.js: no code to inline, or code that would end the <script> element");
  const preload = bundles.map((b) => `    <link rel="preload" href="${b}" as="script">`);
  return [...preload, `    <script data-after-paint="${bundles.join(" ")}">${code}</script>`].join("\n");
}

/** The CSP source that allows exactly this inline script. */
function scriptHash(code) {
  return `'sha256-${crypto.createHash("sha256").update(code, "utf8").digest("base64")}'`;
}

/**
 * Holds the first frame until the 检查 button is parsed (render-blocking `expect`, Chromium 124+;
 * other browsers ignore it): the head's styles and the body's first bytes would otherwise be
 * painted, styled and laid out on their own first, a frame or two of blank or partial screen
 * before the one the user can act on.
 */
const FIRST_SCREEN = `    <link rel="expect" href="#check" blocking="render">`;

/** The head's styles: the document's few, then Fluent's (Griffel) for the prerendered screen, which the pane's renderer takes over. */
function paneStyles(pane) {
  return `    <style>${PANE_STYLE}</style>\n    ${pane.styles}`;
}

/**
 * Excel shared-runtime page: office.js from the CDN, first of the head's scripts as Office requires,
 * then early.js (inline), which loads the functions bundle and the task pane in this order once the
 * parsed page (the prerendered pane) is painted; taskpane.js hydrates #app. Office's own scripts
 * need inline styles (office-js #1687).
 */
function excelTaskpaneHtml(namespace, metadata, table, earlyCode, pane = prerenderedPane()) {
  const head = [
    `    <meta http-equiv="Content-Security-Policy" content="default-src 'self' https://appsforoffice.microsoft.com; script-src 'self' https://appsforoffice.microsoft.com ${scriptHash(earlyCode)}; style-src 'self' 'unsafe-inline'; img-src 'self' data:">`,
    `    <script src="${OFFICE_JS}"></script>`,
    FIRST_SCREEN,
    earlyScript(["functions.js", "taskpane.js"], earlyCode),
    paneStyles(pane),
  ].join("\n");
  return page({ title: table["fn.page.title"], head, body: paneBody(pane), bare: true });
}

/** WPS main page: loads the bundle that registers the functions and the ribbon callbacks. */
function wpsIndexHtml(table) {
  return page({ title: table["fn.page.title"], head: `    <script src="main.js"></script>`, body: "" });
}

/** WPS task pane: the checker (taskpane.js renders into #app), the function list below it. */
function wpsTaskpaneHtml(namespace, metadata, table, earlyCode, pane = prerenderedPane()) {
  const head = [
    `    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${scriptHash(earlyCode)}; style-src 'self' 'unsafe-inline'">`,
    FIRST_SCREEN,
    earlyScript(["taskpane.js"], earlyCode),
    paneStyles(pane),
  ].join("\n");
  return page({ title: table["fn.page.title"], head, body: paneBody(pane), bare: true });
}

module.exports = { OFFICE_JS, excelTaskpaneHtml, wpsIndexHtml, wpsTaskpaneHtml };
