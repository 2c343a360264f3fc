'use client';
import { usePickLocalized } from '../../use-pick-localized';
import { describeTexts } from '../describe/describe-texts';
import { Chip } from './chip';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

export function TagContactBody({ node }: NodeBodyProps<'tag-contact'>) {
  const pick = usePickLocalized();
  const { add, remove } = node.data;
  if (add.length === 0 && remove.length === 0)
    return <Placeholder>{pick(describeTexts.noTagChanges)}</Placeholder>;
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
