/**
 * The locale of one mounted app, decided once by its entry (the Excel pane from Office's display
 * language, the page from its address) and read by the components below it. There is no
 * process-wide locale: two apps in one page (or a test beside the CLI) can each show their own.
 */
import * as React from "react";
import { translator, type Locale, type Translate } from "../../catalog/messages";

const LocaleContext = React.createContext<Locale>("zh-CN");

export function LocaleProvider({ locale, children }: { locale: Locale; children?: React.ReactNode }): React.ReactElement {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The locale of the app this component is in (zh-CN outside a provider: Chinese first). */
export function useLocale(): Locale {
  return React.useContext(LocaleContext);
}

/** `t` for the app's locale. */
export function useT(): Translate {
  return translator(useLocale());
}
