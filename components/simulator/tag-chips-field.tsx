'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** Tags as removable chips, with an input that adds one on Enter or comma (or the Add button). */
export function TagChipsField(props: {
  tags: string[];
  error: string | null;
  onChange: (tags: string[]) => void;
}) {
  const t = useTranslations('simulator.contact');
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    const tag = draft.trim();
    if (tag && !props.tags.includes(tag)) props.onChange([...props.tags, tag]);
    setDraft('');
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {t('tags')}
      </label>
      <ul className="flex flex-wrap gap-1" aria-label={t('tags')}>
        {props.tags.map((tag) => (
          <li
            key={tag}
            data-testid="sim-contact-tag"
            className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2 text-xs"
          >
            {tag}
            <button
              type="button"
              aria-label={t('removeTag', { tag })}
              onClick={() => props.onChange(props.tags.filter((x) => x !== tag))}
              className="rounded-full px-1 text-slate-500 hover:bg-slate-200"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-1">
        <input
          id={id}
          data-testid="sim-contact-tag-input"
          value={draft}
          placeholder={t('tagPlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
          aria-invalid={props.error ? true : undefined}
          className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 px-2 text-sm"
        />
        <button
          type="button"
          onClick={add}
          className="h-8 rounded-md px-2 text-sm ring-1 ring-slate-300 hover:bg-slate-50"
        >
          {t('addTag')}
        </button>
      </div>
      {props.error ? (
        <p role="alert" className="text-sm text-red-600">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
