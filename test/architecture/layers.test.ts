/**
 * The layer arrows (scripts/layers.mjs) are enforced by `npm run lint`: a deliberate breach in a
 * lower layer is an error, the same import from a higher layer is fine, and the tree passes.
 * ESLint's config is an ES module, which jest's VM cannot import, so one child process lints
 * every case through ESLint's API.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

const upward: [string, string][] = [
  ["src/model/breach.ts", 'import { checkWorkbook } from "../engine/check";\nexport const x = checkWorkbook;\n'],
  ["src/catalog/breach.ts", 'import type { Table } from "../recognize/model";\nexport type X = Table;\n'],
  ["src/rules/goals/breach.ts", 'import { groupByTable } from "../../present/groups";\nexport const x = groupByTable;\n'],
  ["src/engine/breach.ts", 'import { loadWorkbookFile } from "../adapters/xlsx/load";\nexport const x = loadWorkbookFile;\n'],
  ["src/present/breach.ts", 'import { main } from "../apps/cli/main";\nexport const x = main;\n'],
  ["src/functions/breach.ts", 'import { allRules } from "../rules";\nexport const x = allRules;\n'],
  ["src/rules/breach.ts", 'import { EXECRATE } from "../functions/functions";\nexport const x = EXECRATE;\n'],
  ["src/apps/pane/breach.ts", 'import { main } from "../web/main";\nexport const x = main;\n'],
];
const downward: [string, string][] = [
  ["src/engine/fine.ts", 'import { allRules } from "../rules";\nexport const x = allRules;\n'],
  ["src/rules/goals/fine.ts", 'import { TEMPLATES } from "../../catalog/templates";\nexport const x = TEMPLATES;\n'],
  ["src/apps/pane/fine.ts", 'import { mount } from "../ui/mount";\nexport const x = mount;\n'],
  ["src/functions/fine.ts", 'import { parseA1 } from "../model/a1";\nexport const x = parseA1;\n'],
];

const script = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const [file, code] of cases) {
    const [r] = await eslint.lintText(code, { filePath: require("path").join(process.cwd(), file) });
    out[file] = r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
  }
  const tree = await eslint.lintFiles(["src"]);
  out.tree = tree.flatMap((r) => r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => r.filePath + ":" + m.line));
  process.stdout.write(JSON.stringify(out));
})();
`;

let results: Record<string, string[]>;
beforeAll(() => {
  const out = execFileSync(process.execPath, ["-e", script, JSON.stringify([...upward, ...downward])], { cwd: root, encoding: "utf8" });
  results = JSON.parse(out);
}, 120000);

describe("layer import rules", () => {
  it.each(upward)("%s may not import upward", (file) => {
    expect(results[file]).toHaveLength(1);
    expect(results[file][0]).toContain("分层");
  });

  it.each(downward)("%s may import downward", (file) => {
    expect(results[file]).toEqual([]);
  });

  it("the whole tree passes", () => {
    expect(results.tree).toEqual([]);
  });
});
