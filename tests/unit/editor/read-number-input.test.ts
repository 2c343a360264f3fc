import { describe, expect, it } from 'vitest';
import { readNumberInput } from '@/components/editor/inspector/read-number-input';

describe('readNumberInput', () => {
  it('stores numbers within the schema bounds', () => {
    expect(readNumberInput(' 42 ', { min: 0, integer: true })).toEqual({ ok: true, value: 42 });
    expect(readNumberInput('0.5', { min: 0 })).toEqual({ ok: true, value: 0.5 });
    expect(readNumberInput('', { optional: true })).toEqual({ ok: true, value: undefined });
  });

  it('refuses what the server would refuse to save, saying why', () => {
    expect(readNumberInput('', {})).toEqual({ ok: false, problem: 'required' });
    expect(readNumberInput('1e', {})).toEqual({ ok: false, problem: 'notANumber' });
    expect(readNumberInput('2.5', { integer: true })).toEqual({ ok: false, problem: 'wholeNumber' });
    expect(readNumberInput('-1', { min: 0 })).toEqual({ ok: false, problem: 'min' });
    expect(readNumberInput('30001', { min: 100, max: 30_000 })).toEqual({ ok: false, problem: 'max' });
  });
});
