import { describe, expect, it } from 'vitest';
import { changedVariables } from '@/components/simulator/inspect/changed-variables';
import { prettyValue } from '@/components/simulator/inspect/pretty-value';
import { simulation, step, turn } from './trace-fixture';

describe('changedVariables', () => {
  it('lists variables the last step set, changed or removed against the previous turn', () => {
    const sim = simulation([
      step([turn([], { variables: { a: 1, b: { x: 1 }, gone: 'x' } })]),
      step([], { action: { type: 'advance', ms: 1000 } }),
      step([
        turn([], { variables: { a: 1, b: { x: 2 } } }),
        turn([], { variables: { a: 1, b: { x: 2 }, c: '' } }),
      ]),
    ]);
    expect([...changedVariables(sim)].sort()).toEqual(['b', 'c', 'gone']);
  });

  it('is empty when the last step ran no turn, and counts everything set by a first step', () => {
    const first = simulation([step([turn([], { variables: { a: 1 } })])]);
    expect([...changedVariables(first)]).toEqual(['a']);
    const idle = simulation([step([turn([], { variables: { a: 1 } })]), step([])]);
    expect(changedVariables(idle).size).toBe(0);
  });
});

describe('prettyValue', () => {
  it('pretty-prints JSON bodies and objects, and keeps other text as it is', () => {
    expect(prettyValue('{"a":[1,2]}')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(prettyValue({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(prettyValue('{not json')).toBe('{not json');
    expect(prettyValue('plain')).toBe('plain');
    expect(prettyValue(null)).toBe('');
    expect(prettyValue(undefined)).toBe('');
  });

  it('quotes strings for variable values', () => {
    expect(prettyValue('Berlin', { quoteStrings: true })).toBe('"Berlin"');
    expect(prettyValue('{"a":1}', { quoteStrings: true })).toBe('"{\\"a\\":1}"');
    expect(prettyValue(null, { quoteStrings: true })).toBe('null');
    expect(prettyValue(3, { quoteStrings: true })).toBe('3');
  });
});
