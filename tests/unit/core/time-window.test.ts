import { describe, expect, it } from 'vitest';
import { isWithinTimeWindow } from '@/core/time/is-within-time-window';
import { nextTimeWithinWindow } from '@/core/time/next-time-within-window';
import { type TimeWindow } from '@/core/time/time-window-schema';

const tz = 'Asia/Shanghai';
const within = (window: TimeWindow, iso: string) =>
  isWithinTimeWindow({ window, at: new Date(iso), defaultTimezone: tz });

describe('isWithinTimeWindow', () => {
  const office: TimeWindow = { days: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '18:00' }] };
  it.each([
    ['Mon 09:00 Shanghai', '2026-03-02T01:00:00Z', true],
    ['Mon 08:59 Shanghai', '2026-03-02T00:59:00Z', false],
    ['Mon 18:00 Shanghai (end exclusive)', '2026-03-02T10:00:00Z', false],
    ['Sat 10:00 Shanghai', '2026-03-07T02:00:00Z', false],
    ['Sun 23:00 UTC is Mon 07:00 Shanghai', '2026-03-01T23:00:00Z', false],
    ['Mon 01:30 UTC is Mon 09:30 Shanghai', '2026-03-02T01:30:00Z', true],
  ])('office hours: %s', (_name, iso, expected) => expect(within(office, iso)).toBe(expected));

  it('handles overnight ranges on the day they start', () => {
    const night: TimeWindow = { days: [5], hours: [{ start: '22:00', end: '02:00' }] };
    expect(within(night, '2026-03-06T15:00:00Z')).toBe(true); // Fri 23:00
    expect(within(night, '2026-03-06T17:00:00Z')).toBe(true); // Sat 01:00, started Friday
    expect(within(night, '2026-03-07T17:00:00Z')).toBe(false); // Sun 01:00
  });
  it('excludes holidays and honours date ranges and explicit zones', () => {
    expect(within({ ...office, holidays: ['2026-03-02'] }, '2026-03-02T02:00:00Z')).toBe(false);
    expect(within({ dates: [{ from: '2026-03-02', to: '2026-03-02' }] }, '2026-03-02T02:00:00Z')).toBe(true);
    expect(within({ ...office, timezone: 'Europe/London' }, '2026-03-02T02:00:00Z')).toBe(false);
  });
});

describe('nextTimeWithinWindow', () => {
  const next = (window: TimeWindow, iso: string) =>
    nextTimeWithinWindow({ window, from: new Date(iso), defaultTimezone: tz })?.toISOString() ?? null;
  it('returns the instant itself when open', () =>
    expect(next({ hours: [{ start: '09:00', end: '18:00' }] }, '2026-03-02T02:00:00.000Z')).toBe(
      '2026-03-02T02:00:00.000Z',
    ));
  it('moves to the next opening, skipping weekends and holidays', () => {
    const window: TimeWindow = {
      days: [1, 2, 3, 4, 5],
      hours: [{ start: '09:00', end: '18:00' }],
      holidays: ['2026-03-09'],
    };
    // Fri 19:00 Shanghai → Tue 09:00 (Mon is a holiday)
    expect(next(window, '2026-03-06T11:00:00Z')).toBe('2026-03-10T01:00:00.000Z');
  });
  it('finds short windows inside an hour', () =>
    expect(next({ hours: [{ start: '12:10', end: '12:20' }] }, '2026-03-02T02:00:00Z')).toBe(
      '2026-03-02T04:10:00.000Z',
    ));
  it('gives up on windows that never open', () =>
    expect(next({ dates: [{ from: '2020-01-01', to: '2020-01-02' }] }, '2026-03-02T02:00:00Z')).toBeNull());
});
