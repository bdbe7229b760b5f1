import { deflateRawSync } from "zlib";
import { InflateError } from "../../../src/adapters/xlsx/sml/inflate";
import { inflateWithZlib } from "../../../src/adapters/xlsx/sml/inflate-node";

/** Bytes that do not repeat too simply (the rows of a sheet part). */
function part(size: number): Buffer {
  const row = (i: number) => `<row r="${i}"><c r="A${i}"><v>${(i * 7919) % 100003}</v></c></row>`;
  const pieces: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const text = row(i);
    pieces.push(text);
    length += text.length;
  }
  return Buffer.from(pieces.join("")).subarray(0, size);
}

describe("inflating with zlib at the stated size", () => {
  it.each([0, 1, 63, 64, 16 * 1024, 100_000])("gives back a part of %i bytes exactly", (size) => {
    const bytes = part(size);
    expect(Buffer.from(inflateWithZlib(deflateRawSync(bytes), size)).equals(bytes)).toBe(true);
  });

  it("gives back a part larger than one output chunk (16 MB), in several", () => {
    const bytes = part(17 * 1024 * 1024 + 5);
    expect(Buffer.from(inflateWithZlib(deflateRawSync(bytes), bytes.length)).equals(bytes)).toBe(true);
  });

  it("refuses a part longer or shorter than its stated size", () => {
    const data = deflateRawSync(part(1000));
    expect(() => inflateWithZlib(data, 999)).toThrow(InflateError);
    expect(() => inflateWithZlib(data, 1001)).toThrow(InflateError);
  });
});
