'use client';
import { usePickLocalized } from '../../use-pick-localized';
import { describeTexts } from '../describe/describe-texts';
import { type NodeBodyProps } from './node-body-props';

export function EndBody({ node }: NodeBodyProps<'end'>) {
  const pick = usePickLocalized();
  return (
    <div className="space-y-0.5">
      <p>{pick(describeTexts.end)}</p>
      {node.data.clearVariables ? (
        <p className="text-[11px] text-slate-500">{pick(describeTexts.clearsVariables)}</p>
      ) : null}
    </div>
  );
}
