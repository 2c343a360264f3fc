import { describe, expect, it } from 'vitest';
import { parseResetForm } from '@/components/simulator/parse-reset-form';
import { testerContact } from '@/components/simulator/tester-contact';
import { simulation, step } from './panel-fixture';

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

describe('testerContact', () => {
  it('keeps what the tester set, not what the flow wrote', () => {
    const setup = { tags: ['vip'], fields: {} };
    const base = simulation([step({ action: { type: 'event', event: { type: 'follow' } } })]);
    base.setup.contact = setup;
    base.contact = { tags: ['vip', 'subscribed'], fields: { city: 'Shanghai' } };
    expect(testerContact(base)).toEqual(setup);
    const changed = simulation([
      ...base.steps,
      step({ action: { type: 'set-contact', contact: { name: 'Mei', tags: [], fields: {} } } }),
      step({ action: { type: 'event', event: { type: 'text', text: 'hi' } } }),
    ]);
    expect(testerContact(changed)).toEqual({ name: 'Mei', tags: [], fields: {} });
  });
});
