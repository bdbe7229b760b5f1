/**
 * The check worker's own bundle: the reader, the engine and the rules, none of the page's React
 * and Fluent UI. It is inlined in the page as a script the browser does not run
 * (`<script type="text/plain" id="check-worker">`, scripts/web/page.js) and started from that
 * text through a blob: URL, so the page stays one file; a worker that parses only this starts
 * checking a picked file sooner than one started from the whole page.
 */
// First: it must run before ExcelJS is evaluated (see the module).
import "./unclamped-timers";
import { serveChecks } from "./check-worker";

serveChecks(self as unknown as Parameters<typeof serveChecks>[0]);
