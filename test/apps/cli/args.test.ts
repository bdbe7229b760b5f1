import { parseArgs } from "../../../src/apps/cli/args";

describe("parseArgs", () => {
  it("takes files and defaults to text", () => {
    expect(parseArgs(["a.xlsx", "b.xlsx"])).toEqual({ ok: true, args: { files: ["a.xlsx", "b.xlsx"], format: "text", help: false, version: false } });
  });

  it("reads options in both spellings", () => {
    const r = parseArgs(["--format", "json", "--out=o.xlsx", "--lang", "en", "a.xlsx"]);
    expect(r).toEqual({ ok: true, args: { files: ["a.xlsx"], format: "json", out: "o.xlsx", lang: "en", help: false, version: false } });
    expect(parseArgs(["-f", "json", "-o", "x.xlsx", "a.xlsx"])).toMatchObject({ ok: true, args: { format: "json", out: "x.xlsx" } });
    expect(parseArgs(["--lang=zh", "a"])).toMatchObject({ ok: true, args: { lang: "zh-CN" } });
  });

  it("treats everything after -- as files", () => {
    expect(parseArgs(["--", "--help", "-x.xlsx"])).toMatchObject({ ok: true, args: { files: ["--help", "-x.xlsx"], help: false } });
  });

  it("accepts --help and --version without files", () => {
    expect(parseArgs(["--help"])).toMatchObject({ ok: true, args: { help: true } });
    expect(parseArgs(["-v"])).toMatchObject({ ok: true, args: { version: true } });
  });

  it.each([
    [["--bogus", "a"], "cli.argUnknown"],
    [["--format", "xml", "a"], "cli.argBadFormat"],
    [["--format"], "cli.argMissingValue"],
    [["--out", "--format", "json", "a"], "cli.argMissingValue"],
    [["--out=", "a"], "cli.argMissingValue"],
    [["--lang", "fr", "a"], "cli.argBadLang"],
    [[], "cli.argNoFiles"],
    [["--format", "json"], "cli.argNoFiles"],
  ])("%j → %s", (argv, key) => {
    expect(parseArgs(argv)).toMatchObject({ ok: false, error: { key } });
  });
});
