/**
 * The few document styles of the browser page and the task pane. Everything else is Fluent UI's
 * (Griffel), inserted by the components themselves.
 */
"use strict";

/** Chinese UI fonts; the Fluent theme's base font is the same list (src/apps/ui/themed.tsx, a test compares). */
const FONT = `"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;

/** The task pane (React + Fluent UI): the app fills the pane's height; its findings list scrolls inside it. */
const PANE_STYLE = `
html, body, #app { height: 100%; margin: 0; }
body { font-family: ${FONT}; font-size: 14px; color: #242424; background: #fff; }
`;

/** The browser page: the document scrolls; each file's findings list scrolls inside its section. */
const PAGE_STYLE = `
[hidden] { display: none !important; }
html, body { margin: 0; }
body { font-family: ${FONT}; font-size: 14px; line-height: 1.5; color: #242424; background: #fff; }
`;

module.exports = { FONT, PAGE_STYLE, PANE_STYLE };
