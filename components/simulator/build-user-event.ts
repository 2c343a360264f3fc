import type { InboundEvent } from '@/core';

/** The events the composer's Event menu offers that need a small form. */
export type EventFormKind = 'follow-scene' | 'scan' | 'menu-click' | 'location' | 'image' | 'voice' | 'link';

/** Why a field was refused; the form shows `simulator.eventForm.errors.<code>`. */
export type EventFieldError =
  'required' | 'tooLong' | 'notNumber' | 'latitudeRange' | 'longitudeRange' | 'badUrl';

export type EventFormValues = Partial<
  Record<'scene' | 'key' | 'latitude' | 'longitude' | 'label' | 'url' | 'recognition' | 'title', string>
>;

export type BuildUserEventResult =
  | { ok: true; event: InboundEvent }
  | { ok: false; errors: Partial<Record<keyof EventFormValues, EventFieldError>> };

const MAX_TEXT = 200;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Pure: validates an Event form and builds the inbound event it describes. Values are trimmed;
 * every refused field gets one error code (so the form can show them all at once).
 */
export function buildUserEvent(kind: EventFormKind, values: EventFormValues): BuildUserEventResult {
  const errors: Partial<Record<keyof EventFormValues, EventFieldError>> = {};
  const text = (field: keyof EventFormValues, required: boolean): string => {
    const value = (values[field] ?? '').trim();
    if (required && !value) errors[field] = 'required';
    else if (value.length > MAX_TEXT && field !== 'url') errors[field] = 'tooLong';
    return value;
  };
  const url = (field: 'url'): string => {
    const value = text(field, true);
    if (value && !isHttpUrl(value)) errors[field] = 'badUrl';
    return value;
  };
  const coordinate = (field: 'latitude' | 'longitude', limit: number): number => {
    const raw = text(field, true);
    const value = Number(raw);
    if (raw && !Number.isFinite(value)) errors[field] = 'notNumber';
    else if (raw && Math.abs(value) > limit)
      errors[field] = field === 'latitude' ? 'latitudeRange' : 'longitudeRange';
    return value;
  };

  let event: InboundEvent;
  switch (kind) {
    case 'follow-scene':
      event = { type: 'follow', scene: text('scene', true) };
      break;
    case 'scan':
      event = { type: 'scan', scene: text('scene', true) };
      break;
    case 'menu-click':
      event = { type: 'menu-click', key: text('key', true) };
      break;
    case 'location': {
      const latitude = coordinate('latitude', 90);
      const longitude = coordinate('longitude', 180);
      const label = text('label', false);
      event = { type: 'location', latitude, longitude, ...(label ? { label } : {}) };
      break;
    }
    case 'image':
      event = { type: 'media', mediaType: 'image', mediaId: 'simulated-image', url: url('url') };
      break;
    case 'voice':
      event = {
        type: 'media',
        mediaType: 'voice',
        mediaId: 'simulated-voice',
        recognition: text('recognition', true),
      };
      break;
    case 'link': {
      const title = text('title', true);
      event = { type: 'link', title, url: url('url') };
      break;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, event };
}
