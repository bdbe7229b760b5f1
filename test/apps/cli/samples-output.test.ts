/**
 * The CLI's output on the two sample workbooks, compared with outputs saved before findings became
 * data (test/apps/cli/expected, written by `node bin/budget-check.js` from main as scripts/compare-baseline.sh
 * describes; rewrite them when a rule change is meant to change the output): text and --lang en byte
 * for byte, JSON apart from the added messageId and data.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { main } from "../../../src/apps/cli/main";
import { fakeIo } from "./helpers";

const SAMPLES = ["巨鹿县医疗保障局2023年部门预算", "绵阳市医疗保障局2020年转移支付区域绩效自评表"];
const expected = (name: string) => readFileSync(path.join(__dirname, "expected", name), "utf8");

async function run(args: string[]): Promise<string> {
  const io = fakeIo();
  await main(args, io.io);
  return io.stdout();
}

describe.each(SAMPLES.map((s) => [s]))("budget-check on examples/%s.xlsx", (name) => {
  const file = `examples/${name}.xlsx`;

  it("prints the same text", async () => {
    expect(await run([file])).toBe(expected(`${name}.txt`));
  });

  it("prints the same English text", async () => {
    expect(await run(["--lang", "en", file])).toBe(expected(`${name}.en.txt`));
  });

  it("prints the same JSON, plus each finding's messageId, data and unit, with 应为/实为/差额 as numbers", async () => {
    type Files = { files: { findings: Record<string, unknown>[] }[] };
    const json = JSON.parse(await run(["--format", "json", file])) as Files;
    const before = JSON.parse(expected(`${name}.json`)) as Files;
    const findings = json.files.flatMap((f) => f.findings);
    const old = before.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toHaveLength(old.length);
    findings.forEach((f, i) => {
      expect(typeof f.messageId).toBe("string");
      expect(typeof f.data).toBe("object");
      delete f.messageId;
      delete f.data;
      const unit = f.unit;
      delete f.unit;
      // A figure that was a formatted amount ("244.90", "+4.50") is now that number, a rate ("77.32%",
      // "-3.00 个百分点") its percentage in unit "%"; text stays text.
      for (const k of ["expected", "actual", "difference"]) {
        if (typeof f[k] !== "number") continue;
        const was = String(old[i][k]);
        expect(typeof old[i][k]).toBe("string");
        const rate = /(%| 个百分点)$/.exec(was);
        if (rate) expect(unit).toBe("%");
        expect(f[k]).toBe(Number(was.replace(/,/g, "").replace(/(%| 个百分点)$/, "")));
        f[k] = old[i][k];
      }
    });
    expect(JSON.stringify(json, null, 2) + "\n").toBe(expected(`${name}.json`));
  });
});
