'use client';
import { useTranslations } from 'next-intl';
import { variantShares } from '../describe/variant-shares';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

/** Each variant with its share of the total weight (weights need not add up to 100). */
export function RandomSplitBody({ node }: NodeBodyProps<'random-split'>) {
  const t = useTranslations('editorNodes.describe');
  const { variants } = node.data;
  if (variants.length === 0) return <Placeholder>{t('noVariants')}</Placeholder>;
  return (
    <ul className="space-y-1">
      {variantShares(variants).map(({ variant, share }) => {
        return (
          <li key={variant.id} className="flex items-center gap-2">
            <span className="w-14 shrink-0 truncate font-medium">{variant.label || variant.id}</span>
            <span className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100">
              <span className="block h-full rounded-full bg-orange-400" style={{ width: `${share}%` }} />
            </span>
            <span className="w-9 shrink-0 text-right text-[11px] text-slate-500 tabular-nums">{share}%</span>
          </li>
        );
      })}
    </ul>
  );
}
