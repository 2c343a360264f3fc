import { describeMessage } from '../messages/describe-message';
import { type Message } from '../messages/message-schema';

/** One line of a readable expected-vs-actual comparison of a step's replies. */
export type ReplyDiffLine =
  | { kind: 'same'; index: number; text: string[] }
  | { kind: 'changed'; index: number; expected: string[]; actual: string[] }
  | { kind: 'missing'; index: number; expected: string[] }
  | { kind: 'unexpected'; index: number; actual: string[] };

export interface ReplyComparison {
  ok: boolean;
  lines: ReplyDiffLine[];
}

/** Key order does not matter; undefined members are dropped (as JSON drops them). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function sameMessage(a: Message, b: Message): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Compares the replies a step should produce with those it produced, position by position: equal
 * messages pass; a message that differs, is missing or is extra fails, shown as text lines.
 */
export function compareReplies(expected: readonly Message[], actual: readonly Message[]): ReplyComparison {
  const lines: ReplyDiffLine[] = [];
  let ok = true;
  for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
    const e = expected[index];
    const a = actual[index];
    if (e && a && sameMessage(e, a)) lines.push({ kind: 'same', index, text: describeMessage(a) });
    else {
      ok = false;
      if (e && a)
        lines.push({ kind: 'changed', index, expected: describeMessage(e), actual: describeMessage(a) });
      else if (e) lines.push({ kind: 'missing', index, expected: describeMessage(e) });
      else if (a) lines.push({ kind: 'unexpected', index, actual: describeMessage(a) });
    }
  }
  return { ok, lines };
}
