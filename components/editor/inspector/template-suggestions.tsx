'use client';
import { useTranslations } from 'next-intl';
import { type TemplateVariable } from './template-variable';

export interface TemplateSuggestionsProps {
  listId: string;
  label: string;
  matches: readonly TemplateVariable[];
  activeIndex: number;
  onChoose(name: string): void;
  onHover(index: number): void;
}

/** The `{{` suggestion list; options keep focus in the field (mousedown is swallowed). */
export function TemplateSuggestions({
  listId,
  label,
  matches,
  activeIndex,
  onChoose,
  onHover,
}: TemplateSuggestionsProps) {
  const t = useTranslations('inspector.template');
  return (
    <ul
      id={listId}
      role="listbox"
      aria-label={t('suggestionsFor', { field: label })}
      className="absolute top-full left-0 z-20 mt-1 max-h-56 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
    >
      {matches.map((match, index) => (
        <li
          key={match.name}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          className={`flex cursor-pointer justify-between gap-2 px-3 py-1 ${
            index === activeIndex ? 'bg-brand-50 text-brand-800' : 'text-slate-800'
          }`}
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onHover(index)}
          onClick={() => onChoose(match.name)}
        >
          <span className="font-mono">{match.name}</span>
          <span className="text-xs text-slate-400">{t(`kind.${match.kind}`)}</span>
        </li>
      ))}
    </ul>
  );
}
