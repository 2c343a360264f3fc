import { type NodeOfType } from '../../document/flow-node-schema';
import { type CompileContext } from '../compile-context';

export function compileRandomSplit(data: NodeOfType<'random-split'>['data'], ctx: CompileContext) {
  if (data.variants.length === 0) ctx.required('', 'variants');
  else if (data.variants.every((variant) => variant.weight === 0)) {
    ctx.report({ code: 'invalid-value', detail: 'all variant weights are zero' });
  }
  const ids = new Set<string>();
  for (const variant of data.variants) {
    if (variant.id === '') ctx.required('', 'variant.id');
    else if (ids.has(variant.id)) ctx.report({ code: 'duplicate-port', detail: variant.id });
    ids.add(variant.id);
  }
  return { variants: data.variants.map((variant) => ({ id: variant.id, weight: variant.weight })) };
}
