import { describe, expect, it } from 'vitest';
import { customerServiceWindow } from '@/server/channels/wechat/delivery/customer-service-window';

const H = 3600_000;
const now = 1_800_000_000_000;
const facts = (over: Partial<Parameters<typeof customerServiceWindow>[0]>) =>
  customerServiceWindow({
    lastMessageAt: null,
    lastEventAt: null,
    unfollowedAt: null,
    sentSinceMessage: 0,
    sentSinceEvent: 0,
    now,
    ...over,
  });

describe('customerServiceWindow', () => {
  it('opens 5 sends for 48 hours after a message', () => {
    expect(facts({ lastMessageAt: now - 47 * H, sentSinceMessage: 4 })).toEqual({ open: true });
    expect(facts({ lastMessageAt: now - 47 * H, sentSinceMessage: 5 })).toEqual({
      open: false,
      errcode: 45047,
    });
    expect(facts({ lastMessageAt: now - 48 * H })).toEqual({ open: false, errcode: 45015 });
  });

  it('opens 3 sends for a minute after a follow, click or scan', () => {
    expect(facts({ lastEventAt: now - 59_000, sentSinceEvent: 2 })).toEqual({ open: true });
    expect(facts({ lastEventAt: now - 59_000, sentSinceEvent: 3 })).toEqual({ open: false, errcode: 45047 });
    expect(facts({ lastEventAt: now - 60_000 })).toEqual({ open: false, errcode: 45015 });
  });

  it('uses the event window first, then the message window', () => {
    // 3 sends went against the event minute: the message window still has all 5.
    expect(
      facts({ lastMessageAt: now - H, lastEventAt: now - 10_000, sentSinceMessage: 7, sentSinceEvent: 3 }),
    ).toEqual({ open: true });
    expect(
      facts({ lastMessageAt: now - H, lastEventAt: now - 10_000, sentSinceMessage: 8, sentSinceEvent: 3 }),
    ).toEqual({ open: false, errcode: 45047 });
  });

  it('is closed for a user who unfollowed after their last interaction', () => {
    expect(facts({ lastMessageAt: now - H, unfollowedAt: now - 1000 })).toEqual({
      open: false,
      errcode: 45015,
    });
    // Followed again and wrote since: open.
    expect(facts({ lastMessageAt: now - 1000, unfollowedAt: now - H })).toEqual({ open: true });
  });

  it('is closed for a contact who never interacted', () => {
    expect(facts({})).toEqual({ open: false, errcode: 45015 });
  });
});
