import type { InboundEvent, Message, SimulatedContact } from '@/core';
import type { Simulation, TurnTrace } from '@/server/simulator/simulation-schema';

/** What the contact sent that is drawn as their own bubble. */
export type UserInput = Extract<InboundEvent, { type: 'text' | 'media' | 'location' | 'link' }>;

/** A centred line between bubbles: an event, a clock move or something the flow did. */
export type SystemLine =
  | { kind: 'follow'; scene: string | null }
  | { kind: 'scan'; scene: string }
  | { kind: 'unfollow' }
  | { kind: 'menu-click'; key: string }
  | { kind: 'view'; url: string }
  | { kind: 'advance'; ms: number; to: number }
  | { kind: 'set-clock'; to: number }
  | { kind: 'timer-fired'; nodeId: string | null }
  | { kind: 'restart'; nodeId: string }
  | { kind: 'new-conversation'; closed: 'ended' | 'expired' | null }
  | { kind: 'handoff'; nodeId: string; reason: string }
  | { kind: 'handoff-released' }
  | { kind: 'contact'; contact: SimulatedContact }
  | { kind: 'go-to-flow'; flowId: string }
  | { kind: 'http'; nodeId: string; method: string; url: string; status: number; error: string | null }
  | { kind: 'diagnostic'; code: string; message: string; nodeId: string | null };

export type ChatRow =
  | { type: 'user'; key: string; at: number; step: number; input: UserInput }
  | { type: 'bot'; key: string; at: number; step: number; message: Message; nodeId: string | null }
  | {
      type: 'system';
      key: string;
      at: number;
      step: number;
      line: SystemLine;
      tone: 'info' | 'warning' | 'error';
    };

function eventLine(event: InboundEvent): SystemLine | UserInput | null {
  switch (event.type) {
    case 'text':
    case 'media':
    case 'location':
    case 'link':
      return event;
    case 'follow':
      return { kind: 'follow', scene: event.scene ?? null };
    case 'scan':
      return { kind: 'scan', scene: event.scene };
    case 'unfollow':
      return { kind: 'unfollow' };
    case 'menu-click':
      return { kind: 'menu-click', key: event.key };
    case 'view':
      return { kind: 'view', url: event.url };
    default:
      // Timer firings, HTTP results and releases are described from the turns, not the action.
      return null;
  }
}

/** Lines for what a turn did besides replying (conversation changes, handoff, diagnostics). */
function turnLines(turn: TurnTrace, waitTimers: Map<string, string>): SystemLine[] {
  const lines: SystemLine[] = [];
  if (turn.cause.kind === 'event' && turn.cause.event.type === 'timer-fired')
    lines.push({ kind: 'timer-fired', nodeId: waitTimers.get(turn.cause.event.timerId) ?? null });
  if (turn.cause.kind === 'event' && turn.newConversation && turn.closed)
    lines.push({ kind: 'new-conversation', closed: turn.closed });
  for (const effect of turn.effects) {
    if (effect.type === 'handoff')
      lines.push({ kind: 'handoff', nodeId: effect.nodeId, reason: effect.reason });
    else if (effect.type === 'go-to-flow') lines.push({ kind: 'go-to-flow', flowId: effect.flowId });
    else if (effect.type === 'diagnostic')
      lines.push({
        kind: 'diagnostic',
        code: effect.code,
        message: effect.message,
        nodeId: effect.nodeId ?? null,
      });
  }
  return lines;
}

function toneOf(line: SystemLine): 'info' | 'warning' | 'error' {
  if (line.kind === 'http') return line.status >= 200 && line.status < 300 ? 'info' : 'warning';
  if (line.kind !== 'diagnostic') return 'info';
  return line.code === 'step-budget-exceeded' || line.code === 'missing-node' ? 'error' : 'warning';
}

/**
 * Pure: the chat transcript of a simulation, oldest first. Each step gives what the tester did
 * (a bubble for messages the contact sends, a system line for events and clock moves), then per
 * turn the system lines of what happened and the replies that turn sent. Keys are stable across
 * renders (step index + position), so appending a step never re-keys earlier rows.
 */
export function buildChatRows(simulation: Pick<Simulation, 'steps'>): ChatRow[] {
  const rows: ChatRow[] = [];
  // Which node each timer belongs to (a timer-fired turn only names the timer).
  const waitTimers = new Map<string, string>();
  simulation.steps.forEach((step, index) => {
    let n = 0;
    const system = (line: SystemLine, at: number) =>
      rows.push({ type: 'system', key: `${index}.${n++}`, at, step: index, line, tone: toneOf(line) });
    const { action } = step;
    switch (action.type) {
      case 'event': {
        const line = eventLine(action.event);
        if (line && 'kind' in line) system(line, step.at);
        else if (line)
          rows.push({ type: 'user', key: `${index}.${n++}`, at: step.at, step: index, input: line });
        break;
      }
      case 'advance':
        system({ kind: 'advance', ms: action.ms, to: step.clockAfter }, step.at);
        break;
      case 'set-clock':
        system({ kind: 'set-clock', to: step.clockAfter }, step.at);
        break;
      case 'restart':
        system({ kind: 'restart', nodeId: action.nodeId }, step.at);
        break;
      case 'release-handoff':
        system({ kind: 'handoff-released' }, step.at);
        break;
      case 'set-contact':
        system({ kind: 'contact', contact: action.contact }, step.at);
        break;
    }
    // HTTP results feed turns in the order the exchanges were recorded.
    let exchange = 0;
    step.turns.forEach((turn, turnIndex) => {
      const http =
        turn.cause.kind === 'event' && turn.cause.event.type === 'http-result'
          ? step.http[exchange++]
          : undefined;
      if (http)
        system(
          {
            kind: 'http',
            nodeId: http.nodeId,
            method: http.request.method,
            url: http.request.url,
            status: http.response.status,
            error: http.response.error,
          },
          turn.at,
        );
      for (const line of turnLines(turn, waitTimers)) system(line, turn.at);
      for (const reply of step.replies)
        if (reply.turn === turnIndex)
          rows.push({
            type: 'bot',
            key: `${index}.${n++}`,
            at: reply.at,
            step: index,
            message: reply.message,
            nodeId: reply.nodeId,
          });
      if (turn.wait && 'timerId' in turn.wait && turn.wait.timerId)
        waitTimers.set(turn.wait.timerId, turn.wait.nodeId);
    });
  });
  return rows;
}
