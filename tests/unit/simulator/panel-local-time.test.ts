import { describe, expect, it } from 'vitest';
import { instantToLocalInput } from '@/components/simulator/instant-to-local-input';
import { localInputToInstant } from '@/components/simulator/local-input-to-instant';

describe('local date-time input in the flow time zone', () => {
  it('reads a wall clock in the given zone', () => {
    expect(localInputToInstant('2025-03-10T09:30', 'Asia/Shanghai')).toBe(Date.UTC(2025, 2, 10, 1, 30));
    expect(localInputToInstant('2025-07-01T12:00', 'America/New_York')).toBe(Date.UTC(2025, 6, 1, 16, 0));
  });

  it('refuses empty and impossible values', () => {
    expect(localInputToInstant('', 'UTC')).toBeNull();
    expect(localInputToInstant('2025-02-30T10:00', 'UTC')).toBeNull();
    expect(localInputToInstant('2025-02-10T24:00', 'UTC')).toBeNull();
  });

  it('round-trips through the input value', () => {
    const at = Date.UTC(2025, 10, 3, 22, 5);
    expect(instantToLocalInput(at, 'Asia/Shanghai')).toBe('2025-11-04T06:05');
    expect(localInputToInstant(instantToLocalInput(at, 'Europe/Berlin'), 'Europe/Berlin')).toBe(at);
  });
});
