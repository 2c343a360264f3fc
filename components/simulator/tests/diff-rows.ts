import { type ReplyDiffLine } from '@/core';
import { assertNever } from '@/core/shared/assert-never';

/**
 * One printed line of a step's reply diff: `same` (grey, both agree), `expected` (red "−": what the
 * test case wants and did not get) or `actual` (green "+": what the flow replied instead).
 * `label` marks the first line of a reply that is wholly missing or unexpected; `reply` is the
 * reply's position (0-based) in the step.
 */
export interface DiffRow {
  kind: 'same' | 'expected' | 'actual';
  sign: ' ' | '−' | '+';
  label: 'missing' | 'unexpected' | null;
  reply: number;
  text: string;
}

/** A reply's text lines as rows; a reply without text still gets one (empty) row. */
function rows(options: {
  kind: DiffRow['kind'];
  reply: number;
  text: readonly string[];
  label?: DiffRow['label'];
}) {
  const { kind, reply, label = null } = options;
  const sign: DiffRow['sign'] = kind === 'same' ? ' ' : kind === 'expected' ? '−' : '+';
  const text = options.text.length > 0 ? options.text : [''];
  return text.map((line, i): DiffRow => ({ kind, sign, label: i === 0 ? label : null, reply, text: line }));
}

/** Pure: flattens ReplyDiffLines into printable rows, expected before actual for a changed reply. */
export function diffRows(lines: readonly ReplyDiffLine[]): DiffRow[] {
  return lines.flatMap((line): DiffRow[] => {
    switch (line.kind) {
      case 'same':
        return rows({ kind: 'same', reply: line.index, text: line.text });
      case 'changed':
        return [
          ...rows({ kind: 'expected', reply: line.index, text: line.expected }),
          ...rows({ kind: 'actual', reply: line.index, text: line.actual }),
        ];
      case 'missing':
        return rows({ kind: 'expected', reply: line.index, text: line.expected, label: 'missing' });
      case 'unexpected':
        return rows({ kind: 'actual', reply: line.index, text: line.actual, label: 'unexpected' });
      default:
        return assertNever(line);
    }
  });
}
