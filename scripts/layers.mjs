/**
 * The source tree's layers, lowest first. A layer may import the layers below it and never one
 * above: apps → adapters → present → fill → engine → rules → recognize → catalog → model.
 * functions/ (the custom functions) stands beside them and reads only model/ and catalog/; only
 * the apps and adapters that register the functions import it. Inside apps/, cli, web and pane
 * share apps/ui and never import each other.
 *
 * Encoded as ESLint `no-restricted-imports` patterns on relative paths: an import that climbs out
 * of its layer with "../" and names a layer it may not use is an error (`npm run lint`, in CI).
 */
export const LAYERS = ["model", "catalog", "recognize", "rules", "engine", "fill", "present", "adapters", "apps"];

/** Layers that files of `layer` must not import. */
export function forbiddenFor(layer) {
  if (layer === "functions") return LAYERS.filter((l) => l !== "model" && l !== "catalog");
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  // Only the hosts' registration code (apps, adapters) may import the custom functions.
  return layer === "apps" || layer === "adapters" ? above : [...above, "functions"];
}

function climbingInto(layers) {
  return `^(\\.\\./)+(${layers.join("|")})(/|$)`;
}

const WHY = "导入方向违反分层（见 scripts/layers.mjs）：下层不能依赖上层。";

export function layerImportRules() {
  const configs = [...LAYERS, "functions"]
    .filter((layer) => forbiddenFor(layer).length > 0)
    .map((layer) => ({
      files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
      rules: {
        "no-restricted-imports": ["error", { patterns: [{ regex: climbingInto(forbiddenFor(layer)), message: WHY }] }],
      },
    }));
  // The three apps share apps/ui and nothing else of each other.
  for (const app of ["cli", "web", "pane"]) {
    const others = ["cli", "web", "pane"].filter((a) => a !== app);
    configs.push({
      files: [`src/apps/${app}/**/*.ts`, `src/apps/${app}/**/*.tsx`],
      rules: {
        "no-restricted-imports": ["error", { patterns: [{ regex: `^(\\.\\./)+(${others.join("|")})(/|$)`, message: WHY }] }],
      },
    });
  }
  configs.push({
    files: ["src/apps/ui/**/*.ts", "src/apps/ui/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(\\.\\./)+(cli|web|pane)(/|$)", message: WHY }] }],
    },
  });
  return configs;
}
