/**
 * The rules' folders mean something (issue #13): one rule per file, the folder is the rule's
 * category, and no rule imports another rule — what two rules share lives in `rules/lib/` or in
 * the folder's `support.ts`, and what more than the rules need lives below them (model/, catalog/).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { allRules } from "../../src/rules";

const RULES = join(__dirname, "..", "..", "src", "rules");
/** Folder → the category its rules declare. */
const CATEGORY_OF_FOLDER: Record<string, string> = {
  sums: "within-table",
  cross: "cross-table",
  codes: "codes",
  goals: "goals",
  hygiene: "hygiene",
  recognition: "recognition",
};
/** Files in a rule folder that are machinery, not rules. */
const MACHINERY = new Set(["support.ts", "templates.ts"]);

const ruleFiles = Object.keys(CATEGORY_OF_FOLDER).flatMap((folder) =>
  readdirSync(join(RULES, folder))
    .filter((name) => name.endsWith(".ts") && !MACHINERY.has(name))
    .map((name) => ({ folder, name, text: readFileSync(join(RULES, folder, name), "utf8") })),
);

it("every rule folder is listed here, and nothing else sits beside them but lib/", () => {
  const folders = readdirSync(RULES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  expect(folders.sort()).toEqual([...Object.keys(CATEGORY_OF_FOLDER), "lib"].sort());
});

it("each rule file declares exactly one rule, named after the file, in the folder of its category", () => {
  const misplaced: string[] = [];
  for (const f of ruleFiles) {
    const ids = Array.from(f.text.matchAll(/^\s+id: "([a-z0-9-]+)",$/gm), (m) => m[1]);
    if (ids.length !== 1 || ids[0] !== f.name.replace(/\.ts$/, "")) {
      misplaced.push(`${f.folder}/${f.name}: declares ${JSON.stringify(ids)}`);
      continue;
    }
    const rule = allRules.find((r) => r.meta.id === ids[0]);
    if (!rule) misplaced.push(`${f.folder}/${f.name}: not registered in rules/index.ts`);
    else if (rule.meta.category !== CATEGORY_OF_FOLDER[f.folder]) misplaced.push(`${f.folder}/${f.name}: category ${rule.meta.category}`);
  }
  expect(misplaced).toEqual([]);
  expect(ruleFiles).toHaveLength(allRules.length);
});

it("no rule imports another rule", () => {
  const ruleNames = new Set(ruleFiles.map((f) => `${f.folder}/${f.name.replace(/\.ts$/, "")}`));
  const crossings: string[] = [];
  for (const f of ruleFiles) {
    for (const m of f.text.matchAll(/from "(\.\.?\/[^"]+)"/g)) {
      const target = m[1].startsWith("./") ? `${f.folder}/${m[1].slice(2)}` : m[1].replace(/^\.\.\//, "");
      if (ruleNames.has(target)) crossings.push(`${f.folder}/${f.name} → ${target}`);
    }
  }
  expect(crossings).toEqual([]);
});
