'use client';
import { useTranslations } from 'next-intl';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { InspectSection } from './inspect-section';

/** The test contact as the flow sees it: nickname, tags and custom fields. */
export function ContactSection({ simulation }: { simulation: Simulation }) {
  const t = useTranslations('simulator.inspect.contact');
  const { name, tags, fields } = simulation.contact;
  const fieldEntries = Object.entries(fields);
  return (
    <InspectSection title={t('title')} testId="sim-contact">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-500">{t('nickname')}</dt>
        <dd className="min-w-0 text-slate-800">
          {name ?? <span className="text-slate-400">{t('noNickname')}</span>}
        </dd>
        <dt className="text-slate-500">{t('tags')}</dt>
        <dd className="flex min-w-0 flex-wrap gap-1" data-testid="sim-contact-tags">
          {tags.length === 0 ? <span className="text-slate-400">{t('noTags')}</span> : null}
          {tags.map((tag) => (
            <span key={tag} className="rounded-full bg-slate-100 px-1.5 text-slate-700">
              {tag}
            </span>
          ))}
        </dd>
        <dt className="text-slate-500">{t('fields')}</dt>
        <dd className="min-w-0">
          {fieldEntries.length === 0 ? <span className="text-slate-400">{t('noFields')}</span> : null}
          {fieldEntries.map(([key, value]) => (
            <div key={key} className="break-all">
              <span className="font-mono text-slate-600">{key}</span> = {value}
            </div>
          ))}
        </dd>
      </dl>
    </InspectSection>
  );
}
