import type { Context } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { DeliberationReason } from './deliberation.reasons.js';
import { INSERT_PARTY, PARTIES, PARTY, UPDATE_PARTY, type PartyRow } from './deliberation.sql.js';
import type { PartyInput, PartyView } from './deliberation.types.js';

function partyView(p: PartyRow): PartyView {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    contactName: p.contact_name,
    phone: p.phone,
    archived: p.archived,
    version: p.version,
  };
}

/** Outside parties that own matters and are invited to meetings: kept in the console. */
export const PartiesService = {
  async list(ctx: Context): Promise<PartyView[]> {
    return (await rows(ctx.em, PARTIES, {})).map(partyView);
  },

  async save(ctx: Context, input: PartyInput): Promise<PartyView> {
    const fields = {
      name: input.name.trim(),
      kind: input.kind,
      contact: input.contactName?.trim() || null,
      phone: input.phone?.trim() || null,
      archived: input.archived,
    };
    if (!input.id) return partyView((await row(ctx.em, INSERT_PARTY, fields))!);
    const saved = await row(ctx.em, UPDATE_PARTY, { ...fields, id: input.id, version: input.version ?? 0 });
    if (saved) return partyView(saved);
    const now = await row(ctx.em, PARTY, { id: input.id });
    if (!now) throw notFound('Party');
    throw conflict(DeliberationReason.PARTY_CHANGED, 'Someone else changed this party', { version: now.version });
  },
};
