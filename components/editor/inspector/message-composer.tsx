'use client';
import { useTranslations } from 'next-intl';
import { type ComponentType } from 'react';
import { type Message, type MessageKind } from '@/core';
import { defaultMessage } from './default-message';
import { type MessageEditorProps } from './message-editor-props';
import { messageEditors } from './message-editors';
import { moveItem } from './move-item';
import { RowActions } from './row-actions';

const KINDS = Object.keys(messageEditors) as MessageKind[];

export interface MessageComposerProps {
  /** Names the list ("Messages", "Prompt"). */
  label: string;
  messages: readonly Message[];
  /** `field` is relative to `path` (`0.text`), for undo coalescing. */
  onChange(messages: Message[], field: string): void;
  readOnly: boolean;
  /** Issue path of the list in the node data (`messages`, `prompt`). */
  path: string;
}

/** Edits a list of messages: add one of a kind, reorder, remove, and a sub-editor per kind. */
export function MessageComposer({ label, messages, onChange, readOnly, path }: MessageComposerProps) {
  const t = useTranslations('inspector.messages');
  const replace = (index: number, message: Message, field: string) =>
    onChange(
      messages.map((m, i) => (i === index ? message : m)),
      `${index}.${field}`,
    );
  return (
    <section aria-label={label} className="flex flex-col gap-3">
      <h3 className="text-sm font-medium text-slate-700">{label}</h3>
      {messages.length === 0 ? <p className="text-xs text-slate-500">{t('empty')}</p> : null}
      {messages.map((message, index) => {
        const Editor = messageEditors[message.kind] as ComponentType<MessageEditorProps<MessageKind>>;
        const title = t('messageTitle', { number: index + 1, kind: t(`kind.${message.kind}`) });
        return (
          <div
            key={index}
            className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50/50 p-2"
          >
            <div className="flex items-center justify-between gap-2">
              <span className="text-xs font-semibold text-slate-600">{title}</span>
              <RowActions
                index={index}
                count={messages.length}
                disabled={readOnly}
                itemLabel={title}
                onMove={(from, to) => onChange(moveItem(messages, from, to), 'order')}
                onRemove={(at) =>
                  onChange(
                    messages.filter((_, i) => i !== at),
                    'order',
                  )
                }
              />
            </div>
            <Editor
              message={message}
              readOnly={readOnly}
              path={`${path}.${index}`}
              onChange={(next, field) => replace(index, next, field)}
            />
          </div>
        );
      })}
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <span>{t('addMessage')}</span>
        <select
          value=""
          disabled={readOnly}
          className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
          onChange={(event) => {
            const kind = event.target.value as MessageKind;
            if (KINDS.includes(kind)) onChange([...messages, defaultMessage(kind)], 'order');
          }}
        >
          <option value="">{t('chooseKind')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
