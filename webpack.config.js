/**
 * Add-in builds: `npm run build:addin` (production) writes
 *   dist/excel/  Excel: functions.js, functions.json (+ functions-zh-cn.json), taskpane.html,
 *                manifest.xml (localhost URLs rewritten to YS_ADDIN_URL), assets/icon-*.png
 *   dist/wps/    WPS: main.js, index.html, ribbon.xml, manifest.xml, functions.json, taskpane.html
 *   dist/web/    the browser page: 预算公开表检查.html, one file with everything inlined
 * Both bundles compile the same src/functions/functions.ts (ts-loader, ES2017, no type check here:
 * `npm run typecheck` does that). Nothing is fetched at build time.
 *
 * Options: env.outDir (default dist), env.addinUrl or YS_ADDIN_URL (production base URL of the
 * Excel add-in, https, ending with /).
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ExcelLocalizedMetadataPlugin, WpsAddinFilesPlugin, AddinIconsPlugin } = require("./scripts/addin/plugins");
const { InlinePagePlugin } = require("./scripts/web/page");
const { Es2017CheckPlugin } = require("./scripts/addin/es-check");

/** Built-ins newer than Chrome 80 that the pane installs itself (src/apps/ui/polyfills.ts). */
const PANE_POLYFILLS = ["WeakRef"];

const DEV_URL = "https://localhost:3000/";
/** Placeholder production host; set YS_ADDIN_URL to where dist/excel/ is served. */
const DEFAULT_PROD_URL = "https://budget-addin.example.com/";

function common(mode) {
  return {
    mode,
    target: ["web", "es2017"],
    devtool: mode === "production" ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.addin.json"), transpileOnly: true },
          },
        },
        // Packages (React, Fluent UI) ship ES2019+ syntax: lowered to ES2017 for WPS's webview.
        { test: /\.m?js$/, include: /node_modules/, exclude: /exceljs/, use: path.resolve(__dirname, "scripts/addin/es2017-loader.js") },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "warn" },
    // webpack's HTML minifier rewrites inline CSS: the task pane's prerendered Griffel <style>
    // elements must keep their exact text, which Griffel reads back as its cache keys when the
    // pane hydrates (else it inserts every rule again). pages.js writes the pages compact already.
    optimization: { minimizeOptions: { html: false } },
  };
}

/** The production manifest: every dev URL replaced, comments dropped. */
function productionManifest(xml, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  return xml.replace(/<!--[\s\S]*?-->\s*/g, "").replace(/https:\/\/localhost:3000\//g, base);
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const outDir = path.resolve(env.outDir || path.join(__dirname, "dist"));
  const prodUrl = env.addinUrl || process.env.YS_ADDIN_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\//.test(prodUrl)) throw new Error(`YS_ADDIN_URL must be an https URL: ${prodUrl}`);

  const excel = {
    ...common(mode),
    name: "excel",
    entry: { early: "./src/apps/pane/early-clicks.ts", functions: "./src/functions/excel/index.ts", taskpane: "./src/apps/pane/excel-main.ts" },
    // publicPath "": the 绩效目标 tab's chunk loads beside taskpane.js, relative to the pane page (no URL guessing at run time).
    output: { path: path.join(outDir, "excel"), filename: "[name].js", publicPath: "", clean: true },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new ExcelLocalizedMetadataPlugin(),
      new Es2017CheckPlugin({ polyfilled: PANE_POLYFILLS }),
      new AddinIconsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (mode === "production" ? productionManifest(content.toString(), prodUrl) : content),
          },
        ],
      }),
    ],
  };

  const wps = {
    ...common(mode),
    name: "wps",
    entry: { main: "./src/functions/wps/index.ts", early: "./src/apps/pane/early-clicks.ts", taskpane: "./src/apps/pane/wps-main.ts" },
    // publicPath "": the 绩效目标 tab's chunk loads beside taskpane.js, relative to the pane page (no URL guessing at run time).
    output: { path: path.join(outDir, "wps"), filename: "[name].js", publicPath: "", clean: true },
    plugins: [
      new WpsAddinFilesPlugin(),
      new Es2017CheckPlugin({ polyfilled: PANE_POLYFILLS }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "wps/ribbon.xml", to: "ribbon.xml" },
          { from: "wps/manifest.xml", to: "manifest.xml" },
          { from: "wps/package.json", to: "package.json" },
          { from: "wps/images", to: "images" },
        ],
      }),
    ],
  };

  // The browser page: one self-contained HTML file (see scripts/web/page.js).
  const web = {
    ...common(mode),
    name: "web",
    devtool: false,
    // The check worker is a bundle of its own (no React, no Fluent UI), inlined in the page as text.
    entry: { page: "./src/apps/web/main.ts", worker: "./src/apps/web/worker-main.ts" },
    // ExcelJS comes minified (its browser build): skip parsing it, and skip re-minifying the page,
    // which would take ~20 s for a 20% smaller file that is opened from disk anyway.
    module: { ...common(mode).module, noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/ },
    optimization: { minimize: false },
    output: { path: path.join(outDir, "web"), filename: "[name].js", clean: true },
    plugins: [new InlinePagePlugin("page.js", "worker.js")],
  };

  return [excel, wps, web];
};

module.exports.productionManifest = productionManifest;
module.exports.DEV_URL = DEV_URL;
