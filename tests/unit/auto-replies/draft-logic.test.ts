import { describe, expect, it } from 'vitest';
import { emptyAutoReplySettings } from '@/core';
import { addHoliday } from '@/components/auto-replies/add-holiday';
import { draftTextSummary } from '@/components/auto-replies/draft-text-summary';
import { sameSettings } from '@/components/auto-replies/same-settings';
import { WEEKDAYS, toggleWeekday } from '@/components/auto-replies/weekdays';

describe('sameSettings (dirty check)', () => {
  it('is true for equal content with different key order or identity', () => {
    const a = emptyAutoReplySettings();
    const b = emptyAutoReplySettings();
    expect(sameSettings(a, b)).toBe(true);
    const reordered = { ...b, follow: { reply: b.follow.reply, enabled: b.follow.enabled } };
    expect(sameSettings(a, reordered)).toBe(true);
  });

  it('sees any edit, including array order', () => {
    const a = emptyAutoReplySettings();
    expect(sameSettings(a, { ...a, follow: { ...a.follow, enabled: true } })).toBe(false);
    const days = { ...a, businessHours: { ...a.businessHours, days: [...a.businessHours.days].reverse() } };
    expect(sameSettings(a, days)).toBe(false);
  });
});

describe('weekdays', () => {
  it('lists Monday first and Sunday (0) last', () => {
    expect(WEEKDAYS.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('toggles a day, sorted Monday first, without duplicates', () => {
    expect(toggleWeekday([1, 2, 3, 4, 5], 0)).toEqual([1, 2, 3, 4, 5, 0]);
    expect(toggleWeekday([0, 6, 1], 6)).toEqual([1, 0]);
    expect(toggleWeekday([3, 3], 3)).toEqual([]);
    expect(toggleWeekday([], 6)).toEqual([6]);
  });
});

describe('addHoliday', () => {
  it('adds a date sorted and once', () => {
    expect(addHoliday(['2026-10-01'], '2026-01-01')).toEqual(['2026-01-01', '2026-10-01']);
    expect(addHoliday(['2026-10-01'], '2026-10-01')).toEqual(['2026-10-01']);
  });

  it('ignores something that is not a date', () => {
    expect(addHoliday([], '')).toEqual([]);
    expect(addHoliday([], '1 Oct')).toEqual([]);
  });
});

describe('draftTextSummary', () => {
  const labels = {
    follow: 'Welcome reply',
    defaultReply: 'Default reply',
    offHours: 'Off-hours reply',
    keywords: 'Keywords',
    rule: (n: number, name: string) => `Rule ${n}${name ? `: ${name}` : ''}`,
  };

  it('lists what was written, part by part, leaving out empty parts', () => {
    const settings = emptyAutoReplySettings();
    settings.follow.reply.messages = [{ kind: 'text', text: 'Welcome!' }];
    settings.keywordRules = [
      {
        id: 'r-1',
        name: 'Hours',
        keywords: ['hours', '营业时间'],
        match: 'exact',
        priority: 0,
        enabled: true,
        reply: {
          mode: 'all',
          messages: [
            { kind: 'text', text: '9-18' },
            { kind: 'text', text: ' ' },
          ],
        },
      },
    ];
    settings.defaultReply.reply.messages = [{ kind: 'image', url: 'https://x.test/a.png', mediaId: '' }];
    expect(draftTextSummary(settings, labels)).toBe(
      [
        '## Welcome reply\nWelcome!',
        '## Rule 1: Hours\nKeywords: hours, 营业时间\n9-18',
        '## Default reply\nhttps://x.test/a.png',
      ].join('\n\n'),
    );
  });

  it('is empty when nothing was written', () => {
    expect(draftTextSummary(emptyAutoReplySettings(), labels)).toBe('');
  });
});
