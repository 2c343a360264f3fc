'use client';
import { useTranslations } from 'next-intl';
import type { ReplyRule } from '../overview/deployment-rows';
import { findingView, type FindingView } from './finding-view';

/** The #position and trigger text of every listed rule, by id (for "hidden by #2 …"). */
export type RuleIndex = ReadonlyMap<string, { order: number; text: string }>;

const tones = {
  danger: 'bg-red-100 text-red-800 ring-red-200',
  warning: 'bg-amber-100 text-amber-900 ring-amber-200',
  info: 'bg-slate-100 text-slate-700 ring-slate-200',
};

/**
 * A rule's findings as badges with an explanation (shown as a tooltip and read by screen readers),
 * then its interrupt and limited flags.
 */
export function RuleStatusCell({ rule, index }: { rule: ReplyRule; index: RuleIndex }) {
  const t = useTranslations('replyRules.status');
  const order = new Map([...index].map(([id, entry]) => [id, entry.order]));
  const badge = (options: {
    key: string;
    tone: keyof typeof tones;
    text: string;
    help: string;
    note?: string;
  }) => (
    <li key={options.key} className="flex flex-col gap-0.5">
      <span
        title={options.help}
        className={`w-fit rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[options.tone]}`}
      >
        {options.text}
      </span>
      {options.note ? <span className="text-xs text-red-800">{options.note}</span> : null}
      <span className="sr-only">{options.help}</span>
    </li>
  );
  const describe = (view: FindingView, byRuleId: string, i: number) => {
    const by = index.get(byRuleId);
    const byText = by ? t('byRule', { order: by.order, trigger: by.text }) : t('byUnknown');
    const values = view.values.join(', ');
    switch (view.kind) {
      case 'shadowed':
        return badge({
          key: String(i),
          tone: view.severity,
          text: t('shadowed'),
          help: t('shadowedHelp', { by: byText }),
          note: t('hiddenBy', { by: byText }),
        });
      case 'partly-shadowed':
        return badge({
          key: String(i),
          tone: view.severity,
          text: t('partly', { values }),
          help: t('partlyHelp', { values, by: byText }),
        });
      case 'conflict':
        return badge({
          key: String(i),
          tone: view.severity,
          text: t('conflict', { order: view.byOrder ?? '?' }),
          help: t('conflictHelp', { values, by: byText }),
        });
    }
  };

  return (
    <ul className="flex flex-col gap-1">
      {rule.findings.map((finding, i) => describe(findingView(finding, order), finding.byRuleId, i))}
      {rule.interrupt
        ? badge({ key: 'interrupt', tone: 'info', text: t('interrupt'), help: t('interruptHelp') })
        : null}
      {rule.limited
        ? badge({ key: 'limited', tone: 'info', text: t('limited'), help: t('limitedHelp') })
        : null}
      {rule.findings.length === 0 && !rule.interrupt && !rule.limited ? (
        <li className="text-xs text-emerald-700">{t('ok')}</li>
      ) : null}
    </ul>
  );
}
