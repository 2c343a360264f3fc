import { createInterface } from 'node:readline';
import { z } from 'zod';
import {
  compileFlow,
  type CompiledFlow,
  contactSchema,
  type ConversationState,
  type Effect,
  type InboundEvent,
  inboundEventSchema,
  initialConversationState,
  step,
} from '@/core';
import { assertNever } from '@/core/shared/assert-never';
import { describeMessage } from '@/core/messages/describe-message';
import { seededRandom } from '@/core/shared/seeded-random';
import { loadFlowFile } from './load-flow-file';

export interface SimulateOptions {
  file: string;
  json: boolean;
  /** Simulated start time (ISO 8601); the real clock when absent. */
  at?: string;
  /** Contact as JSON, e.g. `{"id":"u1","name":"Li","tags":["vip"]}`; id defaults to "simulator". */
  contact?: string;
  input: NodeJS.ReadableStream;
  out: (s: string) => void;
  err: (s: string) => void;
  interactive: boolean;
}

/** Simulator-only lines that move the clock; due timers fire on the way. */
const clockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('advance'), seconds: z.number().min(0) }),
  z.object({ type: z.literal('at'), time: z.iso.datetime({ offset: true }) }),
]);
const lineSchema = z.union([clockSchema, inboundEventSchema]);

function describeEffect(effect: Effect): string[] {
  switch (effect.type) {
    case 'send':
      return describeMessage(effect.message).map((line) => `bot> ${line}`);
    case 'http-request':
      return [
        `  ⇢ HTTP ${effect.method} ${effect.url}${effect.body ? ` ${effect.body}` : ''}`,
        `    answer with {"type":"http-result","requestId":"${effect.requestId}","status":200,"body":{}}`,
      ];
    case 'schedule-timer':
      return [`  ⏱ timer ${effect.timerId} set for ${new Date(effect.fireAt).toISOString()}`];
    case 'cancel-timer':
      return [`  ⏱ timer ${effect.timerId} cancelled`];
    case 'handoff':
      return [
        `  ⇄ handed off to a human (${effect.reason || 'no reason'}); send {"type":"handoff-released"} to release`,
      ];
    case 'tag-contact':
      return [
        `  # tags ${[...effect.add.map((t) => `+${t}`), ...effect.remove.map((t) => `-${t}`)].join(' ')}`,
      ];
    case 'go-to-flow':
      return [`  → go to flow ${effect.flowId}`];
    case 'diagnostic':
      return [`  ! ${effect.code}: ${effect.message}`];
    case 'mark':
      return [];
    default:
      return assertNever(effect);
  }
}

/** Turns one input line into an event or clock move; plain text is a text message. */
function parseLine(line: string): z.infer<typeof lineSchema> | { error: string } {
  if (!line.startsWith('{')) return { type: 'text', text: line };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = lineSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : { error: `not an event: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}` };
}

/** Parses the --at and --contact options; returns a message on failure. */
function parseOptions(opts: SimulateOptions): { now: Date; contact: z.infer<typeof contactSchema> } | string {
  const now = opts.at === undefined ? new Date() : new Date(opts.at);
  if (Number.isNaN(now.getTime())) return `--at "${opts.at}" is not an ISO 8601 time`;
  let raw: unknown = {};
  try {
    if (opts.contact !== undefined) raw = JSON.parse(opts.contact);
  } catch (error) {
    return `--contact is not valid JSON: ${(error as Error).message}`;
  }
  const contact = contactSchema.safeParse({ id: 'simulator', ...(typeof raw === 'object' ? raw : {}) });
  if (!contact.success)
    return `--contact is not a contact: ${z.prettifyError(contact.error).replace(/\n/g, ' ')}`;
  return { now, contact: contact.data };
}

/**
 * `replyflow simulate <flow.json>`: runs a conversation in memory. Reads one line per event
 * (plain text, a JSON event, or a clock move) and prints the bot's replies, or one JSON line per
 * processed event with --json. Exit code 0 when every line was handled, 1 when the flow has
 * errors or an input line was rejected, 2 when the file or the options are unusable.
 */
export async function runSimulate(opts: SimulateOptions): Promise<number> {
  const loaded = await loadFlowFile(opts.file);
  if (!loaded.ok) {
    opts.err(`replyflow: ${loaded.message}`);
    return 2;
  }
  const options = parseOptions(opts);
  if (typeof options === 'string') {
    opts.err(`replyflow: ${options}`);
    return 2;
  }
  const { compiled, diagnostics } = compileFlow(loaded.document);
  if (!compiled) {
    opts.err(`replyflow: ${opts.file} has errors; run "replyflow validate ${opts.file}" for details`);
    for (const d of diagnostics.filter((d) => d.severity === 'error')) opts.err(`  ${d.code}: ${d.message}`);
    return 1;
  }
  const session = createSession({ compiled, now: options.now, contact: options.contact, opts });
  if (opts.interactive) opts.out('Type a message or a JSON event per line; Ctrl-D ends the simulation.');
  let rejected = 0;
  for await (const rawLine of createInterface({ input: opts.input, crlfDelay: Infinity })) {
    const line = rawLine.trim();
    if (line === '') continue;
    const parsed = parseLine(line);
    if ('error' in parsed) {
      rejected += 1;
      opts.err(`replyflow: line ignored, ${parsed.error}`);
    } else if (parsed.type === 'advance') {
      session.moveClock(new Date(session.now().getTime() + parsed.seconds * 1000));
    } else if (parsed.type === 'at') {
      session.moveClock(new Date(parsed.time));
    } else {
      session.deliver(parsed);
    }
  }
  return rejected === 0 ? 0 : 1;
}

function createSession(options: {
  compiled: CompiledFlow;
  now: Date;
  contact: z.infer<typeof contactSchema>;
  opts: SimulateOptions;
}) {
  const { compiled, opts } = options;
  let now = options.now;
  let state: ConversationState = initialConversationState({ compiled, contact: options.contact });
  const random = seededRandom(1).next;
  const timers = new Map<string, number>();

  const deliver = (event: InboundEvent) => {
    const result = step(compiled, state, event, { now, random });
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'schedule-timer') timers.set(effect.timerId, effect.fireAt);
      if (effect.type === 'cancel-timer') timers.delete(effect.timerId);
    }
    if (opts.json) {
      opts.out(JSON.stringify({ at: now.toISOString(), event, effects: result.effects, wait: state.wait }));
    } else {
      for (const effect of result.effects) for (const line of describeEffect(effect)) opts.out(line);
    }
  };

  const moveClock = (target: Date) => {
    for (;;) {
      const due = [...timers].filter(([, at]) => at <= target.getTime()).sort((a, b) => a[1] - b[1])[0];
      if (!due) break;
      timers.delete(due[0]);
      now = new Date(Math.max(now.getTime(), due[1]));
      if (!opts.json) opts.out(`  ⏱ ${now.toISOString()}: timer ${due[0]} fired`);
      deliver({ type: 'timer-fired', timerId: due[0] });
    }
    if (target.getTime() > now.getTime()) now = target;
  };

  return { deliver, moveClock, now: () => now };
}
