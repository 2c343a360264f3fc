'use client';
import { useTranslations } from 'next-intl';
import { Chip } from './chip';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

const SHOWN = 6;

export function KeywordTriggerBody({ node }: NodeBodyProps<'keyword-trigger'>) {
  const t = useTranslations();
  const { match, priority, interrupt } = node.data;
  const keywords = node.data.keywords.map((k) => k.trim()).filter(Boolean);
  return (
    <div className="space-y-1.5">
      {keywords.length === 0 ? (
        <Placeholder>{t('editorNodes.describe.noKeywords')}</Placeholder>
      ) : (
        <div className="flex flex-wrap gap-1">
          {keywords.slice(0, SHOWN).map((keyword, index) => (
            <Chip key={`${index}-${keyword}`}>{match === 'regex' ? `/${keyword}/` : keyword}</Chip>
          ))}
          {keywords.length > SHOWN ? (
            <Chip tone="muted">{t('editorNodes.more', { count: keywords.length - SHOWN })}</Chip>
          ) : null}
        </div>
      )}
      <p className="flex flex-wrap gap-x-2 text-[11px] text-slate-500">
        <span>{t(`inspector.keyword.${match}`)}</span>
        {priority !== 0 ? <span>{t('editorNodes.priority', { value: priority })}</span> : null}
        {interrupt ? <span>{t('editorNodes.interrupts')}</span> : null}
      </p>
    </div>
  );
}
