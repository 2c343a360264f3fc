import { describe, expect, it } from 'vitest';
import { parseResetForm } from '@/components/simulator/parse-reset-form';

const valid = {
  channel: 'wecom',
  startAt: '2025-03-10T09:00',
  accountId: '',
  seed: '42',
  sessionTimeoutMinutes: '30',
};

describe('parseResetForm', () => {
  it('reads the start time on the flow wall clock and leaves no account as null', () => {
    expect(parseResetForm(valid, 'Asia/Shanghai')).toEqual({
      ok: true,
      setup: { channel: 'wecom', startAt: Date.UTC(2025, 2, 10, 1, 0), seed: 42, sessionTimeoutMinutes: 30 },
      accountId: null,
    });
    expect(parseResetForm({ ...valid, accountId: 'a1' }, 'UTC')).toMatchObject({ accountId: 'a1' });
  });

  it('refuses a bad start time, seed, timeout and channel, each at its field', () => {
    expect(
      parseResetForm(
        { channel: 'sms', startAt: '', accountId: '', seed: '-1', sessionTimeoutMinutes: '0' },
        'UTC',
      ),
    ).toEqual({
      ok: false,
      errors: {
        channel: 'channelInvalid',
        startAt: 'startAtInvalid',
        seed: 'seedInvalid',
        sessionTimeoutMinutes: 'timeoutInvalid',
      },
    });
    expect(parseResetForm({ ...valid, seed: '4294967296' }, 'UTC')).toMatchObject({
      errors: { seed: 'seedInvalid' },
    });
    expect(parseResetForm({ ...valid, sessionTimeoutMinutes: '1.5' }, 'UTC')).toMatchObject({
      errors: { sessionTimeoutMinutes: 'timeoutInvalid' },
    });
  });
});
