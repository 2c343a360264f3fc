import { describe, expect, it } from 'vitest';
import { formatDiffValue } from '@/components/versions/format-diff-value';

describe('formatDiffValue', () => {
  it('is null for a side that does not exist', () => {
    expect(formatDiffValue(undefined)).toBeNull();
  });

  it('writes values as compact JSON', () => {
    expect(formatDiffValue('hi')).toBe('"hi"');
    expect(formatDiffValue(3)).toBe('3');
    expect(formatDiffValue(null)).toBe('null');
    expect(formatDiffValue(false)).toBe('false');
    expect(formatDiffValue({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
  });

  it('cuts long values by code point with an ellipsis', () => {
    expect(formatDiffValue('abcdefghij', 6)).toBe('"abcd…');
    expect(formatDiffValue('你好世界你好', 5)).toBe('"你好世…');
    expect([...formatDiffValue('x'.repeat(1000))!]).toHaveLength(240);
  });
});
