import { describe, expect, it } from 'vitest';
import { detailText, filtersFrom, queryOf } from './audit-view';

const t = (key: string, options?: { values?: Record<string, unknown> }) =>
  options?.values ? `${key}(${Object.values(options.values).join(',')})` : key;

describe('the audit log page', () => {
  const id = '0b7c8a52-3c1e-4d7e-9a61-2f1f3d9a1b10';

  it('reads its filters from the address, ignoring what is malformed', () => {
    expect(filtersFrom(new URLSearchParams(`action=CARD_ISSUED&resident=${id}&staff=nope`))).toEqual({
      action: 'CARD_ISSUED',
      residentId: id,
      staffId: null,
    });
    expect(filtersFrom(new URLSearchParams('action=DROP_TABLE'))).toEqual({
      action: null,
      residentId: null,
      staffId: null,
    });
  });

  it('writes them back so that a link or the back button restores them', () => {
    const f = { action: 'RESIDENT_VIEWED', residentId: null, staffId: id };
    expect(filtersFrom(new URLSearchParams(queryOf(f)))).toEqual(f);
    expect(queryOf({ action: null, residentId: null, staffId: null })).toBe('');
  });

  it('says a line’s detail in words', () => {
    expect(detailText('RESIDENT_EDITED', '{"changed":["room","phone"]}', t)).toBe(
      'audit.detail.changed(audit.field.roomaudit.listSeparatoraudit.field.phone)',
    );
    expect(detailText('CARD_ISSUED', '{"replaced":true}', t)).toBe('audit.detail.replaced');
    expect(detailText('CARD_ISSUED', '{"replaced":false}', t)).toBe('audit.detail.firstCard');
    expect(detailText('ROSTER_IMPORTED', '{"created":3,"updated":1}', t)).toBe(
      'audit.detail.created(3)audit.listSeparatoraudit.detail.updated(1)',
    );
    expect(detailText('CARD_ISSUED', 'not json', t)).toBe('');
    expect(detailText('CARD_ISSUED', null, t)).toBe('');
  });
});
