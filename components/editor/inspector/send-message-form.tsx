'use client';
import { useTranslations } from 'next-intl';
import { type InspectorFormProps } from './inspector-form-props';
import { MessageComposer } from './message-composer';
import { SegmentedControl } from './segmented-control';

export function SendMessageForm({ node, onChange, readOnly }: InspectorFormProps<'send-message'>) {
  const t = useTranslations('inspector.sendMessage');
  const { data } = node;
  return (
    <div data-testid="inspector-send-message" className="flex flex-col gap-3">
      <SegmentedControl
        label={t('mode')}
        value={data.mode}
        disabled={readOnly}
        options={[
          { value: 'all', label: t('modeAll') },
          { value: 'random', label: t('modeRandom') },
        ]}
        onChange={(mode) => onChange({ ...data, mode }, 'mode')}
      />
      <p className="text-xs text-slate-500">{t(data.mode === 'all' ? 'modeAllHint' : 'modeRandomHint')}</p>
      <MessageComposer
        label={t('messages')}
        path="messages"
        messages={data.messages}
        readOnly={readOnly}
        onChange={(messages, field) => onChange({ ...data, messages }, `messages.${field}`)}
      />
    </div>
  );
}
