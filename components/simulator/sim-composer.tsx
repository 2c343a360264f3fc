'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { SimulationAction } from '@/core';
import type { EventFormKind } from './build-user-event';
import { EventFormDialog } from './event-form-dialog';
import { MenuButton, type MenuItem } from './menu-button';

/**
 * What the tester sends: a text (Enter sends) or an event from the Event menu. Text and event forms
 * are kept when an action fails, so nothing typed is lost; the text clears once it was applied.
 */
export function SimComposer(props: {
  pending: boolean;
  inHandoff: boolean;
  /** The simulator's last error, already in the user's language (shown in open event forms). */
  error: string | null;
  onAct: (action: SimulationAction) => Promise<boolean>;
  /** Forgets the last error (an event form opens without an old one). */
  onClearError: () => void;
}) {
  const t = useTranslations('simulator.composer');
  const [text, setText] = useState('');
  const [form, setForm] = useState<EventFormKind | null>(null);
  const { pending, onAct } = props;

  const send = async () => {
    const value = text.trim();
    if (!value || pending) return;
    // Clear only what was sent: text typed while it was on its way stays.
    if (await onAct({ type: 'event', event: { type: 'text', text: value } }))
      setText((current) => (current.trim() === value ? '' : current));
  };
  const instant = (key: string, action: SimulationAction): MenuItem => ({
    key,
    label: t(`events.${key}`),
    testId: `sim-event-${key}`,
    onSelect: () => void onAct(action),
  });
  const withForm = (kind: EventFormKind): MenuItem => ({
    key: kind,
    label: t(`events.${kind}`),
    testId: `sim-event-${kind}`,
    onSelect: () => {
      props.onClearError();
      setForm(kind);
    },
  });
  const items: MenuItem[] = [
    instant('follow', { type: 'event', event: { type: 'follow' } }),
    withForm('follow-scene'),
    withForm('scan'),
    withForm('menu-click'),
    withForm('location'),
    withForm('image'),
    withForm('voice'),
    withForm('link'),
    instant('unfollow', { type: 'event', event: { type: 'unfollow' } }),
    ...(props.inHandoff ? [instant('release-handoff', { type: 'release-handoff' })] : []),
  ];

  return (
    <div className="flex items-center gap-2 border-t border-slate-200 bg-white p-2">
      <MenuButton
        label={t('event')}
        testId="sim-event-menu"
        items={items}
        disabled={pending}
        placement="up"
      />
      <form
        className="flex min-w-0 flex-1 gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <input
          data-testid="sim-input"
          aria-label={t('placeholder')}
          placeholder={t('placeholder')}
          value={text}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
        />
        <button
          type="submit"
          data-testid="sim-send"
          disabled={pending || !text.trim()}
          className="h-8 rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {pending ? t('sending') : t('send')}
        </button>
      </form>
      <EventFormDialog
        kind={form}
        pending={pending}
        error={props.error}
        onClose={() => setForm(null)}
        onSend={(event) => onAct({ type: 'event', event })}
      />
    </div>
  );
}
