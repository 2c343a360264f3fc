'use client';
import { useTranslations } from 'next-intl';
import { MessagePreview } from './message-preview';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

export function SendMessageBody({ node }: NodeBodyProps<'send-message'>) {
  const t = useTranslations('editorNodes');
  const [first, ...rest] = node.data.messages;
  const random = node.data.mode === 'random' && node.data.messages.length > 1;
  return (
    <div className="space-y-1.5">
      {first ? <MessagePreview message={first} /> : <Placeholder>{t('describe.noMessages')}</Placeholder>}
      {rest.length > 0 || random ? (
        <p className="flex flex-wrap gap-x-2 text-[11px] text-slate-500">
          {rest.length > 0 ? <span>{t('moreMessages', { count: rest.length })}</span> : null}
          {random ? <span className="font-medium text-sky-700">{t('randomOne')}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
