import type { LinliModule } from '../../platform/module.js';
import { Meetings } from '../meeting/index.js';
import { calendarTick } from './calendar.service.js';
import {
  DeliberationRound,
  DeliberationSetting,
  Matter,
  MatterCounter,
  MatterEvent,
  Party,
  Suggestion,
} from './deliberation.entity.js';
import { MATTER_CHANGED } from './deliberation.events.js';
import { deliberationReasons } from './deliberation.reasons.js';
import { DeliberationResolver } from './deliberation.resolver.js';
import { deliberationSeed } from './deliberation.seed.js';
import { agendaCandidates, recordItemEvent } from './meeting-hooks.js';

export { MatterCategory, MatterStatus, MatterUrgency } from './deliberation.entity.js';
export type { MatterChanged } from './deliberation.events.js';

// Meetings know matters only by id: their agenda's candidates and what they decide come from here.
Meetings.setAgendaSource(agendaCandidates);
Meetings.onItemEvent(recordItemEvent);

/**
 * Deliberation (收集-分类-协商-落实-反馈): suggestions collected in monthly rounds, classified
 * matters with their clocks, one file per matter, answers to every suggester, the public board.
 * The council meetings themselves are the `meeting` module's.
 */
export const deliberationModule: LinliModule = {
  name: 'deliberation',
  entities: [Party, Matter, MatterCounter, Suggestion, MatterEvent, DeliberationRound, DeliberationSetting],
  resolvers: [DeliberationResolver],
  reasons: deliberationReasons,
  topics: [MATTER_CHANGED],
  seed: deliberationSeed,
  jobs: [
    {
      // The council's calendar: rounds close after their cut-off (the meeting drafted with its
      // agenda), overdue matters are flagged, escalated and put on the next agenda. Every day
      // just after midnight, and at once after downtime; each step happens once (by the data).
      name: 'deliberation.calendar',
      schedule: '5 0 * * *',
      run: (job) =>
        job.forEachCommunity(async (ctx) => {
          const done = await calendarTick(ctx);
          if (done.closedRound || done.flagged.length) ctx.log.info({ ...done }, 'deliberation calendar');
        }),
    },
  ],
};
