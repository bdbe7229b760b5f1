import { perRun, perTable } from "../../src/rules/lib/memo";
import { ValueReader } from "../../src/rules/lib/values";
import type { RuleContext } from "../../src/rules/types";
import type { WorkbookSnapshot } from "../../src/model/snapshot";

const workbook: WorkbookSnapshot = { sheets: [] } as unknown as WorkbookSnapshot;
const newRun = () => ({ values: new ValueReader(workbook) }) as unknown as RuleContext;

describe("run memo", () => {
  const a = { name: "a" };
  const b = { name: "b" };
  let built: string[];
  const build = (_ctx: RuleContext, key: { name: string }) => {
    built.push(key.name);
    return { of: key.name };
  };
  beforeEach(() => (built = []));

  test("perRun builds once per run, kind and key", () => {
    const run = newRun();
    const first = perRun(run, "k", a, build);
    expect(perRun(run, "k", b, build)).toEqual({ of: "b" });
    expect(perRun(run, "k", a, build)).toBe(first);
    expect(perRun(run, "other", a, build)).not.toBe(first);
    expect(perRun(newRun(), "k", a, build)).not.toBe(first);
    expect(built).toEqual(["a", "b", "a", "a"]);
  });

  test("perTable keeps the values of the last key only, and never another key's or run's", () => {
    const run = newRun();
    const first = perTable(run, "k", a, build);
    expect(perTable(run, "k", a, build)).toBe(first);
    expect(perTable(run, "other", a, build)).toEqual({ of: "a" });
    expect(perTable(run, "k", b, build)).toEqual({ of: "b" });
    const again = perTable(run, "k", a, build);
    expect(again).toEqual({ of: "a" });
    expect(again).not.toBe(first);
    expect(perTable(newRun(), "k", a, build)).not.toBe(again);
    expect(built).toEqual(["a", "a", "b", "a", "a"]);
  });

  test("perTable and perRun values of one key are apart", () => {
    const run = newRun();
    expect(perTable(run, "k", a, build)).not.toBe(perRun(run, "k", a, build));
  });
});
