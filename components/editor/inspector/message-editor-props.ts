import { type Message, type MessageKind } from '@/core';

export type MessageOfKind<K extends MessageKind> = Extract<Message, { kind: K }>;

/** What a per-kind message editor receives; `field` names the edited field (undo coalescing). */
export interface MessageEditorProps<K extends MessageKind> {
  message: MessageOfKind<K>;
  onChange(message: MessageOfKind<K>, field: string): void;
  readOnly: boolean;
  /** Issue path of this message in the node data (`messages.0`), for field errors. */
  path: string;
}
