/**
 * The ES2017 check of the task-pane bundles (WPS ships an older Chromium; nothing newer than
 * Chrome 80 may reach it without a polyfill): every emitted .js must be ES2017 syntax — it is
 * parsed as ES2018 (acorn) and may hold none of ES2018's syntax (object rest/spread, async
 * iteration), so anything later (optional catch binding, optional chaining, `??`, class fields …)
 * fails the parse. ES2018's regular-expression features (lookbehind, named groups, the s flag,
 * \p{…}) are allowed: they cannot be lowered, and Chromium has them since version 64. Nor may the
 * code call built-ins that Chrome 80 lacks, unless the bundle polyfills them (Fluent's focus
 * libraries, tabster and keyborg, call `new WeakRef`, Chrome 84: src/apps/ui/polyfills.ts). Used as a webpack plugin (the
 * build fails) and by a test.
 */
"use strict";

const acorn = require("acorn");
const walk = require("acorn-walk");

/** Built-ins newer than Chrome 80 (member names called as methods, and globals). */
const NEWER_METHODS = new Set(["replaceAll", "at", "findLast", "findLastIndex", "hasOwn", "toSorted", "toReversed", "toSpliced", "groupBy", "any"]);
const NEWER_GLOBALS = new Set(["structuredClone", "AggregateError", "WeakRef", "FinalizationRegistry"]);
/** Receivers for which a method name above is the new built-in (e.g. Promise.any, Object.hasOwn). */
const STATIC_OWNERS = { any: ["Promise"], hasOwn: ["Object"], groupBy: ["Object", "Map"] };

/**
 * Problems in one script: syntax beyond ES2017 (the first one, with its position) and calls of
 * newer built-ins. `.at(` is flagged only with a number argument (arrays and strings), as
 * libraries name their own methods `at`.
 */
function es2017Problems(code, file = "bundle.js", polyfilled = []) {
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: 2018, sourceType: "script", allowHashBang: true, allowReturnOutsideFunction: true });
  } catch (e) {
    const near = typeof e.pos === "number" ? code.slice(Math.max(0, e.pos - 40), e.pos + 40).replace(/\s+/g, " ") : "";
    return [`${file}: not ES2017 syntax: ${e.message} near «${near}»`];
  }
  const problems = [];
  const es2018 = (what, node) => problems.push(`${file}: not ES2017 syntax: ${what} at ${node.start}`);
  const asyncGenerator = (node) => {
    if (node.async && node.generator) es2018("async generator", node);
  };
  walk.simple(ast, {
    ObjectExpression(node) {
      if (node.properties.some((p) => p.type === "SpreadElement")) es2018("object spread", node);
    },
    ObjectPattern(node) {
      if (node.properties.some((p) => p.type === "RestElement")) es2018("object rest", node);
    },
    ForOfStatement(node) {
      if (node.await) es2018("for await", node);
    },
    FunctionDeclaration: asyncGenerator,
    FunctionExpression: asyncGenerator,
    CallExpression(node) {
      const callee = node.callee;
      if (callee.type === "Identifier" && NEWER_GLOBALS.has(callee.name) && !polyfilled.includes(callee.name)) problems.push(`${file}: ${callee.name}() is newer than Chrome 80`);
      if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return;
      const name = callee.property.name;
      if (!NEWER_METHODS.has(name)) return;
      const owners = STATIC_OWNERS[name];
      if (owners) {
        if (callee.object.type === "Identifier" && owners.includes(callee.object.name)) problems.push(`${file}: ${callee.object.name}.${name}() is newer than Chrome 80`);
        return;
      }
      if (name === "at" && !(node.arguments.length === 1 && (node.arguments[0].type === "Literal" || node.arguments[0].type === "UnaryExpression"))) return;
      // Arrays' findLast takes a predicate; libraries have their own findLast({ … }).
      if (/^findLast/.test(name) && !(node.arguments[0] && /Function/.test(node.arguments[0].type))) return;
      problems.push(`${file}: .${name}() is newer than Chrome 80 (at ${node.start})`);
    },
    NewExpression(node) {
      if (node.callee.type === "Identifier" && NEWER_GLOBALS.has(node.callee.name) && !polyfilled.includes(node.callee.name)) problems.push(`${file}: new ${node.callee.name} is newer than Chrome 80`);
    },
  });
  return problems;
}

/** Webpack plugin: fails the build when an emitted script of the listed chunks is not ES2017. */
class Es2017CheckPlugin {
  constructor(options = {}) {
    this.only = options.only; // asset names to check; all .js when absent
    this.polyfilled = options.polyfilled || []; // globals the bundle installs itself (src/apps/ui/polyfills.ts)
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("Es2017CheckPlugin", (compilation) => {
      // After minification: the check is of the code that ships.
      compilation.hooks.processAssets.tap({ name: "Es2017CheckPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        for (const asset of compilation.getAssets()) {
          if (!asset.name.endsWith(".js") || (this.only && !this.only.includes(asset.name))) continue;
          for (const p of es2017Problems(asset.source.source().toString(), asset.name, this.polyfilled)) compilation.errors.push(new Error(p));
        }
      });
    });
  }
}

module.exports = { es2017Problems, Es2017CheckPlugin };
