/** A finding's message as data: the key of the message table and its typed values (rendered later, in src/present). */
import type { MessageKey, MessageParams } from "../../catalog/messages";
import type { FindingDraft } from "../types";

export function message(key: MessageKey, data: MessageParams = {}): Pick<FindingDraft, "messageId" | "data"> {
  return { messageId: key, data };
}
