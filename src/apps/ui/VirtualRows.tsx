/**
 * A scrolling list that renders only the rows in view (and a margin around them). Rows may differ
 * in height and change it (a row opens a form): heights are measured as rows render and kept by
 * key; rows never rendered count with an estimate. When the container has no layout (a hidden
 * tab, or a test DOM without layout) every row is rendered.
 */
import * as React from "react";

/** Pixels rendered above and below the visible part. */
const MARGIN = 600;

export interface VirtualRowsProps<T> {
  rows: readonly T[];
  rowKey(row: T): string;
  estimate(row: T): number;
  render(row: T, index: number): React.ReactElement;
  className?: string;
  style?: React.CSSProperties;
  role: string;
  label: string;
  id?: string;
  /** The row that holds the list's tab stop. */
  activeIndex: number;
  /** Focus reached the list itself (its active row is scrolled away): move it to the active row. */
  onFocusFallback(): void;
  /** Filled with a function that scrolls a row into view. */
  scrollToRef: React.MutableRefObject<((index: number) => void) | null>;
}

export function VirtualRows<T>(props: VirtualRowsProps<T>): React.ReactElement {
  const { rows, rowKey, estimate } = props;
  const container = React.useRef<HTMLDivElement>(null);
  const heights = React.useRef(new Map<string, number>());
  const [, rerender] = React.useReducer((n: number) => n + 1, 0);
  const [view, setView] = React.useState({ top: 0, height: 0 });

  // Recomputed on every render (a few thousand additions): measurements change it without new props.
  const offsets = new Array<number>(rows.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + (heights.current.get(rowKey(rows[i])) ?? estimate(rows[i]));

  let start = 0;
  let end = rows.length;
  if (view.height > 0) {
    const from = view.top - MARGIN;
    const to = view.top + view.height + MARGIN;
    while (start < rows.length && offsets[start + 1] < from) start++;
    end = start;
    while (end < rows.length && offsets[end] < to) end++;
  }

  const measure = React.useCallback(() => {
    const el = container.current;
    if (!el) return;
    let changed = false;
    for (const child of Array.from(el.children) as HTMLElement[]) {
      const key = child.dataset.rowKey;
      if (!key) continue;
      const h = child.getBoundingClientRect().height;
      if (h > 0 && Math.abs((heights.current.get(key) ?? -1) - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (changed) rerender();
  }, []);

  React.useLayoutEffect(() => {
    const el = container.current;
    if (el && (el.clientHeight !== view.height || el.scrollTop !== view.top)) setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
  });

  React.useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      setView({ top: el.scrollTop, height: el.clientHeight });
      measure();
    });
    observer.observe(el);
    const rowsObserver = new MutationObserver(() => measure());
    rowsObserver.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      rowsObserver.disconnect();
    };
  }, [measure]);

  props.scrollToRef.current = (index: number) => {
    const el = container.current;
    if (!el || el.clientHeight === 0) return;
    const top = offsets[index];
    const bottom = offsets[index + 1];
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
    setView({ top: el.scrollTop, height: el.clientHeight });
  };

  const activeRendered = props.activeIndex >= start && props.activeIndex < end;
  const items: React.ReactElement[] = [];
  for (let i = start; i < end; i++) {
    items.push(
      <div key={rowKey(rows[i])} data-row-key={rowKey(rows[i])} role="none">
        {props.render(rows[i], i)}
      </div>,
    );
  }
  return (
    <div
      ref={container}
      id={props.id}
      role={props.role}
      aria-label={props.label}
      className={props.className}
      style={props.style}
      tabIndex={activeRendered || rows.length === 0 ? -1 : 0}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      onFocus={(e) => {
        if (e.target === e.currentTarget && rows.length) props.onFocusFallback();
      }}
    >
      <div role="none" style={{ height: offsets[start] }} />
      {items}
      <div role="none" style={{ height: offsets[rows.length] - offsets[end] }} />
    </div>
  );
}
