import { runClosedLoop } from './closed-loop';
import { type RawResponse } from './post-raw';
import { benchScript } from './runtime-flow';

export interface ScriptedLoadResult {
  /** Messages answered 200 with exactly the expected replies. */
  messages: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-200 answers, network failures and wrong replies. */
  errors: number;
  non200: number;
  mismatches: number;
  /** Contacts that ran the whole script (4 turns) without an error. */
  conversationsCompleted: number;
  /** Distinct contacts (senders, hence conversations) the run started. */
  contacts: number;
  seconds: number;
  /** The first few failures, for the report. */
  sampleErrors: string[];
}

/** One turn of the benchmark script: the message sent and the replies it must get. */
export type ScriptStep = (typeof benchScript)[number];

/** How one answer was judged: a `status` failure counts as non-200, any other as a mismatch. */
export type TurnOutcome = { ok: true } | { ok: false; kind: 'status' | 'mismatch'; detail: string };

/**
 * Closed-loop load playing the benchmark script: each connection runs one new contact after another
 * through every turn, `send` delivering the turn's message and `check` judging the answer. A contact
 * whose turn fails is abandoned (its state is unknown) for a new one. `send` and `check` must not throw.
 */
export async function runScriptedLoad(options: {
  connections: number;
  seconds: number;
  /** The id of the run's `n`th contact (from 1); must be unique across runs sharing a database. */
  nextContactId: (n: number) => string;
  send: (turn: { contact: string; turn: number; step: ScriptStep }) => Promise<RawResponse>;
  check: (answer: RawResponse & { step: ScriptStep; contact: string }) => TurnOutcome;
}): Promise<ScriptedLoadResult> {
  let contacts = 0;
  let conversationsCompleted = 0;
  let non200 = 0;
  let mismatches = 0;
  const sampleErrors: string[] = [];

  const createWorker = () => {
    let contact = '';
    let turn = benchScript.length;
    return async () => {
      if (turn >= benchScript.length) {
        contacts += 1;
        contact = options.nextContactId(contacts);
        turn = 0;
      }
      const step = benchScript[turn]!;
      const { status, raw } = await options.send({ contact, turn, step });
      const outcome = options.check({ status, raw, step, contact });
      if (outcome.ok) {
        turn += 1;
        if (turn === benchScript.length) conversationsCompleted += 1;
        return true;
      }
      if (outcome.kind === 'status') non200 += 1;
      else mismatches += 1;
      if (sampleErrors.length < 5) sampleErrors.push(`"${step.text}": ${outcome.detail}`);
      turn = benchScript.length;
      return false;
    };
  };

  const { connections, seconds: duration } = options;
  const {
    ok: messages,
    perSecond,
    p50Ms,
    p99Ms,
    errors,
    seconds,
  } = await runClosedLoop({
    connections,
    seconds: duration,
    createWorker,
  });
  return {
    messages,
    perSecond,
    p50Ms,
    p99Ms,
    errors,
    non200,
    mismatches,
    conversationsCompleted,
    contacts,
    seconds,
    sampleErrors,
  };
}
