import { simulatedChannels, type SimulatedChannel } from '@/core';
import { localInputToInstant } from './local-input-to-instant';

export interface ResetFormValues {
  channel: string;
  /** `datetime-local` value on the flow's wall clock. */
  startAt: string;
  accountId: string;
  seed: string;
  sessionTimeoutMinutes: string;
}

export type ResetFormError = 'startAtInvalid' | 'seedInvalid' | 'timeoutInvalid' | 'channelInvalid';

export type ParseResetFormResult =
  | {
      ok: true;
      setup: { channel: SimulatedChannel; startAt: number; seed: number; sessionTimeoutMinutes: number };
      accountId: string | null;
    }
  | { ok: false; errors: Partial<Record<keyof ResetFormValues, ResetFormError>> };

function integer(value: string, min: number, max: number): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** Pure: the Reset form as a simulation setup (start time read in `timeZone`) and account, or field errors. */
export function parseResetForm(values: ResetFormValues, timeZone: string): ParseResetFormResult {
  const errors: Partial<Record<keyof ResetFormValues, ResetFormError>> = {};
  const channel = simulatedChannels.find((c) => c === values.channel);
  if (!channel) errors.channel = 'channelInvalid';
  const startAt = localInputToInstant(values.startAt, timeZone);
  if (startAt === null) errors.startAt = 'startAtInvalid';
  const seed = integer(values.seed, 0, 0xffffffff);
  if (seed === null) errors.seed = 'seedInvalid';
  const sessionTimeoutMinutes = integer(values.sessionTimeoutMinutes, 1, 10_080);
  if (sessionTimeoutMinutes === null) errors.sessionTimeoutMinutes = 'timeoutInvalid';
  if (!channel || startAt === null || seed === null || sessionTimeoutMinutes === null)
    return { ok: false, errors };
  return {
    ok: true,
    setup: { channel, startAt, seed, sessionTimeoutMinutes },
    accountId: values.accountId || null,
  };
}
