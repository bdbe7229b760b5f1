/**
 * A small `CustomFunctions` global for tests (office-addin-mock has none). Load it per test file:
 *   import { installCustomFunctionsStub } from "./custom-functions";
 *   const cf = installCustomFunctionsStub();
 * `associated` records CustomFunctions.associate(id, fn) calls.
 */
export class StubCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const StubErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface CustomFunctionsStub {
  Error: typeof StubCustomFunctionsError;
  ErrorCode: typeof StubErrorCode;
  associated: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

export function installCustomFunctionsStub(target: object = globalThis): CustomFunctionsStub {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const stub: CustomFunctionsStub = {
    Error: StubCustomFunctionsError,
    ErrorCode: StubErrorCode,
    associated,
    associate(id, fn) {
      if (associated.has(id)) throw new Error(`associate called twice for ${id}`);
      associated.set(id, fn);
    },
  };
  (target as { CustomFunctions?: unknown }).CustomFunctions = stub;
  return stub;
}

export function uninstallCustomFunctionsStub(target: object = globalThis): void {
  delete (target as { CustomFunctions?: unknown }).CustomFunctions;
}
