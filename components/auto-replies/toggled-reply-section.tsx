'use client';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { type AutoReplySettings } from '@/core';
import { AutoReplySection } from './auto-reply-section';
import { EnableSwitch } from './enable-switch';
import { ReplyEditor } from './reply-editor';

type ToggledReply = AutoReplySettings['follow'];

export interface ToggledReplySectionProps {
  value: ToggledReply;
  onChange(value: ToggledReply): void;
  readOnly: boolean;
  /** Settings key of this part (`follow`, `defaultReply`, `offHours`); also names its messages. */
  path: 'follow' | 'defaultReply' | 'offHours';
  /** The switch is disabled (with this hint) when set. */
  switchDisabledHint?: string | null;
  /** Shown under the switch (e.g. why the part currently has no effect). */
  note?: ReactNode;
}

/**
 * A part that is on or off with one reply (welcome, default, off-hours). Turning it on with no
 * message adds an empty text message; its reply is edited only while it is on.
 */
export function ToggledReplySection({
  value,
  onChange,
  readOnly,
  path,
  switchDisabledHint,
  note,
}: ToggledReplySectionProps) {
  const t = useTranslations(`autoReplies.${path}`);
  return (
    <AutoReplySection title={t('title')} description={t('description')}>
      <EnableSwitch
        label={t('enable')}
        checked={value.enabled}
        disabled={readOnly || Boolean(switchDisabledHint)}
        hint={switchDisabledHint ?? undefined}
        onChange={(enabled) =>
          onChange({
            enabled,
            reply:
              enabled && value.reply.messages.length === 0
                ? { ...value.reply, messages: [{ kind: 'text', text: '' }] }
                : value.reply,
          })
        }
      />
      {note}
      {value.enabled ? (
        <ReplyEditor
          reply={value.reply}
          readOnly={readOnly}
          path={[path, 'reply']}
          onChange={(reply) => onChange({ ...value, reply })}
        />
      ) : null}
    </AutoReplySection>
  );
}
