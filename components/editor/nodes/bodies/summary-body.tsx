'use client';
import { type FlowNode } from '@/core';
import { usePickLocalized } from '../../use-pick-localized';
import { describeNode } from '../describe-node';

/** The one-line summary as the whole body (nodes whose essence fits one line). */
export function SummaryBody({ node }: { node: FlowNode }) {
  const pick = usePickLocalized();
  return <p className="line-clamp-2 break-words">{describeNode(node, pick)}</p>;
}
