/** The pull scanner's attributes: any number up to MAX_ATTRS per tag, read back by name and offset. */
import { MAX_ATTRS, OPEN, XmlScanner } from "../../../src/adapters/xlsx/sml/xml";
import { UnsupportedXlsx } from "../../../src/adapters/xlsx/sml/unsupported";

const tooDeep = (depth: number): never => {
  throw new Error(`too deep: ${depth}`);
};

function tagWith(count: number): string {
  const attrs = Array.from({ length: count }, (_, i) => ` a${i}="v${i}"`).join("");
  return `<e${attrs}/>`;
}

describe("the XML scanner's attributes", () => {
  it("reads every attribute of a tag with many, and a short tag after it", () => {
    const x = new XmlScanner(`<root>${tagWith(40)}<f x="1"/>${tagWith(MAX_ATTRS)}</root>`, 10, tooDeep);
    expect(x.next()).toBe(OPEN); // root
    expect(x.next()).toBe(OPEN);
    expect(x.attrCount).toBe(40);
    for (const i of [0, 15, 16, 17, 31, 32, 39]) expect(x.attr(`a${i}`)).toBe(`v${i}`);
    x.next(); // its end
    expect(x.next()).toBe(OPEN);
    expect(x.attrCount).toBe(1);
    expect(x.attr("x")).toBe("1");
    expect(x.attr("a0")).toBeUndefined();
    x.next();
    expect(x.next()).toBe(OPEN);
    expect(x.attrCount).toBe(MAX_ATTRS);
    expect(x.attr(`a${MAX_ATTRS - 1}`)).toBe(`v${MAX_ATTRS - 1}`);
  });

  it("refuses a tag with more than MAX_ATTRS attributes (the caller falls back)", () => {
    const x = new XmlScanner(`<root>${tagWith(MAX_ATTRS + 1)}</root>`, 10, tooDeep);
    x.next();
    expect(() => x.next()).toThrow(UnsupportedXlsx);
  });
});
