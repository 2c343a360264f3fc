import { type NodeOfType } from '../../document/flow-node-schema';
import { type CompileContext } from '../compile-context';

/** Checks a keyword rule; its matcher is built by `buildTrigger`. */
export function compileKeywordTrigger(data: NodeOfType<'keyword-trigger'>['data'], ctx: CompileContext) {
  const keywords = data.keywords.filter((keyword) => keyword.trim() !== '');
  if (keywords.length === 0) ctx.required('', 'keywords');
  if (data.match === 'regex') {
    for (const source of keywords) ctx.regex({ source, flags: 'i', field: 'keywords' });
  }
  return {};
}
