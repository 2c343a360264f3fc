'use client';
import { useTranslations } from 'next-intl';
import { type NodeBodyProps } from './node-body-props';

export function EndBody({ node }: NodeBodyProps<'end'>) {
  const t = useTranslations('editorNodes.describe');
  return (
    <div className="space-y-0.5">
      <p>{t('end')}</p>
      {node.data.clearVariables ? <p className="text-[11px] text-slate-500">{t('clearsVariables')}</p> : null}
    </div>
  );
}
