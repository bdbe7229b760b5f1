/**
 * The parts of one finding: its severity mark, the 应为 / 实为 / 差额 block, the related cells
 * (the first few, the rest behind a button) and the rule's explanation behind "规则说明".
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellLocation, Finding, Severity } from "../../model/findings";
import { t as translate, type Locale } from "../../catalog/messages";
import { ruleById } from "../../rules";
import { figuresOf } from "./figures";
import { useLocale, useT } from "./locale";

export const useFindingStyles = makeStyles({
  sev: {
    display: "inline-block",
    minWidth: "2.6em",
    textAlign: "center",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: "4px",
    paddingRight: "4px",
    flexShrink: 0,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground3 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: "#6b4a00" },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorPaletteBlueForeground2 },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "0",
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  figureLabel: { color: tokens.colorNeutralForeground2 },
  figureValue: { fontVariantNumeric: "tabular-nums", textAlign: "right", color: tokens.colorNeutralForeground1, minWidth: 0, overflowWrap: "anywhere" },
  more: { color: tokens.colorPaletteRedForeground3, fontWeight: tokens.fontWeightSemibold },
  less: { color: tokens.colorPaletteRedForeground3, fontWeight: tokens.fontWeightSemibold },
  related: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS, wordBreak: "break-all" },
});

export function SeverityMark({ severity }: { severity: Severity }): React.ReactElement {
  const s = useFindingStyles();
  const t = useT();
  return <span className={`${s.sev} ${s[severity]}`}>{t(`severity.${severity}`)}</span>;
}

export function Figures({ finding, unit }: { finding: Finding; unit?: string }): React.ReactElement | null {
  const s = useFindingStyles();
  const t = useT();
  const block = figuresOf(finding, finding.unit ?? unit, useLocale());
  if (!block) return null;
  return (
    <div className={`${s.figures} figures`} data-testid="figures">
      {block.expected !== undefined && (
        <>
          <span className={s.figureLabel}>{t("ui.expected")}</span>
          <span className={`${s.figureValue} expected`}>{block.expected}</span>
        </>
      )}
      {block.actual !== undefined && (
        <>
          <span className={s.figureLabel}>{t("ui.actual")}</span>
          <span className={`${s.figureValue} actual`}>{block.actual}</span>
        </>
      )}
      {block.difference !== undefined && (
        <>
          <span className={s.figureLabel}>{t("ui.difference")}</span>
          <span className={`${s.figureValue} difference ${block.direction ? s[block.direction] : ""}`}>{block.difference}</span>
        </>
      )}
    </div>
  );
}

/** How many related cells show before "另有 N 个". */
export const RELATED_SHOWN = 4;

export function cellName(at: CellLocation, sheet: string): string {
  return at.sheet === sheet ? at.cell : `${at.sheet}!${at.cell}`;
}

export function RelatedCells({ finding, tabbable }: { finding: Finding; tabbable: boolean }): React.ReactElement | null {
  const s = useFindingStyles();
  const t = useT();
  const [all, setAll] = React.useState(false);
  const cells = finding.related.filter((r) => r.cell).map((r) => cellName(r, finding.sheet));
  if (!cells.length) return null;
  const shown = all ? cells : cells.slice(0, RELATED_SHOWN);
  const hidden = cells.length - shown.length;
  return (
    <div className={`${s.related} related`}>
      {t("ui.related")}：{shown.join("、")}
      {cells.length > RELATED_SHOWN && (
        <>
          {" "}
          <Link
            as="button"
            className="related-toggle"
            tabIndex={tabbable ? 0 : -1}
            onClick={(e) => {
              e.stopPropagation();
              setAll(!all);
            }}
          >
            {all ? t("ui.relatedLess") : t("ui.relatedMore", { count: hidden })}
          </Link>
        </>
      )}
    </div>
  );
}

/** What the rule checks, from its metadata; its id is shown here only. */
export function ruleText(ruleId: string, locale: Locale): { description: string; severity: string; reference?: string } {
  const rule = ruleById(ruleId);
  if (!rule) return { description: ruleId, severity: "" };
  return { description: translate(rule.meta.description, {}, locale), severity: translate(`severity.${rule.meta.severity}`, {}, locale), reference: rule.meta.reference };
}

export function RuleInfo({ ruleId, tabbable }: { ruleId: string; tabbable: boolean }): React.ReactElement {
  const locale = useLocale();
  const t = useT();
  const info = ruleText(ruleId, locale);
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Link as="button" className="rule-info" tabIndex={tabbable ? 0 : -1} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          {t("ui.ruleInfo")}
        </Link>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t("ui.ruleInfoTitle")}</DialogTitle>
          <DialogContent>
            <p className="rule-description">{info.description}</p>
            {info.severity && <p>{t("ui.ruleSeverity", { severity: info.severity })}</p>}
            {info.reference && <p>{t("ui.ruleReference", { reference: info.reference })}</p>}
            <p>{t("ui.ruleId", { id: ruleId })}</p>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t("ui.close")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
