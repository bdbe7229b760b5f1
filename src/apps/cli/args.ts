/** Command-line arguments of budget-check. Pure: returns what to do or the problem, never exits. */
import type { MessageKey, MessageParams, Locale } from "../../catalog/messages";

export type OutputFormat = "text" | "json";

export interface CliArgs {
  files: string[];
  format: OutputFormat;
  out?: string;
  /** Summary workbook of the whole run (a line per file, every finding). */
  summary?: string;
  lang?: Locale;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: { key: MessageKey; params: MessageParams } };

const VALUE_OPTIONS = new Set(["--format", "--out", "--summary", "--lang", "-o", "-f"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: CliArgs = { files: [], format: "text", help: false, version: false };
  const fail = (key: MessageKey, params: MessageParams = {}): ParsedArgs => ({ ok: false, error: { key, params } });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") {
      args.help = true;
      continue;
    }
    if (arg === "-v" || arg === "--version") {
      args.version = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      args.files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) return fail("cli.argUnknown", { option: arg });
    let value: string | undefined;
    if (eq > 0 && name !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("-") && value !== "-")) return fail("cli.argMissingValue", { option: name });
      i += 1;
    }
    if (value === "") return fail("cli.argMissingValue", { option: name });
    switch (name) {
      case "--format":
      case "-f":
        if (value !== "text" && value !== "json") return fail("cli.argBadFormat", { value });
        args.format = value;
        break;
      case "--out":
      case "-o":
        args.out = value;
        break;
      case "--summary":
        args.summary = value;
        break;
      case "--lang": {
        const lang = /^zh(-cn|-hans)?$/i.test(value) ? "zh-CN" : /^en(-[a-z]+)?$/i.test(value) ? "en" : null;
        if (!lang) return fail("cli.argBadLang", { value });
        args.lang = lang;
        break;
      }
    }
  }
  if (!args.help && !args.version && args.files.length === 0) return fail("cli.argNoFiles");
  return { ok: true, args };
}
