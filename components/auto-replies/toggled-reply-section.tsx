'use client';
import { useId, type ReactNode } from 'react';
import { type AutoReplySettings } from '@/core';
import { EnableSwitch } from './enable-switch';
import { ReplyEditor } from './reply-editor';

type ToggledReply = AutoReplySettings['follow'];

export interface ToggledReplySectionProps {
  title: string;
  description: string;
  switchLabel: string;
  value: ToggledReply;
  onChange(value: ToggledReply): void;
  readOnly: boolean;
  /** Settings key of this part (`follow`, `defaultReply`, `offHours`). */
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
  title,
  description,
  switchLabel,
  value,
  onChange,
  readOnly,
  path,
  switchDisabledHint,
  note,
}: ToggledReplySectionProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{description}</p>
      </div>
      <EnableSwitch
        label={switchLabel}
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
    </section>
  );
}
