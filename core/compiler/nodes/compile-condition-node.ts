import { type NodeOfType } from '../../document/flow-node-schema';
import { type Condition } from '../../document/nodes/condition-schema';
import { assertNever } from '../../shared/assert-never';
import { type CompileContext } from '../compile-context';
import { compileTimeWindow } from '../compile-time-window';
import { type CompiledCondition } from '../compiled-node-schema';

function compileCondition(condition: Condition, ctx: CompileContext): CompiledCondition {
  const { negate } = condition;
  switch (condition.kind) {
    case 'compare':
      return {
        kind: 'compare',
        subject: ctx.subject(condition.subject, 'subject'),
        operator: condition.operator,
        value: ctx.template(condition.value),
        negate,
      };
    case 'contains':
      ctx.required(condition.value, 'value');
      return {
        kind: 'contains',
        subject: ctx.subject(condition.subject, 'subject'),
        value: ctx.template(condition.value),
        negate,
      };
    case 'regex': {
      const regex = ctx.regex({ source: condition.pattern, flags: condition.flags, field: 'pattern' });
      return { kind: 'regex', subject: ctx.subject(condition.subject, 'subject'), regex, negate };
    }
    case 'is-set':
      return { kind: 'is-set', subject: ctx.subject(condition.subject, 'subject'), negate };
    case 'has-tag':
      ctx.required(condition.tag, 'tag');
      return { kind: 'has-tag', tag: condition.tag, negate };
    case 'channel':
      ctx.required(condition.channel, 'channel');
      return { kind: 'channel', channel: condition.channel, negate };
    case 'time-window':
      return { kind: 'time-window', window: compileTimeWindow(condition.window, ctx), negate };
    default:
      return assertNever(condition);
  }
}

/** True for a condition that holds at every instant for every contact. */
function isAlwaysTrue(condition: Condition): boolean {
  if (condition.kind !== 'time-window' || condition.negate) return false;
  const { days, hours, dates, holidays } = condition.window;
  return (
    days === undefined && (hours ?? []).length === 0 && dates === undefined && (holidays ?? []).length === 0
  );
}

/** Compiles ordered branches; a branch after one that always matches is reported unreachable. */
export function compileConditionNode(data: NodeOfType<'condition'>['data'], ctx: CompileContext) {
  const ids = new Set<string>(['else']);
  let alwaysTakenBy: string | null = null;
  const branches = data.branches.map((branch) => {
    if (branch.id === '') ctx.required('', 'branch.id');
    else if (ids.has(branch.id)) ctx.report({ code: 'duplicate-port', detail: branch.id });
    ids.add(branch.id);
    if (alwaysTakenBy !== null) ctx.report({ code: 'unreachable-branch', detail: branch.label || branch.id });
    const always =
      branch.match === 'all' ? branch.conditions.every(isAlwaysTrue) : branch.conditions.some(isAlwaysTrue);
    if (always && alwaysTakenBy === null) alwaysTakenBy = branch.id;
    return {
      id: branch.id,
      match: branch.match,
      conditions: branch.conditions.map((c) => compileCondition(c, ctx)),
    };
  });
  if (alwaysTakenBy !== null) ctx.report({ code: 'unreachable-branch', detail: 'else' });
  return { branches };
}
