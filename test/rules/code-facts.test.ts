import { codeFacts } from "../../src/rules/codes/support";
import { codeLevel, economicSystemOf, findCodeIn, isEconomicClass, parentCode } from "../../src/catalog/codes";

/** The facts the code rules share per code must say what the catalogue's own look-ups say. */
describe("codeFacts", () => {
  const codes = [
    "201", "208", "20805", "2080505", "2089999", "2299999", "20899", "209", "2",
    "30101", "301", "3010201", "30104", "3010401", "39901", "399",
    "50101", "501", "5010101", "59999", "609",
    "2080505x", "20805 05", "２０８", "abc", "", "12", "1234", "123456", "12345678",
  ];

  test.each(["function", "economic"] as const)("agree with the catalogue for %s tables", (system) => {
    for (const code of codes) {
      const facts = codeFacts(system, code);
      expect(facts.digits).toBe(/^\d+$/.test(code));
      expect(facts.parent).toBe(parentCode(code));
      const catalogueSystem = system === "function" ? "function" : economicSystemOf(code);
      const missing =
        codeLevel(code) !== undefined &&
        !!catalogueSystem &&
        (catalogueSystem === "function" || isEconomicClass(code.slice(0, 3))) &&
        !findCodeIn(catalogueSystem, code);
      expect(facts.missing).toBe(missing);
    }
  });

  test("a code's facts are worked out once and shared, per code system", () => {
    expect(codeFacts("function", "2080505")).toBe(codeFacts("function", "2080505"));
    expect(codeFacts("economic", "30101")).toBe(codeFacts("economic", "30101"));
    // The same digits read in a function table and an economic one are judged by their own system.
    expect(codeFacts("function", "30101")).not.toBe(codeFacts("economic", "30101"));
    expect(codeFacts("function", "30101").missing).toBe(true);
  });
});
