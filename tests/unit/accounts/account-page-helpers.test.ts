import { describe, expect, it } from 'vitest';
import { parseAccountTab, tabAfterKey } from '@/components/accounts/overview/account-tab';
import { parsePriority } from '@/components/accounts/overview/parse-priority';

describe('parsePriority', () => {
  it('accepts whole numbers within -1000..1000', () => {
    expect(parsePriority('0')).toBe(0);
    expect(parsePriority(' 10 ')).toBe(10);
    expect(parsePriority('-1000')).toBe(-1000);
    expect(parsePriority('+1000')).toBe(1000);
  });
  it('rejects anything else', () => {
    for (const text of ['', ' ', '1.5', '1e3', 'abc', '1001', '-1001', '0x10']) {
      expect(parsePriority(text)).toBeNull();
    }
  });
});

describe('account tabs', () => {
  it('opens the overview for a missing or unknown ?tab=', () => {
    expect(parseAccountTab(null)).toBe('overview');
    expect(parseAccountTab('nope')).toBe('overview');
    expect(parseAccountTab('rules')).toBe('rules');
    expect(parseAccountTab('auto-replies')).toBe('auto-replies');
  });
  it('moves with arrows (wrapping), Home and End', () => {
    expect(tabAfterKey('overview', 'ArrowRight')).toBe('rules');
    expect(tabAfterKey('overview', 'ArrowLeft')).toBe('settings');
    expect(tabAfterKey('settings', 'ArrowRight')).toBe('overview');
    expect(tabAfterKey('channels', 'Home')).toBe('overview');
    expect(tabAfterKey('rules', 'End')).toBe('settings');
    expect(tabAfterKey('rules', 'Enter')).toBeNull();
  });
});
