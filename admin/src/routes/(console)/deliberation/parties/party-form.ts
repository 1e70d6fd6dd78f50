import type { PartyInput, PartyKind } from '$gql/graphql';

/** The party form: a draft from a party (or a new one), checked into the API's input. */

export interface PartyDraft {
  id: string | null;
  version: number | null;
  name: string;
  kind: PartyKind;
  contactName: string;
  phone: string;
  archived: boolean;
}

export function partyDraft(
  p: {
    id: string;
    version: number;
    name: string;
    kind: PartyKind;
    contactName?: string | null;
    phone?: string | null;
    archived: boolean;
  } | null,
): PartyDraft {
  return p
    ? {
        id: p.id,
        version: p.version,
        name: p.name,
        kind: p.kind,
        contactName: p.contactName ?? '',
        phone: p.phone ?? '',
        archived: p.archived,
      }
    : { id: null, version: null, name: '', kind: 'PROPERTY', contactName: '', phone: '', archived: false };
}

const PHONE = /^[0-9+\-() ]{5,20}$/;

/** The input to save, or the locale keys of what is wrong, by field. */
export function partyInput(d: PartyDraft): { input: PartyInput } | { problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const name = d.name.trim();
  const phone = d.phone.normalize('NFKC').trim();
  if (name.length < 2 || name.length > 60) problems.name = 'deliberation.parties.nameRequired';
  if (phone && !PHONE.test(phone)) problems.phone = 'deliberation.parties.phoneInvalid';
  if (Object.keys(problems).length) return { problems };
  return {
    input: {
      id: d.id,
      version: d.version,
      name,
      kind: d.kind,
      contactName: d.contactName.trim() || null,
      phone: phone || null,
      archived: d.archived,
    },
  };
}
