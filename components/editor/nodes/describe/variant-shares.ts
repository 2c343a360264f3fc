import { type NodeOfType } from '@/core';

type Variant = NodeOfType<'random-split'>['data']['variants'][number];

/** Each variant's rounded percentage of the total weight (0 for all when the total is 0). */
export function variantShares(variants: Variant[]): Array<{ variant: Variant; share: number }> {
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  return variants.map((variant) => ({
    variant,
    share: total > 0 ? Math.round((variant.weight / total) * 100) : 0,
  }));
}
