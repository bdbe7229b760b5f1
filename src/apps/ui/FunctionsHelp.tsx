/** The 函数 tab: the custom functions, their parameters and what they return, from the message table. */
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { allMessageKeys, translator, type Locale, type MessageKey } from "../../catalog/messages";
import { useLocale } from "./locale";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  name: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface FunctionHelp {
  name: string;
  params: string[];
  description: string;
}

/** Every function with a description in the message table, its parameters in table order. */
export function functionHelp(locale: Locale): FunctionHelp[] {
  const t = translator(locale);
  const keys = allMessageKeys();
  const out: FunctionHelp[] = [];
  for (const key of keys) {
    const m = /^fn\.([A-Z][A-Z0-9]*)\.description$/.exec(key);
    if (!m) continue;
    const name = m[1];
    const params = keys.filter((k) => new RegExp(`^fn\\.${name}\\.\\w+\\.name$`).test(k)).map((k) => t(k as MessageKey));
    out.push({ name, params, description: t(key) });
  }
  return out;
}

export function FunctionsHelp({ namespace }: { namespace?: string }): React.ReactElement {
  const locale = useLocale();
  const t = translator(locale);
  const styles = useStyles();
  return (
    <section aria-labelledby="functions-heading">
      <h2 className={styles.heading} id="functions-heading">
        {t("ui.tabFunctions")}
      </h2>
      <Text size={200} block>
        {t("ui.functionsIntro")}
      </Text>
      <ul className={styles.list} id="functions">
        {functionHelp(locale).map((f) => (
          <li key={f.name}>
            <div className={styles.name}>
              {f.name}({f.params.join(", ")})
            </div>
            <Text size={200}>{f.description}</Text>
          </li>
        ))}
      </ul>
      {namespace && (
        <Text size={200} block>
          {t("ui.functionsNamespace", { namespace })}
        </Text>
      )}
    </section>
  );
}
