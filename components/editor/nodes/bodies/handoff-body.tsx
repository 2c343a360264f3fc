'use client';
import { useTranslations } from 'next-intl';
import { type NodeBodyProps } from './node-body-props';
import { SummaryBody } from './summary-body';

export function HandoffBody({ node }: NodeBodyProps<'handoff'>) {
  const t = useTranslations('editorNodes');
  const count = node.data.messages.length;
  return (
    <div className="space-y-0.5">
      <SummaryBody node={node} />
      {count > 0 ? <p className="text-[11px] text-slate-500">{t('sendsFirst', { count })}</p> : null}
    </div>
  );
}
