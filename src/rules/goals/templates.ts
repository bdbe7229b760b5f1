import type { TemplateId } from "../../recognize/model";

/** Every table whose rows are indicators with a target (指标值). */
export const INDICATOR_TEMPLATES: readonly TemplateId[] = ["project-goal", "department-goal", "self-evaluation", "evaluation-score"];
