/**
 * Webpack loader for packages' JavaScript: lowers syntax newer than ES2017 (object spread, optional
 * chaining, `??`, optional catch binding, class fields …) with esbuild, so the task panes run in
 * WPS's older Chromium. Our own TypeScript is compiled to ES2017 by ts-loader already.
 * scripts/addin/es-check.js then proves the emitted bundles parse as ES2017.
 */
"use strict";

const esbuild = require("esbuild");

module.exports = function es2017Loader(source, map) {
  const callback = this.async();
  esbuild
    .transform(source, { loader: "js", target: "es2017", format: undefined, sourcemap: this.sourceMap ? "external" : false, sourcefile: this.resourcePath, legalComments: "none" })
    .then((result) => callback(null, result.code, result.map || map))
    .catch((e) => callback(e));
};
