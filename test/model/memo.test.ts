import { memoByText } from "../../src/model/memo";

describe("memoByText", () => {
  test("works an answer out once per distinct text", () => {
    const seen: string[] = [];
    const length = memoByText((text) => {
      seen.push(text);
      return text.length;
    });
    expect([length("行政运行"), length("合计"), length("行政运行"), length("合计")]).toEqual([4, 2, 4, 2]);
    expect(seen).toEqual(["行政运行", "合计"]);
  });

  test("starts over when it holds `limit` texts, and still answers correctly", () => {
    let calls = 0;
    const upper = memoByText((text) => {
      calls += 1;
      return text.toUpperCase();
    }, 2);
    upper("a");
    upper("b");
    upper("c"); // the memory was full: cleared, then "c" kept
    expect(calls).toBe(3);
    expect(upper("a")).toBe("A"); // forgotten, worked out again
    expect(calls).toBe(4);
    expect(upper("c")).toBe("C"); // still remembered
    expect(calls).toBe(4);
  });
});
