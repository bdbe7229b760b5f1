/** Runs webpack configurations in-process; resolves (with the stats) once they compiled without errors (tests and the bench build pages this way). */
"use strict";

const webpack = require("webpack");

function runWebpack(configs) {
  return new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(stats);
    });
  });
}

module.exports = { runWebpack };
