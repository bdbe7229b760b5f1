/**
 * Something the fast reader does not read (a zip64 package, an element it does not know inside a
 * cell, a DTD…). It never guesses: the caller falls back to ExcelJS, within the fallback's limits.
 */
export class UnsupportedXlsx extends Error {
  constructor(readonly what: string) {
    super(`unsupported: ${what}`);
    this.name = "UnsupportedXlsx";
  }
}

export function unsupported(what: string): never {
  throw new UnsupportedXlsx(what);
}
