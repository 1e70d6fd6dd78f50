import { describe, expect, it } from 'vitest';
import { parseSearch, prefixRange } from './search.js';

describe('parseSearch', () => {
  it('reads households in their forms', () => {
    const household = { kind: 'address', building: 3, unit: 2, room: '302' };
    for (const q of ['3-2-302', ' 3 - 2 - 302 ', '3－2－302', '3号楼2单元302', '3号楼2单元302室', '3栋2单元302']) {
      expect(parseSearch(q), q).toEqual(household);
    }
    expect(parseSearch('3-302')).toEqual({ kind: 'address', building: 3, unit: null, room: '302' });
    expect(parseSearch('3号楼')).toEqual({ kind: 'address', building: 3, unit: null, room: null });
    expect(parseSearch('12')).toEqual({ kind: 'address', building: 12, unit: null, room: null });
    expect(parseSearch('3-1-b12')).toEqual({ kind: 'address', building: 3, unit: 1, room: 'B12' });
  });

  it('reads digits as a phone: its start or its tail', () => {
    expect(parseSearch('0001')).toEqual({
      kind: 'phone',
      start: { lo: '0001', hi: '0002' },
      tail: { lo: '1000', hi: '1001' },
    });
    expect(parseSearch('138-0000-0001')).toMatchObject({ kind: 'phone', start: { lo: '13800000001' } });
    expect(parseSearch('１３８')).toMatchObject({ kind: 'phone', start: { lo: '138' } });
  });

  it('reads letters as pinyin and the rest as a name', () => {
    expect(parseSearch('ZXY')).toEqual({ kind: 'pinyin', prefix: { lo: 'zxy', hi: 'zxz' } });
    expect(parseSearch('秀英')).toEqual({
      kind: 'name',
      start: { lo: '秀英', hi: '秀苲' },
      end: prefixRange('英秀'),
    });
    expect(parseSearch('  ')).toEqual({ kind: 'none' });
    expect(parseSearch(null)).toEqual({ kind: 'none' });
  });

  it('makes ranges that hold exactly the texts with the prefix', () => {
    const { lo, hi } = prefixRange('张');
    for (const s of ['张', '张秀英', '张\u{10ffff}']) expect(s >= lo && s < hi, s).toBe(true);
    for (const s of ['弟', '弡', '']) expect(s >= lo && s < hi, s).toBe(false);
    expect(prefixRange('a\u{10ffff}').hi > 'a\u{10ffff}zzz').toBe(true);
  });
});
