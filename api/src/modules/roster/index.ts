import type { LinliModule, RouteRequest } from '../../platform/module.js';
import { badInput } from '../../platform/errors.js';
import type { Context } from '../../platform/context.js';
import type { FileFormat } from './roster.files.js';
import { rosterReasons } from './roster.reasons.js';
import { RosterService } from './roster.service.js';

export type { CommitResult, ReportProblem, RosterReport } from './roster.service.js';

/** Largest roster file taken: 10,000 rows of XLSX are well under 2 MB; CSV smaller still. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

function formatOf(req: RouteRequest): FileFormat {
  const f = req.query.format ?? 'xlsx';
  if (f !== 'xlsx' && f !== 'csv') throw badInput('format is xlsx or csv', { format: ['FORMAT'] });
  return f;
}

/**
 * The roster import (居民花名册) and the export. Files travel over plain HTTP (the platform's
 * module routes, at /api/roster/…): a 5,000-row sheet is larger than a GraphQL body may be, and
 * a download is a file. Stateless: the commit sends the file again and is checked again.
 */
export const rosterModule: LinliModule = {
  name: 'roster',
  reasons: rosterReasons,
  routes: [
    {
      method: 'GET',
      path: 'template',
      handle: async (ctx: Context, req) => ({ file: await RosterService.template(ctx, formatOf(req)) }),
    },
    {
      method: 'POST',
      path: 'dry-run',
      maxBodyBytes: MAX_FILE_BYTES,
      handle: async (ctx, req) => ({ json: await RosterService.dryRun(ctx, req.body, req.progress) }),
    },
    {
      method: 'POST',
      path: 'commit',
      maxBodyBytes: MAX_FILE_BYTES,
      handle: async (ctx, req) => ({ json: await RosterService.commit(ctx, req.body, req.progress) }),
    },
    {
      method: 'GET',
      path: 'export',
      handle: async (ctx, req) => ({ file: await RosterService.export(ctx, formatOf(req), req.query.filter) }),
    },
  ],
};
