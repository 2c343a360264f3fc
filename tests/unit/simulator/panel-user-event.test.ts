import { describe, expect, it } from 'vitest';
import { buildUserEvent } from '@/components/simulator/build-user-event';

describe('buildUserEvent', () => {
  it('builds a follow with the trimmed QR scene', () => {
    expect(buildUserEvent('follow-scene', { scene: ' promo42 ' })).toEqual({
      ok: true,
      event: { type: 'follow', scene: 'promo42' },
    });
  });

  it('requires a scene, a menu key and a voice recognition text', () => {
    expect(buildUserEvent('scan', { scene: '  ' })).toEqual({ ok: false, errors: { scene: 'required' } });
    expect(buildUserEvent('menu-click', {})).toEqual({ ok: false, errors: { key: 'required' } });
    expect(buildUserEvent('voice', {})).toEqual({ ok: false, errors: { recognition: 'required' } });
  });

  it('checks coordinates are numbers in range and keeps an optional label', () => {
    expect(buildUserEvent('location', { latitude: 'north', longitude: '200' })).toEqual({
      ok: false,
      errors: { latitude: 'notNumber', longitude: 'longitudeRange' },
    });
    expect(buildUserEvent('location', { latitude: '-91', longitude: '0' })).toMatchObject({
      errors: { latitude: 'latitudeRange' },
    });
    expect(buildUserEvent('location', { latitude: '31.23', longitude: '121.47', label: 'Bund' })).toEqual({
      ok: true,
      event: { type: 'location', latitude: 31.23, longitude: 121.47, label: 'Bund' },
    });
  });

  it('accepts only http(s) URLs for images and links', () => {
    expect(buildUserEvent('image', { url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      errors: { url: 'badUrl' },
    });
    expect(buildUserEvent('link', { title: '', url: 'https://a.example' })).toEqual({
      ok: false,
      errors: { title: 'required' },
    });
    expect(buildUserEvent('image', { url: 'https://a.example/p.png' })).toEqual({
      ok: true,
      event: {
        type: 'media',
        mediaType: 'image',
        mediaId: 'simulated-image',
        url: 'https://a.example/p.png',
      },
    });
  });
});
