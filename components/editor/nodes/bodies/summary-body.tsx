'use client';
import { type FlowNode } from '@/core';
import { useTranslations } from 'next-intl';
import { describeNode } from '../describe-node';

/** The one-line summary as the whole body (nodes whose essence fits one line). */
export function SummaryBody({ node }: { node: FlowNode }) {
  const t = useTranslations();
  return <p className="line-clamp-2 break-words">{describeNode(node, t)}</p>;
}
