/**
 * The check worker's zero-delay timers (see src/apps/web/unclamped-timers.ts): dispatched through a
 * MessageChannel, in order, cancellable; timers with a delay still go to the real setTimeout.
 */
import { installUnclampedZeroTimers } from "../../../src/apps/web/unclamped-timers";

function fakeScope() {
  const delegated: number[] = [];
  const cleared: unknown[] = [];
  const scope = {
    setTimeout: (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      delegated.push(ms ?? 0);
      return setTimeout(() => handler(...args), ms);
    },
    clearTimeout: (id: unknown) => {
      cleared.push(id);
      clearTimeout(id as NodeJS.Timeout);
    },
    MessageChannel,
  };
  return { scope, delegated, cleared };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Waits until `done()` or 2 s. A fixed wait is not enough on a busy machine: after the process was
 * descheduled, a 20 ms timer can come due before the channel's message is delivered.
 */
async function settle(done: () => boolean): Promise<void> {
  for (let waited = 0; waited < 2000 && !done(); waited += 10) await pause(10);
  await pause(20); // and a little longer, for anything that should not have run
}

it("runs zero-delay timers in the order they were set, with their arguments, without the real setTimeout", async () => {
  const { scope, delegated } = fakeScope();
  const installed = installUnclampedZeroTimers(scope)!;
  expect(installed).not.toBeNull();
  const ran: string[] = [];
  scope.setTimeout((a) => ran.push(`first ${a}`), 0, "x");
  scope.setTimeout(() => ran.push("second"));
  // Nested, as the stream shim does it: each drain schedules the next one.
  scope.setTimeout(() => scope.setTimeout(() => ran.push("nested"), 0), 0);
  expect(ran).toEqual([]); // a task later, never synchronously
  await settle(() => ran.length >= 3);
  expect(ran).toEqual(["first x", "second", "nested"]);
  expect(delegated).toEqual([]);
  installed.uninstall();
});

it("cancels a zero-delay timer that has not run, and leaves delayed timers to the real one", async () => {
  const { scope, delegated, cleared } = fakeScope();
  const installed = installUnclampedZeroTimers(scope)!;
  const ran: string[] = [];
  const id = scope.setTimeout(() => ran.push("cancelled"), 0);
  scope.clearTimeout(id);
  const later = scope.setTimeout(() => ran.push("delayed"), 5);
  await settle(() => ran.includes("delayed"));
  expect(ran).toEqual(["delayed"]);
  expect(delegated).toEqual([5]);
  expect(cleared).toEqual([]); // the zero-delay id never reached the real clearTimeout
  scope.clearTimeout(later);
  expect(cleared).toEqual([later]);
  const zero = scope.setTimeout;
  installed.uninstall();
  expect(scope.setTimeout).not.toBe(zero);
});

it("does nothing where there is no MessageChannel", () => {
  const { scope } = fakeScope();
  const bare = { ...scope, MessageChannel: undefined };
  const before = bare.setTimeout;
  expect(installUnclampedZeroTimers(bare)).toBeNull();
  expect(bare.setTimeout).toBe(before);
});
