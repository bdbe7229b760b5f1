/** Command-line arguments of budget-goals. Pure: returns what to do or the problem, never exits. */
import type { Locale, MessageKey, MessageParams } from "../../catalog/messages";
import type { Framework } from "../../catalog/indicator-frameworks";
import { PROJECT_TYPES } from "../../catalog/indicator-library";
import type { GoalLayout } from "../../fill/goal-sheets";

export interface GoalsArgs {
  input?: string;
  out?: string;
  layout: GoalLayout;
  framework: Framework;
  selfEval: boolean;
  examples: boolean;
  unit?: string;
  /** Project name → type id, chosen by the user. */
  types: Record<string, string>;
  lang?: Locale;
  help: boolean;
}

export type ParsedGoalsArgs = { ok: true; args: GoalsArgs } | { ok: false; error: { key: MessageKey; params: MessageParams } };

const VALUE_OPTIONS = new Set(["--out", "-o", "--layout", "--framework", "--unit", "--type", "--lang"]);

export function parseGoalsArgs(argv: readonly string[]): ParsedGoalsArgs {
  const args: GoalsArgs = { layout: "per-project", framework: "classic", selfEval: false, examples: false, types: {}, help: false };
  const fail = (key: MessageKey, params: MessageParams = {}): ParsedGoalsArgs => ({ ok: false, error: { key, params } });
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") && arg.indexOf("=") > 0 ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name === "-h" || name === "--help") {
      args.help = true;
      continue;
    }
    if (name === "--self-eval") {
      args.selfEval = true;
      continue;
    }
    if (name === "--examples") {
      args.examples = true;
      continue;
    }
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return fail("goals.argMissingValue", { option: name });
      if (name === "--out" || name === "-o") args.out = value;
      else if (name === "--unit") args.unit = value;
      else if (name === "--lang") args.lang = /^en/i.test(value) ? "en" : "zh-CN";
      else if (name === "--layout") {
        if (value !== "per-project" && value !== "consolidated") return fail("goals.argLayout", { value });
        args.layout = value;
      } else if (name === "--framework") {
        if (value !== "2021" && value !== "classic") return fail("goals.argFramework", { value });
        args.framework = value;
      } else {
        const eq = value.lastIndexOf("=");
        if (eq <= 0 || eq === value.length - 1) return fail("goals.argType", { value });
        const wanted = value.slice(eq + 1).trim();
        const type = PROJECT_TYPES.find((t) => t.id === wanted || t.name === wanted);
        if (!type) return fail("goals.argTypeUnknown", { type: wanted, types: PROJECT_TYPES.map((t) => t.name).join("、") });
        args.types[value.slice(0, eq).trim()] = type.id;
      }
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") return fail("goals.argUnknown", { arg });
    inputs.push(arg);
  }
  if (args.help) return { ok: true, args };
  if (!inputs.length) return fail("goals.argInput");
  if (inputs.length > 1) return fail("goals.argInputs", { files: inputs.join("、") });
  args.input = inputs[0];
  if (!args.out) return fail("goals.argOut");
  if (!/\.xlsx$/i.test(args.out)) return fail("goals.argOutXlsx", { file: args.out });
  return { ok: true, args };
}
