'use client';
import { useTranslations } from 'next-intl';
import { Chip } from './chip';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

export function TagContactBody({ node }: NodeBodyProps<'tag-contact'>) {
  const t = useTranslations('editorNodes.describe');
  const { add, remove } = node.data;
  if (add.length === 0 && remove.length === 0) return <Placeholder>{t('noTagChanges')}</Placeholder>;
  return (
    <div className="flex flex-wrap gap-1">
      {add.map((tag, index) => (
        <Chip key={`add-${index}`} tone="add">{`+${tag}`}</Chip>
      ))}
      {remove.map((tag, index) => (
        <Chip key={`remove-${index}`} tone="remove">{`−${tag}`}</Chip>
      ))}
    </div>
  );
}
