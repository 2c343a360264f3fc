import { describe, expect, it } from 'vitest';
import { VisitorTokens } from '@/server/runtime/webchat/visitor-token';

describe('web chat visitor tokens', () => {
  const tokens = new VisitorTokens('key-one');

  it('verifies its own tokens for the channel they were issued for only', () => {
    const { visitorId, token } = tokens.issue('channel-a');
    expect(tokens.verify('channel-a', token)).toBe(visitorId);
    expect(tokens.verify('channel-b', token)).toBeNull();
    expect(new VisitorTokens('key-two').verify('channel-a', token)).toBeNull();
  });

  it('refuses tampered and malformed tokens', () => {
    const { token } = tokens.issue('channel-a');
    const [id, sig] = token.split('.') as [string, string];
    expect(tokens.verify('channel-a', `${id}x.${sig}`)).toBeNull();
    expect(tokens.verify('channel-a', `${id}.${sig.slice(0, -2)}AA`)).toBeNull();
    expect(tokens.verify('channel-a', id)).toBeNull();
    expect(tokens.verify('channel-a', `.${sig}`)).toBeNull();
    expect(tokens.verify('channel-a', `${id}.`)).toBeNull();
  });

  it('issues a different visitor each time', () => {
    expect(tokens.issue('c').visitorId).not.toBe(tokens.issue('c').visitorId);
  });
});
