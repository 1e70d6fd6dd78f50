import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  pageNumbers,
  readState,
  toggleChip,
  variables,
  withBuilding,
  withHousehold,
  withPage,
  withSearch,
  writeState,
} from './residents-query';

const read = (q: string) => readState(new URLSearchParams(q));

describe('residents page state', () => {
  it('round-trips through the address, defaults left out', () => {
    expect(writeState(EMPTY)).toBe('');
    const s = {
      ...EMPTY,
      q: '张 秀英',
      building: 'b-1',
      unit: 2,
      room: '302',
      chips: ['eightyAlone', 'movedAway'] as const,
      page: 3,
      household: { buildingId: 'b-1', unit: 2, room: '302' },
    };
    const state = { ...s, chips: [...s.chips] };
    expect(read(writeState(state))).toEqual(state);
    expect(writeState(state)).toContain('f=80alone%2Cmoved');
  });

  it('reads a hand-made or broken address safely', () => {
    expect(read('page=0&unit=x&f=nonsense,60&hh=a~b~c')).toEqual({ ...EMPTY, chips: ['sixtyPlus'] });
    expect(read('f=60,80alone').chips).toEqual(['eightyAlone']);
    expect(read(`q=${'x'.repeat(60)}`).q).toHaveLength(40);
    expect(read('page=999999999').page).toBe(1);
  });

  it('starts a new search or filter at its first page; keeps the page otherwise', () => {
    const on5 = withPage({ ...EMPTY, q: 'a' }, 5);
    expect(withSearch(on5, ' zxy ')).toMatchObject({ q: 'zxy', page: 1 });
    expect(toggleChip(on5, 'limitedMobility')).toMatchObject({ chips: ['limitedMobility'], page: 1 });
    expect(withBuilding({ ...on5, unit: 2, room: '302' }, 'b')).toMatchObject({
      building: 'b',
      unit: null,
      room: '',
      page: 1,
    });
    expect(withHousehold(on5, { buildingId: 'b', unit: 1, room: '101' }).page).toBe(5);
  });

  it('lets one age band be on at a time', () => {
    const sixty = toggleChip(EMPTY, 'sixtyPlus');
    expect(toggleChip(sixty, 'eightyAlone').chips).toEqual(['eightyAlone']);
    expect(toggleChip(toggleChip(sixty, 'movedAway'), 'sixtyPlus').chips).toEqual(['movedAway']);
  });

  it('asks the API for what the chips mean', () => {
    expect(variables(EMPTY)).toEqual({
      search: null,
      buildingId: null,
      unit: null,
      room: null,
      ageBand: null,
      livesAlone: null,
      limitedMobility: null,
      movedAway: false,
      offset: 0,
      limit: 25,
    });
    expect(variables({ ...EMPTY, chips: ['eightyAlone'], page: 2 })).toMatchObject({
      ageBand: 'EIGHTY_PLUS',
      livesAlone: true,
      offset: 25,
    });
    expect(variables({ ...EMPTY, chips: ['sixtyPlus', 'limitedMobility', 'movedAway'] })).toMatchObject({
      ageBand: 'SIXTY_PLUS',
      livesAlone: null,
      limitedMobility: true,
      movedAway: true,
    });
  });

  it('offers page numbers around the current one, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(6, 200)).toEqual([1, null, 4, 5, 6, 7, 8, null, 200]);
    expect(pageNumbers(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pageNumbers(4, 200)).toEqual([1, 2, 3, 4, 5, 6, null, 200]);
    expect(pageNumbers(200, 200)).toEqual([1, null, 198, 199, 200]);
  });
});
