/**
 * Built-ins newer than Chrome 80 that the UI's libraries call. WPS's webview is an older
 * Chromium: Fluent's focus libraries (tabster, keyborg) call `new WeakRef` (Chrome 84) on every
 * programmatic focus. This stand-in holds its target strongly: a few focused elements stay in
 * memory a little longer, which a task pane can afford. Imported before React and Fluent.
 */
interface WeakRefLike<T> {
  deref(): T | undefined;
}

export function installPolyfills(scope: { WeakRef?: unknown }): void {
  if (typeof scope.WeakRef === "undefined") {
    scope.WeakRef = class StrongRef<T> implements WeakRefLike<T> {
      private readonly target: T;
      constructor(target: T) {
        this.target = target;
      }
      deref(): T | undefined {
        return this.target;
      }
    };
  }
}

installPolyfills(globalThis as { WeakRef?: unknown });
