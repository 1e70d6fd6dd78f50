import { describe, expect, it } from 'vitest';
import { partyDraft, partyInput } from './party-form';

describe('the party form', () => {
  it('starts empty for a new party and from the party (with its version) for a change', () => {
    expect(partyDraft(null)).toMatchObject({ id: null, version: null, name: '', kind: 'PROPERTY' });
    const p = {
      id: 'p1',
      version: 3,
      name: '幸福物业',
      kind: 'PROPERTY' as const,
      contactName: null,
      phone: '0571-1',
      archived: false,
    };
    expect(partyDraft(p)).toMatchObject({ id: 'p1', version: 3, contactName: '', phone: '0571-1' });
  });

  it('sends the version read, trimmed text and nulls for empty fields', () => {
    const d = {
      ...partyDraft(null),
      id: 'p1',
      version: 2,
      name: ' 派出所 ',
      phone: '０５７１-86005678',
      contactName: ' ',
    };
    expect(partyInput(d)).toEqual({
      input: {
        id: 'p1',
        version: 2,
        name: '派出所',
        kind: 'PROPERTY',
        contactName: null,
        phone: '0571-86005678',
        archived: false,
      },
    });
  });

  it('names what is wrong', () => {
    expect(partyInput({ ...partyDraft(null), name: 'a', phone: 'abc' })).toEqual({
      problems: { name: 'deliberation.parties.nameRequired', phone: 'deliberation.parties.phoneInvalid' },
    });
  });
});
