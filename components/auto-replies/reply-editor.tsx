'use client';
import { useTranslations } from 'next-intl';
import { type AutoReplySettings, type Message } from '@/core';
import { defaultMessage } from '@/components/editor/inspector/default-message';
import { moveItem } from '@/components/editor/inspector/move-item';
import { RowActions } from '@/components/editor/inspector/row-actions';
import { SegmentedControl } from '@/components/editor/inspector/segmented-control';
import { Button } from '@/components/ui/button';
import { FieldProblems } from './field-problems';
import { ReplyMessageEditor } from './reply-message-editor';
import { useProblemsAt } from './use-problems-at';

type Reply = AutoReplySettings['follow']['reply'];

/** The schema's limit on messages in one reply. */
export const MAX_REPLY_MESSAGES = 8;
const ADDABLE = ['text', 'image', 'link'] as const;

export interface ReplyEditorProps {
  reply: Reply;
  onChange(reply: Reply): void;
  readOnly: boolean;
  /** Settings path of this reply (`['follow', 'reply']`), for its problems. */
  path: readonly (string | number)[];
}

/** What one auto-reply part sends: up to 8 messages, all of them or one at random. */
export function ReplyEditor({ reply, onChange, readOnly, path }: ReplyEditorProps) {
  const t = useTranslations('autoReplies.reply');
  const tKind = useTranslations('inspector.messages.kind');
  const problems = useProblemsAt(path);
  const setMessages = (messages: Message[]) => onChange({ ...reply, messages });
  const full = reply.messages.length >= MAX_REPLY_MESSAGES;
  return (
    <div className="flex flex-col gap-3">
      <FieldProblems messages={problems} />
      {reply.messages.length === 0 ? <p className="text-sm text-slate-500">{t('empty')}</p> : null}
      <ol className="flex flex-col gap-2">
        {reply.messages.map((message, index) => {
          const title = t('messageTitle', { number: index + 1, kind: tKind(message.kind) });
          return (
            <li
              key={index}
              aria-label={title}
              className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50/60 p-3"
            >
              <div className="flex items-center justify-between gap-2">
                <span className="text-xs font-semibold text-slate-600">{title}</span>
                {readOnly ? null : (
                  <RowActions
                    index={index}
                    count={reply.messages.length}
                    itemLabel={title}
                    onMove={(from, to) => setMessages(moveItem(reply.messages, from, to))}
                    onRemove={(at) => setMessages(reply.messages.filter((_, i) => i !== at))}
                  />
                )}
              </div>
              <ReplyMessageEditor
                message={message}
                readOnly={readOnly}
                onChange={(next) => setMessages(reply.messages.map((m, i) => (i === index ? next : m)))}
              />
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-2">
          {ADDABLE.map((kind) => (
            <Button
              key={kind}
              variant="secondary"
              size="sm"
              disabled={full}
              onClick={() => setMessages([...reply.messages, defaultMessage(kind)])}
            >
              {t(`add.${kind}`)}
            </Button>
          ))}
          {full ? (
            <span className="text-xs text-slate-500">{t('full', { max: MAX_REPLY_MESSAGES })}</span>
          ) : null}
        </div>
      )}
      {reply.messages.length > 1 ? (
        <SegmentedControl
          label={t('mode')}
          value={reply.mode}
          disabled={readOnly}
          options={[
            { value: 'all', label: t('all') },
            { value: 'random', label: t('random') },
          ]}
          onChange={(mode) => onChange({ ...reply, mode })}
        />
      ) : null}
    </div>
  );
}
