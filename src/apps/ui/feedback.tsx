/**
 * Feedback in place: the outcome of an action is a MessageBar next to that action, and results
 * are announced to screen readers through a polite live region.
 */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Where an outcome is shown: next to the action that produced it. */
export type Where = "check" | "actions" | "list" | "goal" | "selftest" | "library" | "projects" | "self";

export interface Outcome {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export interface Feedback extends Outcome {
  where: Where;
}

/** Runs a host operation (one at a time) and shows its outcome, or its failure in Chinese, at `where`. */
export type Perform = (where: Where, action: string, work: () => Promise<Outcome | undefined>) => Promise<void>;

export function FeedbackBar({ feedback, where }: { feedback: Feedback | null; where: Where }): React.ReactElement | null {
  if (!feedback || feedback.where !== where) return null;
  return (
    <MessageBar intent={feedback.intent} layout="multiline" className={`feedback feedback-${where}`} data-intent={feedback.intent}>
      <MessageBarBody>{feedback.text}</MessageBarBody>
    </MessageBar>
  );
}

const hidden: React.CSSProperties = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/** A visually hidden polite live region; a new text is read out once. */
export function LiveRegion({ text }: { text: string }): React.ReactElement {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" id="announce" style={hidden}>
      {text}
    </div>
  );
}
