/**
 * One confirmation dialog for the pane, owned by the pane and offered to its tabs as `confirm()`:
 * a question, the items it is about (cells that would be overwritten), and two buttons. The caller
 * gives every text. It lives with the pane (not in the lazily loaded tabs) so that Fluent's dialog
 * is bundled once, inside the pane's first script.
 */
import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";

export interface ConfirmRequest {
  title: string;
  question: string;
  items: readonly string[];
  /** Said after the items when they are not all listed. */
  more?: string;
  confirm: string;
  cancel: string;
}

/** Resolves true when the user confirms, false when they cancel or close the dialog. */
export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const useStyles = makeStyles({
  items: { maxHeight: "160px", overflowY: "auto" },
  list: { margin: 0, paddingLeft: "1.2em" },
  question: { marginTop: 0, marginBottom: tokens.spacingVerticalS },
});

/** The confirm function, and the dialog to render once in the pane. */
export function useConfirm(): [Confirm, React.ReactElement] {
  const styles = useStyles();
  const [open, setOpen] = React.useState<{ request: ConfirmRequest; answer: (yes: boolean) => void } | null>(null);
  const confirm: Confirm = React.useCallback((request) => new Promise<boolean>((resolve) => setOpen({ request, answer: resolve })), []);
  const answer = (yes: boolean) => {
    open?.answer(yes);
    setOpen(null);
  };
  const r = open?.request;
  const dialog = (
    <Dialog open={open !== null} modalType="alert" onOpenChange={(_, d) => !d.open && answer(false)}>
      <DialogSurface id="confirm-dialog">
        <DialogBody>
          <DialogTitle>{r?.title}</DialogTitle>
          <DialogContent>
            <p className={styles.question} id="confirm-question">
              {r?.question}
            </p>
            <div className={styles.items} tabIndex={0} role="region" aria-labelledby="confirm-question">
              <ul className={styles.list} id="confirm-items">
                {(r?.items ?? []).map((item) => (
                  <li key={item}>{item}</li>
                ))}
                {r?.more && <li>{r.more}</li>}
              </ul>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" id="confirm-yes" onClick={() => answer(true)}>
              {r?.confirm}
            </Button>
            <Button id="confirm-no" onClick={() => answer(false)}>
              {r?.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return [confirm, dialog];
}
