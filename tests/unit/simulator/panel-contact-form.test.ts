import { describe, expect, it } from 'vitest';
import { parseContactForm } from '@/components/simulator/parse-contact-form';

describe('parseContactForm', () => {
  it('trims, drops empty and duplicate tags and empty field rows', () => {
    expect(
      parseContactForm({
        name: ' Ada ',
        tags: ['vip', ' vip', '', 'new'],
        fields: [
          { key: 'city', value: 'Shanghai' },
          { key: '', value: '' },
        ],
      }),
    ).toEqual({ ok: true, contact: { name: 'Ada', tags: ['vip', 'new'], fields: { city: 'Shanghai' } } });
  });

  it('leaves the nickname out when empty', () => {
    expect(parseContactForm({ name: ' ', tags: [], fields: [] })).toEqual({
      ok: true,
      contact: { tags: [], fields: {} },
    });
  });

  it('refuses a value without a key and a key used twice, at their rows', () => {
    const result = parseContactForm({
      name: '',
      tags: [],
      fields: [
        { key: 'a', value: '1' },
        { key: '', value: 'orphan' },
        { key: 'a', value: '2' },
      ],
    });
    expect(result).toEqual({ ok: false, errors: { fields: [null, 'keyRequired', 'keyTaken'] } });
  });

  it('refuses a nickname or tag that is too long', () => {
    const result = parseContactForm({ name: 'x'.repeat(101), tags: ['y'.repeat(51)], fields: [] });
    expect(result).toMatchObject({ ok: false, errors: { name: 'nameTooLong', tags: 'tagTooLong' } });
  });
});
