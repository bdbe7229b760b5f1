/**
 * The 绩效目标 tab: standard indicator templates, goal tables for every project, self-evaluation,
 * and the blank goal table. Each form says its outcome under its own buttons.
 */
import * as React from "react";
import type { HostPort } from "../../model/host-port";
import type { Feedback, Perform } from "./feedback";
import type { Confirm } from "./ConfirmDialog";
import { LibraryTemplateForm } from "./LibraryTemplateForm";
import { ProjectGoalsForm } from "./ProjectGoalsForm";
import { SelfEvaluationForm } from "./SelfEvaluationForm";
import { GoalTemplateForm } from "./GoalTemplateForm";

const RULE: React.CSSProperties = { border: 0, borderTop: "1px solid #e0e0e0", width: "100%", margin: 0 };

export interface GoalFormProps {
  port: HostPort;
  busy: boolean;
  perform: Perform;
  feedback: Feedback | null;
  /** The pane's confirmation dialog (ConfirmDialog.tsx). */
  confirm: Confirm;
}

export function GoalsTab(props: GoalFormProps): React.ReactElement {
  return (
    <>
      <LibraryTemplateForm {...props} />
      <hr className="goals-rule" aria-hidden="true" style={RULE} />
      <ProjectGoalsForm {...props} />
      <hr className="goals-rule" aria-hidden="true" style={RULE} />
      <SelfEvaluationForm {...props} />
      <hr className="goals-rule" aria-hidden="true" style={RULE} />
      <GoalTemplateForm {...props} />
    </>
  );
}
